/** The plan's start date and the order in which channels are brought into operation. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { ChannelId } from '../../domain/roadmap/model';
import { parseIsoDate } from '../../domain/roadmap/week-dates';
import { format } from '../../i18n/format';

interface Props {
  planStart: string;
  channelOrder: readonly ChannelId[];
  strings: UiStrings['roadmap'];
  onPlanStart: (date: string) => void;
  onChannelOrder: (order: ChannelId[]) => void;
}

export function PlanSettings({
  planStart,
  channelOrder,
  strings: s,
  onPlanStart,
  onChannelOrder,
}: Props) {
  const [bad, setBad] = useState(false);
  const move = (index: number, by: -1 | 1) => {
    const order = [...channelOrder];
    const [item] = order.splice(index, 1);
    if (item) order.splice(index + by, 0, item);
    onChannelOrder(order);
  };
  return (
    <div class="plan-settings">
      <div class="field">
        <label for="plan-start">{s.planStart}</label>
        <input
          id="plan-start"
          type="date"
          defaultValue={planStart}
          aria-invalid={bad ? 'true' : undefined}
          aria-describedby={bad ? 'plan-start-error' : undefined}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const ok = parseIsoDate(value) !== null;
            setBad(!ok);
            if (ok) onPlanStart(value);
          }}
        />
        {bad && (
          <p class="error" id="plan-start-error">
            {s.planStartInvalid}
          </p>
        )}
      </div>
      {channelOrder.length > 1 && (
        <div class="stack">
          <h3 id="channel-order-heading">{s.channelOrderHeading}</h3>
          <p class="hint">{s.channelOrderLead}</p>
          <ol class="channel-order" aria-labelledby="channel-order-heading">
            {channelOrder.map((channel, i) => (
              <li key={channel}>
                <span>{s.channels[channel]}</span>
                <button
                  type="button"
                  class="button secondary small"
                  disabled={i === 0}
                  aria-label={format(s.moveUp, { channel: s.channels[channel] })}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="button secondary small"
                  disabled={i === channelOrder.length - 1}
                  aria-label={format(s.moveDown, { channel: s.channels[channel] })}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
