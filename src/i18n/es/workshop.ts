/** Spanish UI strings: workshop. */
import type { UiStrings } from '../types';

import { consensusRules } from './consensus-rules';
import { workshopRounds } from './workshop-rounds';

export const workshop: UiStrings['workshop'] = {
  rules: consensusRules,
  rounds: workshopRounds,
  listTitle: 'Talleres',
  listDescription:
    'Dirija un taller de preparación para CRM con el equipo directivo: invite a los participantes, recoja sus respuestas, vea en qué discrepan y registre lo que acuerda el equipo.',
  listHeading: 'Talleres',
  listLead:
    'Cada participante responde desde su propio dispositivo y le devuelve sus respuestas como un código o un archivo, que usted importa aquí. Todo se queda en este navegador.',
  pageTitle: 'Taller',
  pageDescription:
    'Invite a los participantes, recoja sus respuestas, vea en qué discrepa el equipo y registre las respuestas acordadas.',
  loading: 'Cargando sus talleres…',
  noscript:
    'Los talleres necesitan JavaScript. Funcionan solo en su navegador: nada de lo que escriba se envía a ninguna parte.',
  notFound:
    'Este taller no está guardado en este navegador. Puede que se haya eliminado o que esté en otro navegador: recupérelo allí a partir de su copia de seguridad.',
  toList: 'Ir a sus talleres',
  setUpHeading: 'Preparar un taller',
  setUpLead:
    'Indique quién va a responder. Podrá añadir o quitar participantes más adelante y enviar a cada uno su propia invitación.',
  organizationLabel: 'Organización',
  dateLabel: 'Fecha del taller',
  facilitatorLabel: 'Quién dirige el taller (opcional)',
  participantsLegend: 'Participantes',
  participantsHint:
    'Los roles permiten comparar grupos, por ejemplo la dirección con el resto del equipo. Un rol con menos de tres personas nunca se muestra por separado.',
  participantLegend: 'Participante {n}',
  nameLabel: 'Nombre',
  roleLabel: 'Rol',
  addRow: 'Añadir un participante',
  removeRow: 'Quitar',
  removeRowLabel: 'Quitar al participante {n}',
  setUpButton: 'Preparar el taller',
  organizationRequired: 'Escriba el nombre de la organización.',
  dateRequired: 'Indique la fecha del taller: día, mes y año.',
  nameRequired: 'Escriba el nombre de este participante o quite la fila.',
  participantsRequired: 'Añada al menos un participante.',
  savedHeading: 'Talleres en este navegador',
  empty:
    'Todavía no hay ningún taller. Prepare uno arriba o recupérelo a partir de su copia de seguridad.',
  facilitatedBy: 'Dirigido por {name}',
  invitedCount: 'Invitados: {count}',
  submittedCount: 'Respuestas entregadas: {count}',
  agreedCount: 'Acordadas: {agreed} de {total} preguntas',
  actionsLabel: 'Acciones del taller {organization}, {date}',
  open: 'Abrir',
  openLabel: 'Abrir el taller {organization}, {date}',
  downloadBackup: 'Descargar copia de seguridad',
  downloadBackupLabel: 'Descargar la copia de seguridad del taller {organization}, {date}',
  delete: 'Eliminar',
  deleteLabel: 'Eliminar el taller {organization}, {date}',
  deleteTitle: '¿Eliminar este taller?',
  deleteText:
    'El taller {organization}, {date}, con sus participantes, las respuestas entregadas y lo acordado, se borrará de este navegador. Su evaluación consolidada, si la ha creado, se queda con sus evaluaciones. Podrá deshacerlo justo después.',
  deleted: 'Se ha eliminado el taller {organization}, {date}.',
  undo: 'Deshacer',
  undone: 'Se ha recuperado el taller {organization}, {date}.',
  cancel: 'Cancelar',
  downloaded: 'Se ha descargado «{file}».',
  restoreHeading: 'Recuperar un taller a partir de su copia de seguridad',
  restoreText:
    'Elija una copia de seguridad de un taller descargada desde esta herramienta para continuar aquí. Se lee solo en este navegador.',
  restoreLabel: 'Copia de seguridad del taller (.json)',
  restoredFromFile:
    'Se ha recuperado el taller {organization}, {date} a partir de su copia de seguridad.',
  restoreFailed: 'No se ha recuperado nada y no ha cambiado nada de lo guardado.',
  restoreErrors: {
    empty: 'El archivo está vacío.',
    'too-large':
      'El archivo ocupa más de 1 MB, mucho más que cualquier copia de seguridad de un taller.',
    'not-a-workshop':
      'Este archivo no es la copia de seguridad de un taller. Las invitaciones y las respuestas de los participantes se abren en otro sitio: las respuestas se importan en la página del propio taller.',
    corrupt:
      'Esta copia de seguridad está dañada o se ha editado: parte de su contenido no es válido. Pruebe con otra copia.',
    'newer-version':
      'Esta copia se creó con una versión más reciente de esta herramienta. Vuelva a abrir el sitio para actualizarlo y recupere después el archivo.',
    'read-failed': 'No se ha podido leer el archivo. Pruebe a elegirlo otra vez.',
  },
  restoreClashTitle: 'Este taller ya está aquí',
  restoreClashText:
    'El taller {organization}, {date} de este navegador es el mismo que el de la copia (último cambio aquí: {updated}). ¿Lo sustituye por la copia de seguridad?',
  replace: 'Sustituir',
  errorDetails: 'Detalles',
  storageUnavailable:
    'Este navegador no permite que el sitio guarde datos (navegación privada o una configuración). Puede seguir trabajando, pero perderá el taller al cerrar la página: descargue su copia de seguridad para conservarlo.',
  storageFull:
    'El almacenamiento de este navegador está lleno, así que los últimos cambios no se guardan. Descargue la copia de seguridad del taller para conservarlos y después libere espacio.',
  storageFailed:
    'Este navegador no ha guardado los últimos cambios, por un motivo distinto de la falta de espacio. Se conservan en esta página y se vuelven a intentar cada pocos segundos: descargue la copia de seguridad del taller para conservarlos.',
  tryAgain: 'Volver a intentar guardar',
  restoreNotStored:
    'El taller {organization}, {date} está en esta página, pero aún no se ha guardado en este navegador. Se guardará en cuanto el almacenamiento vuelva a funcionar; mientras tanto, descargue su copia de seguridad para conservarlo.',
  exportNow: 'Descargar la copia ahora',
  storageCorrupt:
    '{count} taller(es) guardado(s) no se han podido leer. Se han guardado aparte, no se han borrado, y todo lo demás funciona.',
  downloadCorrupt: 'Descargar los datos ilegibles',
  updateAvailable: 'Hay una versión nueva de este sitio. Sus talleres se conservan.',
  updateReload: 'Usar la versión nueva',
  workshopHeading: 'Taller: {organization}',
  sectionsLabel: 'Secciones de este taller',
  editDetails: 'Editar los datos',
  detailsHeading: 'Datos del taller',
  save: 'Guardar',
  detailsSaved: 'Se han guardado los datos del taller.',
  participantsHeading: 'Participantes e invitaciones',
  participantsLead:
    'Envíe a cada participante su propia invitación: un código para pegar, un enlace para abrir o un archivo. Cada uno responde en su propio navegador y le devuelve sus respuestas, que solo se pueden importar en este taller.',
  answerHereHint:
    'Varias personas pueden responder también por turnos en este dispositivo: «Responder en este dispositivo» abre el cuestionario para esa persona, que solo ve sus propias respuestas. Al terminar, las entrega en este mismo dispositivo y pasan directamente a este taller.',
  unnamed: 'Participante sin nombre',
  answersIn: 'Respuestas entregadas el {date}',
  answersNotIn: 'Todavía sin respuestas',
  invitationFor: 'Invitación para {name}',
  copyCode: 'Copiar código de invitación',
  copyCodeLabel: 'Copiar código de invitación para {name}',
  copyLink: 'Copiar enlace de invitación',
  copyLinkLabel: 'Copiar enlace de invitación para {name}',
  downloadInvitation: 'Descargar archivo de invitación',
  downloadInvitationLabel: 'Descargar archivo de invitación para {name}',
  answerHere: 'Responder en este dispositivo',
  answerHereLabel: 'Responder en este dispositivo como {name}',
  removeParticipant: 'Quitar',
  removeParticipantLabel: 'Quitar a {name}',
  codeCopied:
    'Se ha copiado el código de invitación para {name}. Envíeselo: lo pegará en la página para unirse al taller.',
  linkCopied:
    'Se ha copiado el enlace de invitación para {name}. Envíeselo: al abrirlo empezará su cuestionario en su propio navegador.',
  copyRefused:
    'Este navegador no ha permitido copiar. Seleccione el texto de abajo y cópielo usted.',
  manualCodeLabel: 'Código de invitación para {name}',
  manualLinkLabel: 'Enlace de invitación para {name}',
  invitationDownloaded: 'Se ha descargado «{file}». Envíeselo a {name}.',
  participationName: 'Taller {organization}: {name}',
  participantRemoved: 'Se ha quitado a {name} del taller.',
  removeParticipantTitle: '¿Quitar a {name} y sus respuestas?',
  removeParticipantText:
    '{name} entregó sus respuestas ({date}). Si lo quita, sus respuestas también salen de la alineación y de la agenda, y su invitación dejará de aceptarse.',
  noParticipants: 'Todavía no hay nadie invitado. Añada un participante abajo.',
  addHeading: 'Invitar a alguien más',
  addButton: 'Añadir participante',
  addNameRequired: 'Escriba el nombre del participante.',
  participantAdded: 'Se ha añadido a {name}. Envíele su invitación.',
  participantsFull: 'Este taller tiene {max} participantes, el máximo que admite un taller.',
  backupHeading: 'Guardar una copia',
  backupText:
    'La copia de seguridad contiene los participantes, las respuestas entregadas y lo acordado. Consérvela para continuar en otro navegador o por si se borra este. Incluye las respuestas de todos: guárdela con cuidado.',
  downloadWorkshopBackup: 'Descargar la copia de seguridad del taller',
  collectHeading: 'Recoger respuestas',
  collectLead:
    'Pegue el código que le envió un participante o abra el archivo que le mandó. Cada uno se comprueba antes de añadir nada.',
  pasteLabel: 'Código de respuestas',
  pasteHint: 'Empieza por «CRMS».',
  addAnswers: 'Añadir estas respuestas',
  fileLabel: 'O abra un archivo de respuestas (.json)',
  imported: 'Se han añadido las respuestas de {name} ({role}). Preguntas respondidas: {count}.',
  importDropped:
    'Se han descartado respuestas a preguntas que esta versión del cuestionario ya no hace: {count}.',
  importCleared:
    'Se han borrado respuestas «No aplica» porque sus preguntas no lo admiten; cuentan como sin responder: {count}.',
  importRoleKept:
    'Las respuestas indicaban el rol «{given}»; {name} sigue figurando como «{role}», tal como se le invitó.',
  importRefused: 'No se ha importado nada y las respuestas ya recogidas no han cambiado.',
  importErrors: {
    empty:
      'No se ha pegado nada o el archivo está vacío. Pegue el código completo que le envió el participante.',
    'too-large':
      'Ocupa más de 1 MB, mucho más que las respuestas de cualquier persona. Compruebe que ha elegido el archivo de respuestas del participante.',
    'not-a-submission':
      'Esto no son las respuestas de un participante (quizá sea una invitación u otro tipo de archivo). Pida al participante el código o el archivo que obtuvo al entregar sus respuestas.',
    corrupt:
      'Estas respuestas están dañadas o incompletas: puede que el código se cortara al copiarlo. Pida al participante que le vuelva a enviar el código completo, o bien el archivo de respuestas.',
    'other-workshop':
      'Estas respuestas son de otro taller (no de {organization}, {date}). Pida al participante que use la invitación de este taller.',
    'other-content-version':
      'Estas respuestas se dieron a otra versión del cuestionario distinta de la que usa este taller. Pida al participante que vuelva a abrir su invitación, responda y le envíe el archivo de respuestas.',
    'unknown-participant':
      'Estas respuestas son de alguien que no está en la lista de este taller, quizá porque se le quitó. Para incluirlas, vuelva a invitar a esa persona y pídale que responda con la nueva invitación.',
    duplicate:
      '{name} ya había entregado respuestas ({previous}); estas son del {current}. ¿Cuáles quiere conservar?',
    'newer-version':
      'Estas respuestas se crearon con una versión más reciente de esta herramienta. Vuelva a abrir el sitio para actualizarlo e impórtelas después.',
    'wrong-round':
      'Son respuestas a una segunda ronda y este taller no tiene ninguna segunda ronda en curso. No se ha cambiado nada. Inicie primero la segunda ronda o pida al participante sus respuestas de la primera.',
    'stale-round':
      'Estas respuestas son de un inicio anterior de la segunda ronda, que se ha vuelto a iniciar después. No se ha cambiado nada. Envíe al participante la invitación actual de la segunda ronda y pídale que responda de nuevo.',
  },
  fileUnreadable: 'No se ha podido leer el archivo. Pruebe a elegirlo otra vez.',
  keepNewer: 'Conservar las respuestas nuevas',
  keepEarlier: 'Conservar las anteriores',
  keptNewer: 'Las respuestas nuevas de {name} sustituyen a las anteriores.',
  keptEarlier:
    'Se han conservado las respuestas anteriores de {name}; las nuevas no se han importado.',
  handedInHeading: 'Respuestas entregadas: {count} de {invited}',
  handedInEmpty: 'Todavía no hay respuestas. Envíe las invitaciones e importe lo que le devuelvan.',
  handedInItem: '{name} ({role}), entregadas el {date}. Preguntas respondidas: {count}',
  removeAnswers: 'Quitar respuestas',
  removeAnswersLabel: 'Quitar las respuestas de {name}',
  removeAnswersTitle: '¿Quitar las respuestas de {name}?',
  removeAnswersText:
    '{name} sigue en la lista de invitados y puede volver a entregar respuestas. La alineación y la agenda dejarán de contar estas respuestas.',
  answersRemoved: 'Se han quitado las respuestas de {name}.',
  alignmentHeading: 'Alineación',
  alignmentLead:
    'Hasta qué punto coinciden los participantes, por dimensión y pregunta a pregunta. Las respuestas nunca se muestran con nombres.',
  alignmentTooFew:
    'La alineación necesita las respuestas de al menos dos participantes; por ahora se han entregado {count}.',
  rolesPooledNote:
    'Los roles con menos de tres personas se agrupan en un solo grupo y nunca se muestran por separado.',
  rolesHiddenNote:
    'No hay comparación por roles: solo aparece cuando cada grupo que mostraría tiene al menos tres personas.',
  showIndividual: 'Mostrar las respuestas individuales',
  showIndividualHint:
    'Añade el nivel que dio cada persona, de menor a mayor y sin nombres. Las respuestas individuales nunca aparecen en la vista de presentación.',
  dimensionsCaption: 'Alineación por dimensión: las puntuaciones de cada participante, sobre 100',
  colDimension: 'Dimensión',
  colScored: 'Participantes con puntuación',
  colMean: 'Media',
  colMedian: 'Mediana',
  colRange: 'Rango',
  colSd: 'Desviación típica',
  colDisputed: 'Preguntas sin consenso',
  disputedOf: '{disputed} de {compared}',
  rangeValue: '{min}–{max}',
  none: '—',
  questionsHeading: 'Pregunta a pregunta',
  dimensionDisputed: '{disputed} de {compared} preguntas comparadas sin consenso',
  critical: 'Crítica',
  consensus: 'Consenso: las respuestas se separan como mucho un nivel',
  noConsensus: 'Sin consenso: las respuestas van del nivel {min} al nivel {max}',
  consensusUnknown: 'Muy pocas respuestas con nivel para comparar',
  colAnswers: 'Respuestas con nivel',
  distributionCaption: 'Respuestas dadas',
  colAnswer: 'Respuesta',
  colCount: 'Cuántas',
  level: 'Nivel {level}',
  dontKnow: 'No lo sé',
  notApplicable: 'No aplica',
  roleCaption: 'Por grupo de roles',
  colGroup: 'Grupo',
  colPeople: 'Personas',
  pooledGroup: 'Otros roles, agrupados ({roles})',
  executivesVsOthers: 'Nivel medio de la dirección: {executives}; del resto del equipo: {others}.',
  executivesHigher: 'La dirección ve {difference} niveles más de madurez que el resto del equipo.',
  executivesLower: 'La dirección ve {difference} niveles menos de madurez que el resto del equipo.',
  executivesSame: 'La dirección y el resto del equipo ven, de media, la misma madurez.',
  individualLevels: 'Respuestas individuales, de menor a mayor y sin nombres: {levels}',
  agendaHeading: 'Agenda de debate',
  agendaLead:
    'Todas las preguntas, de la más discutida a la menos: el desacuerdo (desviación típica de los niveles) multiplicado por el peso de la pregunta. Para cada una, registre la respuesta que acuerda el equipo y una nota.',
  presentLink: 'Presentar a pantalla completa',
  acceptConsensusLead: {
    one: 'En 1 pregunta el equipo ya coincide según la regla de consenso. Puede acordar ahora el nivel sugerido (la mediana) y dedicar la reunión a las discutidas; se puede cambiar después.',
    other:
      'En {count} preguntas el equipo ya coincide según la regla de consenso. Puede acordar el nivel sugerido (la mediana) en todas a la vez y dedicar la reunión a las discutidas; cualquiera se puede cambiar después.',
  },
  acceptConsensus: {
    one: 'Acordar el nivel sugerido en 1 pregunta con consenso',
    other: 'Acordar el nivel sugerido en {count} preguntas con consenso',
  },
  acceptConsensusDone: {
    one: '1 acuerdo registrado a partir del consenso del equipo.',
    other: '{count} acuerdos registrados a partir del consenso del equipo.',
  },
  agendaProgressLabel: 'Respuestas acordadas',
  agendaProgress: '{agreed} de {total} acordadas',
  rank: '{rank}.',
  spread: 'niveles {min}–{max}, desviación típica {sd}, {count} respuestas',
  spreadTooFew: 'menos de dos respuestas con nivel ({count})',
  agreedState: 'Acordado: {answer}',
  notAgreedState: 'Sin acordar todavía',
  notSavedState: 'Todavía sin guardar.',
  suggestion:
    'Sugerencia a partir de las respuestas (su mediana): nivel {level}. Aparece marcada, pero solo se guarda cuando guarde el acuerdo.',
  suggestedTag: 'sugerido',
  choiceCount: 'Respuestas: {count}',
  agreedLegend: 'Respuesta acordada para la pregunta {rank}',
  noteLabel: 'Nota: qué se dijo y por qué',
  saveAgreement: 'Guardar el acuerdo',
  clearAgreement: 'Borrar el acuerdo',
  chooseFirst: 'Elija primero la respuesta acordada.',
  agreementSaved: 'Guardado: la pregunta {rank} queda acordada como {answer}.',
  agreementCleared: 'Se ha borrado el acuerdo de la pregunta {rank}.',
  agreementSynced: 'La evaluación consolidada también se ha actualizado.',
  consolidateHeading: 'Evaluación consolidada',
  consolidateText:
    'Las respuestas y notas acordadas forman la evaluación propia del taller, con sus resultados, su hoja de ruta y su informe PDF. Las preguntas sin respuesta acordada quedan sin responder.',
  consolidateButton: 'Crear la evaluación consolidada',
  consolidateNeedsAgreement: 'Registre primero al menos una respuesta acordada en la agenda.',
  consolidateFailed: 'El taller ya no está en este navegador, así que no se ha creado nada.',
  consolidatedReady: 'La evaluación consolidada está lista.',
  changeNotStored:
    'Cambiado en esta página, pero aún no guardado en este navegador. Se guardará en cuanto el almacenamiento vuelva a funcionar; mientras tanto, descargue la copia de seguridad del taller para conservarlo.',
  consolidatedNotStored:
    'La evaluación consolidada está creada en esta página, pero aún no se ha guardado en este navegador. Se guardará en cuanto el almacenamiento vuelva a funcionar.',
  consolidatedExists:
    'La evaluación consolidada ya existe: los acuerdos que registre a partir de ahora pasan a ella automáticamente.',
  consolidatedMissing:
    'La evaluación consolidada ya no está en este navegador (se eliminó). Vuelva a crearla a partir de las respuestas acordadas.',
  seeResults: 'Ver resultados, hoja de ruta y PDF',
  consolidatedName: 'Taller — {organization} — {date}',
};
