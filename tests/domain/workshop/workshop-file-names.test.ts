import { describe, expect, it } from 'vitest';
import { toInvitationFileName, toWorkshopFileName } from '~/domain/workshop/workshop-file-names';

describe('toInvitationFileName', () => {
  it.each([
    ['Pérez & Hijos, S.L.', 'Ana Núñez', 'invitation-perez-hijos-s-l-ana-nunez.json'],
    ['ÆØ Ltd', 'Łukasz', 'invitation-aeo-ltd-lukasz.json'],
    ['', '', 'invitation-workshop-participant.json'],
    ['../../etc', 'a/b\\c', 'invitation-etc-a-b-c.json'],
    ['日本', '☃', 'invitation-workshop-participant.json'],
  ])('names %j and %j safely', (organization, name, file) => {
    expect(toInvitationFileName({ organization }, { name })).toBe(file);
  });
});

describe('toWorkshopFileName', () => {
  it.each([
    ['Ñandú Ibérica', '2026-11-20', 'workshop-nandu-iberica-2026-11-20.json'],
    ['', '2026-11-20', 'workshop-workshop-2026-11-20.json'],
    ['Acme', '', 'workshop-acme.json'],
    ['Acme', '../2026', 'workshop-acme-2026.json'],
  ])('names %j on %j safely', (organization, date, file) => {
    expect(toWorkshopFileName({ organization, date })).toBe(file);
  });

  it('uses only lowercase letters, digits, hyphens and the extension', () => {
    expect(toWorkshopFileName({ organization: 'A?*:|"<>B', date: '2026-01-02' })).toMatch(
      /^[a-z0-9-]+\.json$/,
    );
  });
});
