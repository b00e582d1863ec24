/** Spanish UI strings: method. */
import type { UiStrings } from '../types';

export const method: UiStrings['method'] = {
  title: 'Cómo funciona la evaluación',
  description:
    'Las fases de ProCheck, las áreas evaluadas y las reglas exactas de puntuación de la evaluación de preparación para CRM, con un ejemplo resuelto.',
  heading: 'Cómo funciona la evaluación',
  lead: 'Qué se pregunta, cómo se puntúa cada respuesta y cómo las puntuaciones se convierten en un veredicto. Cada regla de esta página se aplica tal como está escrita, en su navegador.',
  tocLabel: 'En esta página',
  phasesHeading: 'El método',
  phasesText:
    'El CRM es una estrategia de negocio que sitúa al cliente en el centro, no una compra de informática. El método ProCheck lleva a la organización por tres fases, con la gestión del cambio presente en todas ellas.',
  dimensionsHeading: 'Las áreas evaluadas',
  dimensionsCaption: 'Áreas, sus fases, pesos y preguntas',
  colArea: 'Área',
  colPhases: 'Fases',
  colWeight: 'Peso',
  colQuestions: 'Preguntas',
  colCritical: 'Críticas',
  total: 'Total',
  answersHeading: 'Cómo se responde',
  answersText:
    'Cada pregunta ofrece cinco niveles, del 0 al 4, y cada uno describe lo que de verdad hace una organización en ese nivel. Elija el que mejor encaje con lo que podría mostrar hoy a alguien.',
  answerLevels: [
    'Nivel 0: la práctica no existe.',
    'Nivel 1: ocurre de vez en cuando, gracias a personas concretas.',
    'Nivel 2: existe, pero es informal o parcial.',
    'Nivel 3: está definida, se aplica y tiene un responsable.',
    'Nivel 4: se mide y se mejora de forma continua.',
  ],
  answerOthers:
    'También puede responder «No lo sé» o, cuando la pregunta lo permite (nunca en una pregunta crítica), «No aplica», y añadir una nota a cualquier respuesta. Una pregunta puede quedar sin responder y completarse más tarde.',
  rulesHeading: 'Las reglas de puntuación',
  weightsRule:
    'Cada pregunta y cada área tienen un peso de 1 a 3: cuánto cuenta la pregunta dentro de su área y cuánto cuenta el área en el índice.',
  ruleDimensionTitle: 'Puntuación de un área',
  ruleDimension:
    'La media ponderada de los niveles respondidos en el área, sobre 100: S = 100 × Σ(w × nivel) ÷ (4 × Σw), sobre las preguntas respondidas con un nivel. «No lo sé», «No aplica» y las preguntas sin responder quedan fuera. Un área sin ninguna pregunta respondida con un nivel no tiene puntuación («información insuficiente»), nunca un 0.',
  ruleCoverageTitle: 'Cobertura',
  ruleCoverage:
    'Cuánto del área ha podido responder: C = Σw de las preguntas respondidas con un nivel ÷ Σw de las preguntas aplicables. «No lo sé» y las preguntas sin responder reducen la cobertura; «No aplica» saca la pregunta de ambas sumas. Un área con menos del 60 % de cobertura se señala, y su puntuación sigue contando.',
  rulePhaseTitle: 'Puntuación de una fase',
  rulePhase:
    'La misma fórmula sobre las preguntas de cada fase (análisis, diagnóstico, actuación); cada pregunta pertenece a una fase, por defecto la de su área.',
  ruleIndexTitle: 'Índice de preparación',
  ruleIndex:
    'La media ponderada de las puntuaciones de las áreas: Σ(peso del área × S) ÷ Σ(peso del área), sobre las áreas que tienen puntuación. Si menos del 60 % del peso de todas las preguntas aplicables está respondido con un nivel, el índice se marca como provisional. El índice se muestra, y se clasifica, redondeado a un número entero.',
  ruleMaturityTitle: 'Nivel de madurez',
  maturityCaption: 'Niveles de madurez según el índice de preparación',
  colLevel: 'Nivel',
  colIndex: 'Índice',
  colMeaning: 'Qué significa',
  ruleBlockersTitle: 'Bloqueos y preguntas críticas abiertas',
  ruleBlockers:
    'Algunas preguntas son críticas: actúan como filtro. Una pregunta crítica en el nivel 0 o 1 es un bloqueo. Una pregunta crítica respondida con «No lo sé» o sin responder es una pregunta crítica abierta: se señala, pero no bloquea.',
  ruleVerdictTitle: 'Veredicto',
  ruleVerdictIntro: 'Decide la primera regla que se cumple:',
  verdictRules: [
    'algún bloqueo: «{not-ready}»;',
    'alguna pregunta crítica abierta, o un índice provisional: «{provisional}»;',
    'índice inferior a 40: «{foundations}»;',
    'índice de 40 a 59: «{focused-start}»;',
    'índice de 60 o más: «{ready}».',
  ],
  ruleVerdictNote:
    'Los bloqueos limitan el veredicto, no el nivel de madurez: una organización puede estar en el nivel 3 y no estar preparada.',
  ruleContributionTitle: 'Por qué esta puntuación',
  ruleContribution:
    'Cada pregunta respondida aporta 100 × w × nivel ÷ (4 × Σw) puntos a su área y deja sin ganar 100 × w × (4 − nivel) ÷ (4 × Σw) puntos. La pregunta que más movería el área es la respondida con más puntos sin ganar (en caso de empate, la crítica y luego la de más peso).',
  ruleTargetsTitle: 'Objetivos y brechas',
  ruleTargets:
    'Usted elige una ambición para cada área: cimientos (50), competitiva (70) o líder (85), y puede editar cada valor. La brecha es max(0, objetivo − S).',
  exampleHeading: 'Un ejemplo resuelto',
  exampleIntro:
    'Dos áreas, seis preguntas y todos los tipos de respuesta. El motor de puntuación vuelve a calcular estas cifras en las pruebas del proyecto.',
  exampleCaption: 'Preguntas y respuestas del ejemplo',
  colQuestion: 'Pregunta',
  colQuestionWeight: 'w',
  colAnswer: 'Respuesta',
  colPoints: 'Puntos',
  colPointsLost: 'Puntos sin ganar',
  critical: 'crítica',
  answerDontKnow: 'No lo sé',
  answerNotApplicable: 'No aplica',
  answerLevel: 'Nivel {level}',
  exampleAreaWeight: '{area} (peso del área {weight})',
  exampleQuestions: {
    p1: 'Los procesos de cara al cliente están documentados',
    p2: 'Los procesos se rediseñan antes de automatizarlos',
    p3: 'Las peticiones de servicio siguen un proceso definido',
    p4: 'Se hace seguimiento de las campañas',
    s1: 'Un directivo patrocinador, con nombre, asume la iniciativa',
    s2: 'La estrategia apunta al valor del ciclo de vida del cliente',
  },
  exampleAreas: { processes: 'Procesos', strategy: 'Estrategia' },
  exampleSteps: [
    'Procesos: S = 100 × (3 × 2 + 2 × 3) ÷ (4 × (3 + 2)) = 1200 ÷ 20 = {processesScore}. «No lo sé» queda fuera de la puntuación, pero reduce la cobertura: (3 + 2) ÷ (3 + 2 + 1) = {processesCoverage} %. La pregunta «No aplica» sale de ambas sumas.',
    'Estrategia: S = 100 × (3 × 1 + 2 × 4) ÷ (4 × (3 + 2)) = 1100 ÷ 20 = {strategyScore}, con una cobertura del {strategyCoverage} %.',
    'Índice de preparación: (3 × {processesScore} + 2 × {strategyScore}) ÷ (3 + 2) = 290 ÷ 5 = {index}. La cobertura global es de 10 de 11 puntos de peso, un {overallCoverage} %, así que el índice no es provisional.',
    'Madurez: {index} está entre 40 y 59, nivel {maturityLevel}, {maturityName}.',
    'Bloqueos: la pregunta del patrocinador es crítica y está en el nivel 1, así que es un bloqueo y el veredicto es «{verdict}», por bueno que sea el índice.',
    'Por qué: en Procesos, la pregunta de documentación es la que deja más puntos sin ganar ({p1Lost}), así que subirla movería más el área. Con el objetivo competitivo de 70, las brechas son {processesGap} en Procesos y {strategyGap} en Estrategia.',
  ],
};
