/** Spanish UI strings: landing. */
import type { UiStrings } from '../types';

export const landing: UiStrings['landing'] = {
  title: 'Evaluación de preparación para CRM',
  description:
    'Descubra si su organización está preparada para una iniciativa CRM, qué la bloquea y por dónde empezar. Gratis, en su navegador; nada sale de su dispositivo.',
  eyebrow: 'Evaluación de preparación para CRM',
  heading: '¿Está su organización preparada para un CRM?',
  lead: 'Alrededor del 70 % de los proyectos CRM fracasan o no aportan nada, y sobre todo por motivos que ningún software resuelve: falta de una estrategia clara, falta de respaldo de la dirección, procesos ineficientes automatizados tal cual, usuarios que se quedan al margen. Sepa dónde está antes de invertir.',
  ctaMethod: 'Vea cómo funciona la evaluación',
  ctaNote: 'Sin cuenta. Sus respuestas se quedan en este navegador.',
  factsHeading: 'La evaluación en pocas palabras',
  factQuestions: '{count} preguntas',
  factQuestionsDetail:
    'en {dimensions} áreas, cada una con una escala de cinco niveles descritos de forma concreta',
  factTime: 'Unos {quick} minutos',
  factTimeDetail:
    'para la evaluación rápida de {quickCount} preguntas, o unos {full} para las {fullCount}; las respuestas se guardan al momento, así que puede parar y seguir cuando quiera',
  factPrivacy: 'Privada por diseño',
  factPrivacyDetail: 'todo se calcula en su navegador; sin cuenta y sin servidor',
  phasesHeading: 'Tres fases, con la gestión del cambio en todo el recorrido',
  phasesLead:
    'La evaluación sigue el método ProCheck: una estrategia CRM la dirigen la estrategia de negocio y las necesidades de los clientes, la llevan a cabo las personas, se define en procesos y se apoya en la tecnología.',
  phaseStep: 'Fase {n}',
  throughout: 'En todas las fases',
  dimensionsHeading: 'Qué evalúa',
  dimensionsLead:
    'Cada área se puntúa de 0 a 100 a partir de sus respuestas. Algunas preguntas son filtros: una respuesta débil en ellas bloquea el veredicto, diga lo que diga el resto.',
  outcomesHeading: 'Qué obtiene',
  outcomes: [
    {
      title: 'Un veredicto claro',
      text: 'Un índice de preparación de 0 a 100, un nivel de madurez explicado con palabras y los bloqueos que hay que resolver primero.',
    },
    {
      title: 'Las razones',
      text: 'Para cada área, qué respuestas subieron o bajaron la puntuación y qué cambio la movería más.',
    },
    {
      title: 'Una hoja de ruta con KPI',
      text: 'Iniciativas por fase con responsables, duraciones, dependencias y los indicadores que las siguen.',
    },
    {
      title: 'Un informe para compartir',
      text: 'Un PDF para el equipo directivo, el plan para Excel o LibreOffice, los hitos para su calendario y la evaluación como archivo o enlace.',
    },
  ],
  audienceHeading: 'Para quién es',
  audiences: [
    {
      title: 'Directivos',
      text: 'Hacen la evaluación rápida en unos {quick} minutos, o la completa en unos {full}, y obtienen un veredicto y unas prioridades que pueden reenviar.',
    },
    {
      title: 'Consultores',
      text: 'Dirigen un taller con el equipo directivo, ven dónde discrepa y entregan un informe.',
    },
    {
      title: 'Propietarios de pymes',
      text: 'Eligen entre paquete estándar y desarrollo a medida con razones y costes que pueden comprobar.',
    },
    {
      title: 'Equipos de proyecto',
      text: 'Siguen un plan de acción por fases, con responsables, hitos y KPI.',
    },
  ],
  privacyHeading: 'Sus respuestas se quedan con usted',
  privacyText:
    'La evaluación funciona por completo en su navegador. Las respuestas se guardan solo en este dispositivo y nada de lo que escribe se envía a ningún sitio: no hay cuenta, ni servidor, ni analítica, ni fuentes de terceros. Usted decide qué exporta y con quién lo comparte.',
};
