/** Spanish UI strings: decision. */
import type { UiStrings } from '../types';

export const decision: UiStrings['decision'] = {
  title: 'Paquete o a medida',
  description:
    '¿Paquete estándar, desarrollo a medida o plataforma híbrida? Pondere los criterios y vea la recomendación con sus razones y el coste total de propiedad a lo largo de los años. Se calcula en su navegador.',
  heading: '¿Paquete estándar o desarrollo a medida?',
  lead: 'Pondere lo que importa a su organización y vea qué forma de obtener un CRM encaja mejor y por qué, cuánto cuesta cada una a lo largo de los años y qué cambiaría la respuesta.',
  loading: 'Preparando la comparación…',
  noscript:
    'Esta comparación necesita JavaScript. Se ejecuta solo en su navegador: nada de lo que escriba se envía a ningún sitio.',
  assessmentLabel: 'Evaluación',
  assessmentNone: 'Ninguna: valores generales',
  assessmentOption: '{name} · {organization}',
  assessmentHint:
    'Vinculada a una evaluación, los valores por defecto siguen sus respuestas (tamaño de la empresa, madurez, canales) y cada cambio se guarda con ella.',
  noAssessments:
    'Todavía no hay ninguna evaluación guardada en este navegador. Empiece una para obtener valores a partir de sus respuestas y conservar sus cambios.',
  toList: 'Ir a sus evaluaciones',
  unsavedNote:
    'Sus cambios solo se conservan en esta página mientras siga abierta. Elija una evaluación para guardarlos con ella.',
  savedNote:
    'Cada cambio se guarda con «{name}» en este navegador, y se exporta e importa con ella.',
  notFound:
    'La evaluación del enlace no está guardada en este navegador, así que se muestran los valores generales.',
  factsHeading: 'Su organización',
  factsLead:
    'Sin una evaluación, indique a la página lo que necesita saber de la organización. Su tamaño fija las puntuaciones que dependen del tamaño, el número de usuarios y las cifras de coste; las demás respuestas ajustan los pesos de los criterios. Nada de esto se guarda: vincule una evaluación para conservarlo.',
  peopleLabel: '¿Cuántas personas trabajan en la organización?',
  sizeIs: 'Tamaño: {size}.',
  sizeNotGiven:
    'Aún no se ha indicado el tamaño: se supone una empresa mediana (de 50 a 249 personas).',
  factNotGiven: 'Sin indicar',
  factErrors: {
    'not-people': 'Indique cuántas personas trabajan en ella: un número entero de 1 a 1.000.000.',
    'unknown-field': 'La página no hace esta pregunta. No se ha cambiado nada.',
    'unknown-option': 'Esta respuesta no es una de las opciones. No se ha cambiado nada.',
  },
  sizeScaled: 'Puntuaciones para este tamaño ({size}): {reason}',
  defaultsGeneral:
    'Valores generales: cada criterio con su peso habitual y los costes de una empresa mediana, hasta que describa la organización más abajo o vincule una evaluación.',
  defaultsLinked:
    'Valores a partir de «{name}»: pesos ajustados según sus respuestas, como se indica más abajo, y costes de una empresa de su tamaño: {size}.',
  sizeUnknown: 'tamaño sin responder; se supone mediana',
  reset: 'Volver a los valores por defecto',
  resetTitle: '¿Volver a los valores por defecto?',
  resetText:
    'Los pesos, puntuaciones y costes que haya cambiado en esta página vuelven a sus valores por defecto. No se puede deshacer.',
  resetConfirm: 'Restablecer',
  cancel: 'Cancelar',
  resetDone: 'Todo ha vuelto a los valores por defecto.',
  optionsHeading: 'Las cuatro opciones',
  optionShort: {
    'packaged-saas': 'SaaS',
    'packaged-on-premise': 'Instalado',
    'custom-development': 'A medida',
    'hybrid-platform': 'Híbrida',
  },
  criteriaHeading: 'Pondere los criterios',
  criteriaLead:
    'Dé a cada criterio un peso de 0 (no contarlo) a 5 (decisivo). Cada opción tiene una puntuación de 0 a 5 en cada criterio: abra «Por qué estas puntuaciones» para ver las razones y cambie una puntuación si conoce mejor su caso.',
  criteriaCaption: 'Criterios, pesos y puntuaciones',
  colCriterion: 'Criterio',
  pdfReasonsHeading: 'Por qué {option} queda en primer lugar',
  pdfReason: '{criterion}: {option} {score} / 5 frente a {next} {other} / 5 (peso {weight}).',
  colWeight: 'Peso',
  weightOptions: ['0 — no contar', '1 — menor', '2', '3', '4', '5 — decisivo'],
  scoreLabel: '{option}, puntuación en {criterion}',
  weightLabel: 'Peso de {criterion}',
  changed: 'cambiada',
  defaultValue: 'por defecto {value}',
  whyScores: 'Por qué estas puntuaciones',
  reasonLine: '{option}: {score} / 5. {reason}',
  overridden: 'Usted ha puesto {score}; por defecto es {default}.',
  adjustedHeading: 'Peso por defecto {weight} para esta organización (peso habitual {usual}):',
  adjustment: '{change}: {reason}',
  triggerProfile: 'Su respuesta: {answers}.',
  triggerDimension: '{area} puntúa {score}, por debajo de {threshold}.',
  clamped: 'Se mantiene entre 1 y 5.',
  rankingHeading: 'Clasificación',
  rankingLead:
    'La puntuación ponderada de cada opción: la suma de peso × puntuación en todos los criterios, dividida por la suma de los pesos, sobre 100.',
  rankLabel: '{rank}. {option}',
  outOf: '{value} / 100',
  tied: 'empate',
  recommendation:
    'Recomendación: {option}, con {points} puntos de ventaja sobre {next}, sobre todo por {criteria}.',
  tie: '{options} empatan con {score} / 100. Suba el peso de lo que más le importe para desempatar.',
  unranked:
    'Todos los pesos están a 0: dé peso al menos a un criterio para clasificar las opciones.',
  sensitivityHeading: 'Qué cambiaría la respuesta',
  sensitivityCaption: 'Cambios de peso que cambiarían la recomendación',
  sensitivitySome:
    '{count} de {total} criterios podrían, por sí solos, poner otra opción en primer lugar; el cambio más pequeño aparece primero. Los demás mantienen la recomendación pese lo que pese cada uno.',
  sensitivityNone:
    'Ningún peso entre 0 y 5 en un solo criterio cambia la recomendación: se mantiene pese lo que pese cada criterio.',
  sensitivityNoneLead:
    'Ningún peso entre 0 y 5 en un solo criterio cambia la recomendación: «{top}» aventaja a «{next}» en {points} puntos sobre 100, más de lo que un solo criterio puede compensar. Cambiar varios pesos o puntuaciones a la vez sí puede cambiarla.',
  weightNow: 'peso actual {weight}',
  colChange: 'Cambio que alteraría la recomendación',
  raiseTo: 'Subir a {weight} (+{change}): {option} pasaría a ser la primera',
  lowerTo: 'Bajar a {weight} (−{change}): {option} pasaría a ser la primera',
  tcoHeading: 'Coste total de propiedad',
  tcoLead:
    'Lo que cuesta cada opción a lo largo de los años, según sus cifras. Los costes únicos se pagan el primer año; los costes de funcionamiento se repiten cada año.',
  tcoDefaultsNote:
    'Las cifras parten de valores orientativos para una empresa de este tamaño. Sustitúyalas por presupuestos reales de fabricantes e implantadores.',
  currencyLabel: 'Moneda',
  currencyNote:
    'Los importes se muestran en la moneda elegida y nunca se convierten: introduzca sus cifras en ella.',
  yearsLabel: 'Años que comparar (1–10)',
  usersLabel: 'Número de usuarios del CRM',
  figuresCaption: 'Costes por opción ({currency})',
  colItem: 'Partida de coste',
  items: {
    subscriptionPerUserMonth: 'Suscripción por usuario y mes',
    licencePerUser: 'Licencia por usuario, pago único',
    implementation: 'Implantación',
    customization: 'Personalización',
    integration: 'Integración (ERP, correo y ofimática)',
    dataMigration: 'Migración de datos',
    training: 'Formación',
    internalStaffPerYear: 'Personal interno al año',
    hostingPerYear: 'Alojamiento al año',
    maintenancePercent: 'Mantenimiento anual, % de licencias y personalización',
    upgradesPerYear: 'Actualizaciones y nueva personalización al año',
  },
  figureLabel: '{option}, {item}',
  errors: {
    empty: 'Introduzca un número.',
    'not-a-number': 'Introduzca un número solo con cifras, por ejemplo {example}.',
    negative: 'Introduzca 0 o más.',
    'too-small': 'Introduzca al menos {min}.',
    'too-large': 'Introduzca como máximo {max}.',
    'not-whole': 'Introduzca un número entero.',
  },
  keptValue: 'Se sigue usando el último valor válido, {value}.',
  chartLabel:
    'Gráfico de líneas del coste acumulado de cada opción, año a año. Las mismas cifras están en la tabla que sigue.',
  cumulativeCaption: 'Coste acumulado por año ({currency})',
  summaryCaption: 'Costes únicos y anuales ({currency})',
  colYear: 'Año',
  yearN: 'Año {year}',
  oneOff: 'Único, el primer año',
  yearly: 'Cada año',
  total: 'Total en {horizon}',
  horizon: { one: '{years} año', other: '{years} años' },
  cheapest:
    'En {horizon}, la opción más barata es {option}: {total}, es decir, {difference} menos que {next}.',
  cheapestTie: 'En {horizon}, {options} cuestan lo mismo: {total}.',
  cheapestIsRecommended: 'Es también la opción que recomiendan sus criterios.',
  cheapestIsNotRecommended:
    'Sus criterios recomiendan {option}: sopese lo que hace mejor frente a lo que cuesta de más.',
};
