/** Spanish UI strings: QR codes to join a workshop and hand answers back, the scanner, the tally (#18). */
import type { UiStrings } from '../types';

export const qr: UiStrings['qr'] = {
  joinHeading: 'Unirse con el móvil',
  joinLead:
    'Cada persona apunta la cámara de su móvil a su propio código: se abre la página para unirse con su invitación. El código de control de al lado le permite comprobar que es la suya.',
  whoseInvitation: 'Invitación de',
  handedInMark: '{name} (ya entregó)',
  joinImageAlt: 'Código QR del enlace de invitación de {name} para unirse al taller',
  checkCode: 'Código de control',
  linkLabel: 'Enlace de invitación de {name}',
  linkHint: 'La misma invitación como texto, para copiarla o leerla en voz alta.',
  preparing: 'Dibujando el código…',
  showQr: 'Ver QR',
  showQrLabel: 'Ver la invitación de {name} como código QR',
  joinToggle: 'Códigos para unirse',
  handBackHeading: 'Entregar con un código QR',
  handBackLead:
    'Muestre este código a la cámara de quien facilita («Escanear respuestas» en la página del taller). No se envía nada por internet.',
  handBackPartsLead:
    'Sus respuestas ocupan {total} códigos: muéstrelos uno tras otro, en cualquier orden.',
  handBackImageAlt: 'Código QR de sus respuestas para que quien facilita lo escanee',
  handBackPartAlt: 'Código QR {n} de {total} de sus respuestas para que quien facilita lo escanee',
  partOf: 'Código {n} de {total}',
  previousPart: 'Código anterior',
  nextPart: 'Código siguiente',
  tooLargeForQr:
    'Sus respuestas son demasiado largas para códigos QR: entréguelas con el código o el archivo de abajo.',
  scanButton: 'Escanear respuestas',
  scanHeading: 'Escanear respuestas',
  scanLead:
    'Ponga el código QR de cada participante delante de la cámara de este equipo. Las respuestas se añaden en cuanto se leen; escanee a la siguiente persona y, al terminar, detenga la cámara.',
  stopScanning: 'Dejar de escanear',
  closeScan: 'Cerrar',
  videoLabel: 'Imagen de la cámara',
  starting: 'Encendiendo la cámara…',
  scanning: 'Cámara encendida: esperando un código QR.',
  cameraOff: 'Cámara apagada.',
  cameraDenied:
    'No se permite usar la cámara. Permítalo en los ajustes del navegador para este sitio, o pegue el código del participante o abra su archivo.',
  noCamera:
    'No se ha encontrado ninguna cámara en este equipo. Pegue el código del participante o abra su archivo.',
  cameraFailed:
    'No se ha podido encender la cámara. Pegue el código del participante o abra su archivo.',
  partRead: '{n} de {total} códigos leídos. Faltan: {missing}.',
  partsMixed:
    'Ese código pertenece a otra serie: escanee primero todos los códigos de una misma persona. No se ha añadido nada.',
  partsOtherWorkshop: 'Ese código es de otro taller. No se ha añadido nada.',
  partsCorrupt: 'Ese código QR está dañado o no es de esta herramienta. No se ha añadido nada.',
  alreadyCollected: 'Las respuestas de {name} ya estaban recogidas: no se han contado dos veces.',
  tallyLabel: 'Quién ha entregado',
  tallyLine: '{handedIn} de {invited} han entregado',
  tallyRole: '{role}: {handedIn} de {invited}',
  tallyOthers: 'otros roles: {handedIn} de {invited}',
};
