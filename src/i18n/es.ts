/** Spanish UI strings. Typed against the English ones: a missing or extra key fails type-checking. */
import type { UiStrings } from './types';

export const es: UiStrings = {
  meta: {
    siteName: 'Preparación CRM',
    skipToContent: 'Saltar al contenido',
    languageName: 'Español',
    switchLanguageLabel: 'Idioma',
    mainNav: 'Principal',
    footerPrivacy:
      'Nada de lo que escriba sale de su navegador: sin cuenta, sin servidor, sin cookies, sin seguimiento.',
    footerMethod:
      'Basado en el método ProCheck para la estrategia CRM: análisis, diagnóstico y actuación, con gestión del cambio en todo el recorrido.',
  },
  nav: {
    home: 'Inicio',
    method: 'Método',
    assessments: 'Evaluaciones',
  },
  phases: {
    analysis: {
      name: 'Análisis',
      summary:
        'Cómo se gestiona hoy la relación con los clientes, qué valor se les aporta y cómo lo perciben, en estrategia, organización, procesos y tecnología.',
    },
    diagnosis: {
      name: 'Diagnóstico',
      summary:
        'Diseñar la solución a partir de lo que reveló el análisis, medir su impacto en personas y sistemas, cuantificar los objetivos y alinear al equipo directivo.',
    },
    action: {
      name: 'Actuación',
      summary:
        'Ejecutar el plan director (procesos, tecnología, formación, organización) y seguirlo con KPI hasta que los resultados se vean.',
    },
    change: {
      name: 'Gestión del cambio',
      summary:
        'Recorre las tres fases: las personas participan desde el principio, saben qué cambia y por qué, reciben formación y tienen apoyo tras la puesta en marcha.',
    },
  },
  maturity: {
    levelLabel: 'Nivel {level}',
    initial: {
      name: 'Inicial',
      meaning:
        'La relación con los clientes depende de personas concretas; apenas se comparte, se documenta o se mide.',
    },
    developing: {
      name: 'En desarrollo',
      meaning:
        'Hay buenas prácticas en algunos puntos, pero son informales y varían de un equipo a otro.',
    },
    defined: {
      name: 'Definido',
      meaning:
        'Los procesos y las responsabilidades están definidos y se aplican, pero aún no se miden los resultados.',
    },
    managed: {
      name: 'Gestionado',
      meaning: 'Las prácticas se aplican en toda la organización y se dirigen con cifras.',
    },
    optimized: {
      name: 'Optimizado',
      meaning:
        'La organización mide, aprende y mejora de forma continua la relación con sus clientes.',
    },
  },
  verdicts: {
    'not-ready': 'No preparada: resuelva primero los bloqueos',
    provisional: 'Provisional: responda las preguntas críticas abiertas',
    foundations: 'Construya primero los cimientos',
    'focused-start': 'Preparada para empezar con un alcance acotado',
    ready: 'Preparada',
  },
  landing: {
    title: 'Evaluación de preparación para CRM',
    description:
      'Descubra si su organización está preparada para una iniciativa CRM, qué la bloquea y por dónde empezar. Gratis, en su navegador; nada sale de su dispositivo.',
    eyebrow: 'Evaluación de preparación para CRM',
    heading: '¿Está su organización preparada para un CRM?',
    lead: 'Alrededor del 70 % de los proyectos CRM fracasan o no aportan nada, y sobre todo por motivos que ningún software resuelve: falta de una estrategia clara, falta de respaldo de la dirección, procesos ineficientes automatizados tal cual, usuarios que se quedan al margen. Sepa dónde está antes de invertir.',
    ctaStart: 'Empezar la evaluación',
    ctaMethod: 'Vea cómo funciona la evaluación',
    ctaNote: 'Sin cuenta. Sus respuestas se quedan en este navegador.',
    factsHeading: 'La evaluación en pocas palabras',
    factQuestions: '{count} preguntas',
    factQuestionsDetail:
      'en {dimensions} áreas, cada una con una escala de cinco niveles descritos de forma concreta',
    factTime: 'Unos 20 minutos',
    factTimeDetail: 'las respuestas se guardan al momento; puede parar y seguir cuando quiera',
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
        text: 'Un PDF para enviar al equipo directivo y exportaciones que su equipo puede editar.',
      },
    ],
    audienceHeading: 'Para quién es',
    audiences: [
      {
        title: 'Directivos',
        text: 'Hacen la autoevaluación en unos 20 minutos y obtienen un veredicto y unas prioridades que pueden reenviar.',
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
  },
  method: {
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
  },
  assessments: {
    title: 'Sus evaluaciones',
    description:
      'Empiece, continúe, importe o comparta evaluaciones de preparación para CRM. Todo se queda en este navegador.',
    heading: 'Sus evaluaciones',
    lead: 'Las evaluaciones se guardan solo en este navegador, a medida que responde. Exporte un archivo para llevar una a otro dispositivo o guardar una copia.',
    loading: 'Cargando sus evaluaciones…',
    noscript:
      'El cuestionario necesita JavaScript. Funciona solo en su navegador: nada de lo que escribe se envía a ningún sitio.',
    newHeading: 'Empezar una evaluación nueva',
    nameLabel: 'Nombre de la evaluación',
    nameHint: 'Por ejemplo: «Preparación CRM, primavera de 2027».',
    organizationLabel: 'Organización',
    assessorLabel: 'Quién evalúa (opcional)',
    startButton: 'Empezar la evaluación',
    nameRequired: 'Ponga un nombre a la evaluación.',
    organizationRequired: 'Escriba el nombre de la organización.',
    formErrors: 'Corrija los campos señalados.',
    listHeading: 'Guardadas en este navegador',
    empty: 'Todavía no hay ninguna evaluación. Empiece una arriba o importe un archivo.',
    created: 'Creada el {date}',
    updated: 'Último cambio: {date}',
    progress: '{answered} de {total} preguntas respondidas',
    assessor: 'Evaluada por {name}',
    continue: 'Continuar',
    continueLabel: 'Continuar {name}',
    results: 'Resultados',
    resultsLabel: 'Resultados de {name}',
    rename: 'Renombrar',
    renameLabel: 'Nuevo nombre',
    save: 'Guardar',
    cancel: 'Cancelar',
    duplicate: 'Duplicar',
    copyName: '{name} (copia)',
    export: 'Exportar archivo',
    share: 'Copiar enlace para compartir',
    delete: 'Eliminar',
    actionsLabel: 'Acciones de {name}',
    deleteTitle: '¿Eliminar esta evaluación?',
    deleteText:
      '«{name}» y todas sus respuestas se borrarán de este navegador. Podrá deshacerlo justo después.',
    deleteConfirm: 'Eliminar',
    deleted: 'Se ha eliminado «{name}».',
    undo: 'Deshacer',
    restored: 'Se ha recuperado «{name}».',
    duplicated: 'Se ha creado «{name}».',
    renamed: 'Ahora se llama «{name}».',
    exported: 'Se ha descargado «{file}».',
    keptAside:
      '{count} respuestas se refieren a preguntas que esta versión ya no hace; se guardan aparte con la evaluación, no se borran.',
    importHeading: 'Importar una evaluación',
    importText: 'Elija un archivo exportado desde esta herramienta. Se lee solo en este navegador.',
    importLabel: 'Archivo de evaluación (.json)',
    imported: 'Se ha importado «{name}».',
    clashTitle: 'Esta evaluación ya está aquí',
    clashText:
      '«{name}» en este navegador es la misma evaluación que la del archivo (último cambio: {date}). ¿La sustituye por la del archivo o conserva las dos?',
    replace: 'Sustituir',
    keepBoth: 'Conservar las dos',
    importFailed: 'No se ha importado nada y no ha cambiado nada de lo guardado.',
    errorDetails: 'Detalles',
    importErrors: {
      empty: 'El archivo está vacío.',
      'too-large':
        'El archivo ocupa más de 1 MB, mucho más de lo que necesita cualquier evaluación.',
      'not-json': 'Este archivo no es una evaluación exportada: no es JSON.',
      'not-assessment': 'Este archivo no es una evaluación exportada desde esta herramienta.',
      'newer-version':
        'Este archivo se creó con una versión más reciente de esta herramienta. Vuelva a abrir el sitio para actualizarlo y luego impórtelo.',
      invalid:
        'Este archivo de evaluación está dañado o se ha editado: algunos de sus campos no son válidos.',
      'corrupt-link':
        'Este enlace para compartir está roto o incompleto. Pida el enlace otra vez y cópielo entero.',
      'read-failed': 'No se ha podido leer el archivo.',
    },
    shareHeading: 'Le han compartido una evaluación',
    shareText:
      '«{name}» de {organization}, con {answered} de {total} preguntas respondidas. ¿La importa a este navegador?',
    shareImport: 'Importar',
    shareDismiss: 'Ahora no',
    shareError: 'No se ha podido abrir este enlace para compartir.',
    shareCopied:
      'Enlace copiado. Quien lo abra podrá importar esta evaluación; los datos viajan solo dentro del enlace, nunca a través de un servidor.',
    shareFallback: 'Copie este enlace para compartir la evaluación:',
    shareLinkLabel: 'Enlace para compartir',
    storageUnavailable:
      'Este navegador no permite que el sitio guarde datos (navegación privada o una configuración). Puede seguir trabajando, pero perderá sus respuestas al cerrar la página: exporte la evaluación para conservarla.',
    storageFull:
      'El almacenamiento de este navegador está lleno, así que los últimos cambios no se guardan. Exporte la evaluación para conservarla y después libere espacio.',
    storageCorrupt:
      '{count} elemento(s) guardado(s) no se han podido leer. Se han guardado aparte, no se han borrado, y todo lo demás funciona.',
    downloadCorrupt: 'Descargar los datos ilegibles',
    exportNow: 'Exportar ahora',
    otherTabDeleted: 'Esta evaluación se ha eliminado en otra pestaña.',
  },
  wizard: {
    title: 'Evaluación',
    description:
      'Responda el cuestionario de preparación para CRM, fase a fase. Las respuestas se guardan en este navegador a medida que avanza.',
    loading: 'Cargando el cuestionario…',
    notFound:
      'Esta evaluación no está guardada en este navegador. Puede que se haya eliminado o que se guardara en otro navegador.',
    toList: 'Ir a sus evaluaciones',
    progressLabel: 'Preguntas respondidas',
    progressOverall: '{answered} de {total} preguntas respondidas',
    phaseProgress: '{answered} de {total}',
    sectionsLabel: 'Secciones',
    sectionsSummary: 'Secciones: paso {n} de {total}',
    profileStep: 'Perfil de la organización',
    reviewStep: 'Revisión',
    stepStatus: '{answered} de {total} respondidas',
    stepOf: 'Paso {n} de {total}',
    back: 'Atrás',
    next: 'Siguiente',
    nextReview: 'Siguiente: revisión',
    detailsHeading: 'Sobre esta evaluación',
    why: 'Por qué importa',
    level: 'Nivel {level}',
    dontKnow: 'No lo sé',
    notApplicable: 'No aplica',
    note: 'Nota (opcional)',
    noteFor: 'Nota de la pregunta {n}',
    clear: 'Borrar respuesta',
    critical: 'Crítica',
    criticalHint: 'Es un filtro: una respuesta en el nivel 0 o 1 bloquea el veredicto.',
    questionNumber: 'Pregunta {n} de {total}',
    saved: 'Guardado en este navegador.',
    reviewLead:
      'Compruebe qué queda pendiente antes de ver los resultados. Puede responder cualquier pregunta ahora o volver más tarde.',
    allAnswered: 'Todas las preguntas tienen respuesta.',
    unansweredHeading: 'Sin responder: {count}',
    dontKnowHeading: 'Respondidas con «No lo sé»: {count}',
    answerLink: 'Responder la pregunta {n}: {prompt}',
    openCriticalHeading: 'Preguntas críticas pendientes',
    summaryHeading: 'Dónde está por ahora',
    index: 'Índice de preparación',
    outOf: '{value} / 100',
    provisional: 'provisional: menos del 60 % de las preguntas tienen un nivel',
    noIndex: 'Aún no hay información suficiente: responda algunas preguntas con un nivel.',
    maturity: 'Nivel de madurez',
    verdict: 'Veredicto',
    blockersHeading: 'Bloqueos',
    exportFile: 'Exportar archivo',
    seeResults: 'Ver los resultados',
  },
  results: {
    title: 'Resultados',
    description:
      'El índice de preparación, el nivel de madurez, los bloqueos, las brechas y sus porqués para una evaluación. Calculado en su navegador.',
    heading: 'Resultados',
    loading: 'Calculando los resultados…',
    notFound:
      'Esta evaluación no está guardada en este navegador. Puede que se haya eliminado o que se guardara en otro navegador.',
    toList: 'Ir a sus evaluaciones',
    toWizard: 'Volver al cuestionario',
    verdictHeading: 'Veredicto',
    index: 'Índice de preparación',
    outOf: '{value} / 100',
    maturity: 'Nivel de madurez',
    levelName: 'Nivel {level}: {name}',
    provisional:
      'Provisional: solo el {coverage} % del peso de las preguntas tiene una respuesta con nivel. Responda más preguntas para un índice más firme.',
    noIndex:
      'Aún no hay información suficiente: responda algunas preguntas con un nivel para ver un índice.',
    blockersHeading: 'Bloqueos: resuélvalos primero',
    blockersLead:
      'Preguntas críticas respondidas en el nivel 0 o 1. Sea cual sea el índice, la organización no está preparada hasta resolverlas.',
    openCriticalHeading: 'Preguntas críticas pendientes',
    openCriticalLead:
      'Estas preguntas críticas aún no tienen una respuesta con nivel, así que el veredicto no puede ser definitivo.',
    coverageHeading: 'Áreas con poca información',
    coverageItem: '{area}: {coverage} % del peso de sus preguntas respondido con un nivel',
    answerThis: 'Responder o cambiar: {prompt}',
    chartsHeading: 'Dónde está',
    radarCaption: 'Puntuación por área: actual, objetivo y anterior',
    radarLabel:
      'Gráfico radial de las puntuaciones de las áreas frente a sus objetivos. Las mismas cifras están en la tabla siguiente.',
    phaseCaption: 'Puntuación por fase',
    phaseLabel:
      'Gráfico de barras de las puntuaciones de las tres fases. Las mismas cifras están en la tabla siguiente.',
    colArea: 'Área',
    colPhase: 'Fase',
    colScore: 'Puntuación',
    colTarget: 'Objetivo',
    colGap: 'Brecha',
    colCoverage: 'Cobertura',
    colEarlier: 'Anterior',
    colDelta: 'Cambio',
    notEnough: 'información insuficiente',
    current: 'Actual',
    target: 'Objetivo',
    earlier: 'Anterior: {name}',
    targetsHeading: 'Sus objetivos',
    targetsLead:
      'Elija una ambición y ajuste el área que quiera. Las brechas y las prioridades cambian al momento y se guardan con la evaluación.',
    ambitionLabel: 'Ambición',
    ambitions: {
      foundation: 'Cimientos (50)',
      competitive: 'Competitiva (70)',
      leading: 'Líder (85)',
    },
    targetFor: 'Objetivo de {area}',
    targetInvalid: 'Escriba un número entero de 0 a 100. Se mantiene el último objetivo válido.',
    gapHeading: 'Brechas que cerrar, de la más importante a la menos',
    gapLead:
      'Ordenadas por brecha × peso del área. Las áreas sin puntuación se ordenan por su objetivo.',
    strongestHeading: 'Áreas más fuertes',
    weakestHeading: 'Áreas más débiles',
    noneYet: 'Ninguna todavía.',
    whyHeading: 'Por qué esta puntuación',
    whyLead:
      'Para cada área, lo que aporta cada respuesta y lo que deja sin ganar, y la respuesta que más movería el área.',
    whySummary: '{area}: {score}',
    colQuestion: 'Pregunta',
    colAnswer: 'Respuesta',
    colPoints: 'Puntos',
    colLost: 'Puntos sin ganar',
    level: 'Nivel {level}',
    lever:
      'Subir «{prompt}» (ahora en el nivel {level}) es lo que más movería esta área: hasta {points} puntos.',
    noLever: 'Todas las preguntas respondidas están en el nivel más alto.',
    noAnswers: 'Ninguna pregunta de esta área tiene aún una respuesta con nivel.',
    compareHeading: 'Comparar con una evaluación anterior',
    compareLabel: 'Evaluación anterior',
    compareNone: 'Sin comparación',
    compareEmpty:
      'No hay otra evaluación de {organization} guardada en este navegador. Importe una anterior en la página de evaluaciones para comparar.',
    compareCaption: 'Cambio por área desde «{name}»',
    indexDelta: 'Índice de preparación: {delta} puntos desde «{name}».',
    recommendationsHeading: 'Por dónde empezar',
    recommendationsLead: 'Las respuestas que más moverían sus mayores brechas.',
    recommendation: '{area}: subir «{prompt}» (ahora en el nivel {level}).',
    recommendationUnscored: '{area}: responda sus preguntas; el área aún no tiene puntuación.',
  },
  notFound: {
    title: 'Página no encontrada',
    description: 'Esta página no existe.',
    heading: 'Esta página no existe',
    text: 'Puede que el enlace sea antiguo o tenga un error.',
    home: 'Ir a la página de inicio',
  },
};
