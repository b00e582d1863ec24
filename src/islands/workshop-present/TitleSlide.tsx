/** The first slide: the organization, the date, who answered and in which roles. */
import { format } from '../../i18n/format';
import type { PresentationProps } from '../types';
import type { SlideProps } from './slide-props';
import { getDateTimeFormat } from '../../domain/format/intl-cache';

export function TitleSlide(props: SlideProps<'title'> & { roles: PresentationProps['roles'] }) {
  const { slide, headingRef, strings: s, roles, lang } = props;
  const roleParts = [
    ...slide.roles.map((r) => format(s.roleCount, { role: roles[r.role], count: r.count })),
    // The pooled roles are named (#18): two executives are not "other roles".
    ...(slide.otherRoles > 0
      ? [
          format(s.roleCount, {
            role: slide.otherRoleIds.map((role) => roles[role]).join(', '),
            count: slide.otherRoles,
          }),
        ]
      : []),
  ];
  return (
    <div class="slide-title">
      <p class="slide-kicker">{s.titleKicker}</p>
      <h2 ref={headingRef} tabIndex={-1}>
        {slide.organization}
      </h2>
      <p class="slide-lead">
        {getDateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${slide.date}T00:00:00Z`),
        )}
      </p>
      <p class="slide-lead">{format(s.answeredOf, slide)}</p>
      {roleParts.length > 0 && <p>{format(s.rolesLine, { roles: roleParts.join(' · ') })}</p>}
      <p>{format(s.rules.stated, { rule: s.rules.names[slide.rule] })}</p>
      {slide.answered === 0 && <p class="banner warning">{s.noAnswers}</p>}
    </div>
  );
}
