/** Spanish UI strings: join. */
import type { UiStrings } from '../types';

export const join: UiStrings['join'] = {
  title: 'Unirse a un taller',
  description:
    'Responda como participante en un taller de preparación para CRM, desde su propio dispositivo, y entregue sus respuestas a quien lo dirige. No se envía nada a ninguna parte.',
  heading: 'Unirse a un taller',
  lead: 'Abra la invitación que le ha enviado quien dirige el taller (un enlace, un código que empieza por CRMW1. o un archivo), responda el cuestionario en este dispositivo y entregue aquí sus respuestas. Se quedan en este dispositivo hasta que lo haga.',
  loading: 'Cargando…',
  noscript:
    'Para responder hace falta JavaScript. Se ejecuta solo en su navegador: nada de lo que escriba se envía a ninguna parte.',
  formHeading: 'Abra su invitación',
  codeLabel: 'Código de invitación',
  codeHint: 'Pegue el código entero, desde CRMW1. hasta el final. Los saltos de línea no importan.',
  read: 'Leer la invitación',
  fileLabel: 'O abra el archivo de invitación (.json)',
  reading: 'Leyendo la invitación…',
  invitationHeading: 'Su invitación',
  organizationLabel: 'Organización',
  participantLabel: 'Responde como',
  roleLabel: 'Función',
  unnamed: 'Sin nombre',
  unnamedParticipant: 'participante',
  storageUnavailable:
    'Este navegador no permite que el sitio guarde datos (navegación privada o un ajuste), así que sus respuestas no se conservarían hasta entregarlas. Abra la invitación en una ventana normal o en otro navegador.',
  storageFull:
    'El almacenamiento de este navegador está lleno, así que puede que sus últimas respuestas no se hayan guardado. Entregue ya sus respuestas y después libere espacio.',
  storageFailed:
    'Este navegador no ha guardado sus últimas respuestas, por un motivo distinto de la falta de espacio. Se conservan en esta página y se vuelven a intentar cada pocos segundos: descargue sus respuestas para conservarlas.',
  exportNow: 'Descargar sus respuestas',
  tryAgain: 'Volver a intentar guardar',
  startLead:
    'Responderá el mismo cuestionario que el resto del taller, unos {minutes} minutos. Puede parar cuando quiera y seguir más tarde en este dispositivo.',
  start: 'Empezar a responder',
  assessmentName: 'Taller — {organization}',
  inProgress:
    'Ya empezó a responder esta invitación en este dispositivo: {answered} de {total} preguntas respondidas. Siga con esas respuestas en lugar de empezar de nuevo.',
  continue: 'Seguir con sus respuestas',
  handBackNow: 'Entregar sus respuestas',
  otherInvitation: 'Abrir otra invitación',
  errorDetails: 'Detalles',
  invitationErrors: {
    empty:
      'Todavía no hay nada que leer: pegue el código de invitación o elija el archivo de invitación.',
    'too-large':
      'Esto es mucho más largo que cualquier invitación. Pegue solo el código de invitación o elija el archivo que le envió quien dirige el taller.',
    'not-an-invitation':
      'Esto no es una invitación a un taller. Un código que empieza por CRMS1. contiene las respuestas de un participante para quien dirige el taller; para unirse necesita la invitación: un código que empieza por CRMW1. o el archivo de invitación.',
    corrupt:
      'Esta invitación está dañada o incompleta. Vuelva a copiar el código entero, desde CRMW1. hasta el final, o pida que le envíen la invitación de nuevo.',
    'newer-version':
      'Esta invitación se creó con una versión más reciente de esta herramienta. Vuelva a cargar esta página para actualizar el sitio y abra la invitación de nuevo.',
    'read-failed':
      'No se ha podido leer el archivo. Elíjalo otra vez o pegue el código de invitación.',
    'newer-content':
      'Esta invitación es para una versión del cuestionario más reciente que la de esta copia del sitio. Vuelva a cargar esta página para actualizar el sitio y abra la invitación de nuevo.',
    'older-content':
      'Esta invitación es para una versión anterior del cuestionario, así que quien dirige el taller no podría recoger sus respuestas. Pídale que actualice el sitio en su dispositivo y le envíe una invitación nueva.',
  },
  handBackHeading: 'Entregar sus respuestas',
  handBackLead: 'Responde para el taller de {organization} como {name} ({role}).',
  progress: '{answered} de {total} preguntas respondidas.',
  progressDontKnow: '{answered} de {total} preguntas respondidas, {dontKnow} con «No lo sé».',
  allAnswered: 'Ha respondido todas las preguntas.',
  noneBlankSomeUnknown:
    'No queda ninguna pregunta en blanco; sus respuestas «No lo sé» se entregan tal cual, para que quien dirige el taller sepa qué queda por averiguar.',
  someOpen:
    'Puede entregarlas ya: las preguntas sin responder simplemente no se incluyen. O vuelva atrás y termine antes.',
  toWizard: 'Volver al cuestionario',
  notesStay:
    'Solo se entregan sus respuestas. Sus notas se quedan en este dispositivo, solo para usted.',
  codeHeading: 'Enviar un código',
  codeText:
    'Copie este código y envíeselo a quien dirige el taller, por ejemplo por correo electrónico o chat. Contiene sus respuestas y nada más.',
  codeFieldLabel: 'Código de sus respuestas',
  preparing: 'Preparando su código…',
  copy: 'Copiar el código',
  copied: 'Código copiado. Péguelo en un mensaje para quien dirige el taller.',
  copyFailed:
    'No se ha podido copiar el código automáticamente. Está seleccionado en el cuadro: cópielo con Ctrl+C (⌘+C en un Mac).',
  fileHeading: 'O enviar un archivo',
  fileText: 'Descargue sus respuestas en un archivo y envíeselo a quien dirige el taller.',
  download: 'Descargar el archivo de respuestas',
  downloaded: 'Se ha descargado «{file}». Envíeselo a quien dirige el taller.',
  deviceHeading: 'Entregar en este dispositivo',
  deviceText:
    'El taller de {organization} está preparado en este dispositivo. Entregue aquí sus respuestas: pasan al taller y se eliminan de este dispositivo, para que la siguiente persona no pueda verlas.',
  handIn: 'Entregar al taller de este dispositivo',
  handingIn: 'Entregando sus respuestas…',
  thanksHeading: 'Gracias. Devuelva el dispositivo a quien dirige el taller',
  thanksText:
    'Sus respuestas ya están en el taller y su propia copia se ha eliminado de este dispositivo.',
  toWorkshop: 'Abrir el taller (para quien lo dirige)',
  handInUnchanged: 'No ha cambiado nada en el taller y sus respuestas siguen en este dispositivo.',
  handInErrors: {
    empty:
      'No se han podido volver a leer sus respuestas. Descargue el archivo de respuestas y entrégueselo a quien dirige el taller.',
    'too-large':
      'No se han podido volver a leer sus respuestas. Descargue el archivo de respuestas y entrégueselo a quien dirige el taller.',
    'not-a-submission':
      'No se han podido volver a leer sus respuestas. Descargue el archivo de respuestas y entrégueselo a quien dirige el taller.',
    corrupt:
      'No se han podido volver a leer sus respuestas. Descargue el archivo de respuestas y entrégueselo a quien dirige el taller.',
    'newer-version':
      'No se han podido volver a leer sus respuestas. Descargue el archivo de respuestas y entrégueselo a quien dirige el taller.',
    'other-workshop':
      'El taller de su invitación ya no está en este dispositivo. Descargue el archivo de respuestas y entrégueselo a quien dirige el taller.',
    'other-content-version':
      'El taller se preparó con otra versión del cuestionario distinta de la que usted ha respondido. Descargue el archivo de respuestas y pregunte a quien dirige el taller qué hacer.',
    'unknown-participant':
      'Ya no figura en la lista de participantes de este taller. Pida a quien lo dirige que vuelva a añadirle y entréguelas de nuevo.',
    duplicate:
      'Ya se entregaron respuestas suyas a este taller. Descargue el archivo de respuestas y entrégueselo a quien dirige el taller, que puede sustituir las anteriores por estas.',
    'wrong-round':
      'La segunda ronda a la que corresponden estas respuestas no está en curso en este dispositivo. Descargue el archivo de respuestas y entrégueselo a quien dirige el taller.',
    'stale-round':
      'Quien dirige el taller ha vuelto a iniciar la segunda ronda después de su invitación. Pida la invitación actual de la segunda ronda y responda de nuevo.',
  },
  notFound:
    'Estas respuestas no están en este dispositivo. Puede que ya se hayan entregado o que se hayan eliminado.',
  notParticipant:
    'Esta evaluación no se empezó desde una invitación a un taller, así que no hay nada que entregar.',
  toJoin: 'Abrir una invitación',
  toList: 'Ir a sus evaluaciones',
};
