/** When back pain needs a clinician soon: shown once per page about back pain, never as a verdict. */
import type { RedFlags } from '../engine/types';

export function RedFlagBox({ redFlags }: { redFlags: RedFlags }) {
  return (
    <details class="redflags">
      <summary>When back pain needs prompt care</summary>
      <p>{redFlags.intro}</p>
      {redFlags.groups.map((g) => (
        <div key={g.level} class={`rf-${g.level}`}>
          <h3>{g.heading}</h3>
          <ul>
            {g.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
      <p class="small">
        Sources:{' '}
        {redFlags.source.map((s, i) => (
          <span key={s.title}>
            {i > 0 && '; '}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.authors}, {s.title}
              </a>
            ) : (
              `${s.authors}, ${s.title}`
            )}
          </span>
        ))}
      </p>
    </details>
  );
}
