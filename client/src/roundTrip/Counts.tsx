/** A few figures with their names, read as name–value pairs. */
export function Counts({ entries }: { entries: ReadonlyArray<readonly [string, number]> }) {
  return (
    <dl className="round-trip__counts">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
