/** Which exports Quarterdeck reads, and how to get them out of the CRM. */
export function FileHelp() {
  return (
    <section className="file-help" aria-labelledby="file-help-title">
      <h2 id="file-help-title" className="file-help__title">
        Files that work
      </h2>
      <ul className="file-help__list">
        <li>
          <span className="file-help__crm">Salesforce</span>
          <span>
            <strong>Opportunities report</strong>, “Details Only”, exported as CSV. Add Lead Source
            and Employees columns for the demand-source and segment views.
          </span>
        </li>
        <li>
          <span className="file-help__crm">HubSpot</span>
          <span>
            <strong>Deals export</strong> (all deals, CSV), with Original Source and Number of
            Employees if you have them.
          </span>
        </li>
        <li>
          <span className="file-help__crm">Any CRM</span>
          <span>
            A CSV or tab-separated file with one row per opportunity and an ID column. You map the
            columns before importing.
          </span>
        </li>
      </ul>
    </section>
  );
}
