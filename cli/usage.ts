/** The usage text for `--help`, `help` and every usage error. */
export const USAGE = `Quarterdeck: landings-first figures and decks from CRM exports.

Usage:
  npm run -s cli -- report (--opportunities FILE… | --sample) [other files] [options] [--format json|md]
  npm run -s cli -- pdf    (--opportunities FILE… | --sample) [other files] --out DECK.pdf [options]
                           [--handout] [--appendix] [--title TEXT] [--author NAME] [--template ID]
  npm run -s cli -- drill PATH (--opportunities FILE… | --sample) [other files] [options] [--format csv|json|table]
                                                                      the records behind one figure
  npm run -s cli -- mapping --file FILE [--kind KIND] [--name NAME]   a mapping profile to edit, as JSON
  npm run -s cli -- template targets                                  the targets CSV template
  npm run -s cli -- help

Files (CSV; every flag can be given several times, files of one kind are read in order):
  --opportunities FILE     Salesforce Opportunities report, HubSpot deals, or any CSV with --mapping;
                           a later file's row with the same id replaces an earlier one
  --leads FILE             Salesforce leads report or HubSpot contacts
  --touchpoints FILE       Salesforce campaign members or campaign influence, or a touchpoint file
  --meetings FILE          a meetings log (date, account, kind)
  --accounts FILE          Salesforce accounts or HubSpot companies
  --target-accounts FILE   a target-account list
  --spend FILE             marketing spend by channel and period or day
  --targets FILE           targets (see: template targets)
  --mapping PROFILE.json   a mapping profile: used for the files of its kind whose headers it lists
                           (or for the only file of its kind)
  --sample                 use the generated sample workspace (Harborline Software) instead: its
                           opportunities and every other kind; a file of another kind given
                           beside it replaces the sample's file of that kind
  --rates RATES.csv        exchange rates for files that mix currencies: a first line
                           "reporting currency: USD", then rows currency,rate (EUR,1.0823 means
                           1 EUR = 1.0823 USD); amounts are converted and rounded to cents

Options:
  --fiscal-start N         first month of the fiscal year, 1-12 (default 1)
  --period FY2026-Q3       the fiscal quarter to report on (default: the quarter containing --as-of)
  --as-of YYYY-MM-DD       the date the meeting looks from (default: the latest date in the data;
                           with --sample, today)
  --use-crm-probability    expected landing from the CRM's probability, not the demand-source win rate
  --sourced-by DEFINITION  lead-source (default), primary-campaign or first-touch: what makes a deal "sourced"
  --lookback-days N        days before a deal's creation a touch still influences it (default 180)
  --format json|md         report: JSON (default) or a Markdown summary
  --format csv|json|table  drill: CSV (default), JSON or a text table
  --out FILE               pdf only: where to write the deck
  --chrome PATH            pdf only: the Chrome or Chromium executable (else $CHROME_PATH, then the usual places)
  --handout                pdf only: a portrait Letter handout, each slide with its speaker notes under it
                           (default: one 16:9 page per slide)
  --appendix               pdf only: after the slides, the records behind each figure, a table per
                           figure (the ten largest records, the rest counted and summed)
  --title TEXT             pdf only: the PDF's title (default: the deck's name and the period)
  --author NAME            pdf only: the PDF's author (default: none)
  --template ID            pdf only: the deck to print, mbr (default), qbr, board, outlook or team
  --file FILE              mapping only: the CSV to propose a mapping for
  --kind KIND              mapping only: opportunities, leads, touchpoints, meetings, accounts,
                           target-accounts, spend or targets (default: detected from the headers)
  --name NAME              mapping only: the profile's name (default: "KIND from FILE")
  -h, --help               this text

Each file's reconciliation (rows read, imported, rejected with their lines) goes to stderr.
Exit codes: 0 done, 1 the data or a file could not be used, 2 the command line is wrong.`;
