/** Spanish UI strings: the workshop's second round (#18). */
import type { Widen } from '../types';
import type { workshopRounds as en } from '../en/workshop-rounds';

export const workshopRounds: Widen<typeof en> = {
  heading: 'Segunda ronda',
  hideDistribution: 'Ocultar la distribución hasta que todos hayan entregado',
  hideDistributionHint:
    'Para que las primeras respuestas no condicionen a quienes aún responden, en esta página y en la presentación. Desmárquelo para mostrarla.',
  distributionHidden:
    'La distribución está oculta hasta que todos hayan entregado ({handedIn} de {invited} por ahora). Desmarque la casilla de arriba para mostrarla ya.',
  loadFailed:
    'No se ha podido cargar la segunda ronda. Vuelva a cargar la página cuando tenga conexión.',
  lead: 'Vuelva a plantear las preguntas discutidas: cada participante ve cómo respondió el equipo en la primera ronda (de forma anónima) y las notas que usted decida compartir, y responde de nuevo, con un motivo si lo desea. Las respuestas se recogen en «Recoger respuestas», como en la primera ronda.',
  tooEarly: 'Una segunda ronda necesita respuestas de la primera de al menos dos participantes.',
  questionsLegend: 'Preguntas que se vuelven a plantear',
  questionsHint: 'Se eligen las preguntas más discutidas sin consenso; puede cambiar la selección.',
  noDisputed:
    'Ninguna pregunta queda sin consenso según la regla: no hay nada que volver a plantear.',
  shareNote: 'Compartir con el equipo la nota acordada: «{note}»',
  start: 'Iniciar la segunda ronda',
  chooseOne: 'Elija al menos una pregunta para volver a plantear.',
  started: {
    one: 'Segunda ronda iniciada el {date}: 1 pregunta planteada de nuevo.',
    other: 'Segunda ronda iniciada el {date}: {count} preguntas planteadas de nuevo.',
  },
  received: {
    one: 'Respuestas recibidas en la segunda ronda: 1 de {invited}.',
    other: 'Respuestas recibidas en la segunda ronda: {count} de {invited}.',
  },
  invitationsHeading: 'Invitaciones a la segunda ronda',
  copyLink: 'Copiar el enlace de la segunda ronda para {name}',
  copyCode: 'Copiar el código de la segunda ronda para {name}',
  copied: 'Copiado. Envíeselo a {name}.',
  copyFailed: 'No se ha podido copiar: seleccione el texto de abajo y cópielo.',
  movementHeading: 'Primera ronda frente a segunda',
  colQuestion: 'Pregunta',
  colRound1: 'Primera ronda',
  colRound2: 'Segunda ronda',
  colMoved: 'Quién cambió',
  roundFigures: 'mediana {median} · n = {count} · {consensus}',
  reached: 'consenso',
  notReached: 'sin consenso',
  unknown: 'demasiado pocas para comparar',
  moved: '{up} subieron y {down} bajaron, de {compared} que respondieron en ambas rondas',
  movedNames: 'Cambiaron: {names}',
  minorityHeading: 'Opiniones minoritarias que constan en el acta',
  minorityReason: 'Nivel {level}: {reason}',
  cancel: 'Terminar la segunda ronda y descartar sus respuestas',
  cancelled: 'Se ha terminado la segunda ronda; las respuestas de la primera siguen como estaban.',
};
