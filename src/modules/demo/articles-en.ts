/**
 * English demo articles for "The Levant Ledger". All people, companies,
 * agencies, quotes and figures are fictional; only places are real.
 */
import type { DemoArticle, DemoImage } from './demo-data.js';

/** Build a lead image; the source id is the part of the credit after " - ". */
function img(key: string, alt: string, caption: string, credit: string): DemoImage {
  const parts = credit.split(' - ');
  return { key, alt, caption, credit, sourceId: parts[parts.length - 1] ?? credit };
}

export const articlesEn: DemoArticle[] = [
  {
    slug: 'regional-power-exchange-first-trades',
    type: 'news',
    section: 'energy-climate',
    language: 'en',
    title: 'Regional power exchange clears its first trades as Jordan and Iraq swap overnight supply',
    dek: 'The Mashreq Power Exchange matched 412 megawatt-hours in its opening session, a modest volume that officials in Amman and Baghdad describe as a test of trust rather than of cables.',
    dateline: 'AMMAN',
    authors: ['karim-aziz', 'layla-mansour'],
    tags: ['energy', 'jordan', 'iraq', 'mashreq-power-exchange', 'tariq-al-nuaimi'],
    access: 'public',
    hoursAgo: 3,
    updatedHoursAgo: 1,
    featured: true,
    image: img(
      'pylons-regional-power-exchange-first-trades',
      'Illustration of high-voltage transmission towers receding across low hills under an evening sky.',
      'Transmission towers on the line that links the Jordanian and Iraqi grids. The new exchange sells capacity on it one day ahead.',
      'LEDGER/Nour Haddad - LL20461',
    ),
    body: `The Mashreq Power Exchange, the regional electricity market set up by the state grid companies of Jordan, Iraq and Egypt, cleared its first day-ahead auction overnight, matching 412 megawatt-hours of electricity for delivery over the following 24 hours.

Most of that volume moved from Jordan to Iraq during the evening peak, when Iraqi demand for cooling is at its highest and Jordan's gas-fired plants have capacity to spare once solar output falls away. A smaller block flowed the other way before dawn. Egypt submitted offers but none cleared, a spokesperson for the exchange said, because its asking price sat above what buyers bid.

"Nobody should judge this market by its first night," said Samer Khatib, the exchange's chief executive, at a briefing at its offices in Amman. "The question was whether three system operators could agree on a price, publish it and then actually deliver the power. They did all three."

Tariq al-Nuaimi, Iraq's deputy minister of electricity for transmission, said purchases through the exchange would not replace the bilateral contracts that cover most of Iraq's imported power. Instead, he said, they would let Baghdad buy at short notice when heat pushes demand above forecast. "Until now, if the forecast was wrong, we had one option, which was to cut supply to a neighbourhood," he said. "Now we have a second option."

The average clearing price was 71 dollars per megawatt-hour, close to the range of recent bilateral deals. Trades are settled in dollars through a clearing account in Amman and backed by a 25 million dollar guarantee fund paid in by the three shareholders, according to the [rules the exchange has published](https://example.org/mpx/market-rules).

Capacity remains the main constraint. The interconnector between the Jordanian and Iraqi grids can carry only a few hundred megawatts, and grid engineers in both countries say it will take new substations before volumes can grow much further. The exchange plans to add intraday trading next year; Lebanon's grid company has asked to join as an observer.`,
    corrections: [
      {
        hoursAgo: 1,
        kind: 'update',
        text: 'This article was updated with the exchange\'s final settlement figures and with comment from Iraq\'s ministry of electricity.',
      },
    ],
  },
  {
    slug: 'briefing-regional-power-exchange',
    type: 'memo',
    section: 'energy-climate',
    language: 'en',
    title: 'Briefing: five things to know about the new regional power market',
    dek: 'What the Mashreq Power Exchange does, who owns it, and why its first volumes matter less than its rules.',
    dateline: 'AMMAN',
    authors: ['karim-aziz'],
    tags: ['energy', 'mashreq-power-exchange', 'jordan', 'egypt'],
    access: 'public',
    hoursAgo: 2,
    image: img(
      'contours-briefing-regional-power-exchange',
      'Abstract map illustration with contour lines, a shaded coastline and a dashed route connecting small circles.',
      'A schematic of the Levant grid. The exchange prices power that crosses three national systems.',
      'LEDGER/Farah Qasem - LL20533',
    ),
    body: `The Mashreq Power Exchange cleared its first day-ahead trades overnight. This briefing sets out what it is and what to watch.

## Bottom line

The exchange is small today and will stay small until new transmission is built. Its real value is a shared, published price for electricity across Jordan, Iraq and Egypt, which gives planners, lenders and regulators a reference point they have never had.

## Key points

- **Ownership:** the three national grid companies hold equal stakes. Lebanon's utility has asked for observer status.
- **How it works:** sellers and buyers submit hourly offers the day before delivery. A single clearing price is set for each hour and each border.
- **Settlement:** in dollars, through a clearing account in Amman, backed by a 25 million dollar guarantee fund.
- **Constraint:** interconnector capacity, not demand. The Jordan-Iraq link carries a few hundred megawatts at most.
- **Next step:** intraday trading, planned for next year, would let operators correct forecast errors closer to real time.

## What to watch

- Whether Egypt's offers begin to clear once summer demand rises in Iraq.
- Whether payment discipline holds. Past regional electricity deals have faltered on arrears, not engineering.
- Publication of monthly volume and price data, which the exchange has promised on [its data page](https://example.org/mpx/data).`,
  },
  {
    slug: 'tripoli-municipal-vote-independents',
    type: 'news',
    section: 'politics',
    language: 'en',
    title: 'Independent list takes the most seats on Tripoli council as turnout rises',
    dek: 'An engineers-led slate running on water, waste and street lighting won 11 of 24 seats, leaving it short of a majority and facing weeks of coalition talks.',
    dateline: 'TRIPOLI',
    authors: ['elias-rahal'],
    tags: ['elections', 'lebanon', 'khalil-barakat'],
    access: 'public',
    hoursAgo: 9,
    updatedHoursAgo: 6,
    image: img(
      'skyline-tripoli-municipal-vote-independents',
      'Illustration of a dense city skyline at dusk, with a minaret and domes among the buildings.',
      'The old city of Tripoli at dusk. The new council takes office with a backlog of unfinished public works.',
      'CEDAR WIRE/Rasha Kanaan - CW-30917',
    ),
    body: `An independent list led by a civil engineer won the largest bloc of seats on Tripoli's municipal council, according to final results released by the municipal elections committee, in a vote that drew more residents to the polls than the previous municipal election.

The "Tripoli First" list, headed by Khalil Barakat, took 11 of the council's 24 seats. Two lists backed by established local families won nine seats between them, and the remaining four went to smaller slates and individual candidates. Turnout was 38 percent, up from 29 percent six years ago, the committee said.

Mr Barakat's campaign focused almost entirely on services: repairing the water network in the old city, restarting a stalled solid waste contract and restoring street lighting on the main coastal road. "People did not ask us about national politics," he told supporters after the results were announced. "They asked when the lights would come back on."

The list now needs at least two more votes to elect a council president. Both of the family-backed lists said they were open to talks, though neither committed to supporting Mr Barakat for the post.

Observers from a local monitoring group, the Civic Ballot Network, said voting was orderly, though they recorded long queues at several polling stations where fewer staff turned up than planned. The network's [preliminary report](https://example.org/civic-ballot/tripoli) noted that seven polling stations closed more than an hour late.`,
    corrections: [
      {
        hoursAgo: 6,
        kind: 'update',
        text: 'This article was updated with final turnout figures and seat totals from the municipal elections committee. An earlier version reported preliminary results.',
      },
    ],
  },
  {
    slug: 'briefing-tripoli-results',
    type: 'memo',
    section: 'politics',
    language: 'en',
    title: 'Briefing: what the Tripoli result means for Lebanon\'s municipal map',
    dek: 'A services-first independent list won the most seats in the country\'s second city. The harder part, forming a working council, starts now.',
    dateline: 'BEIRUT',
    authors: ['elias-rahal'],
    tags: ['elections', 'lebanon', 'khalil-barakat'],
    access: 'registered',
    hoursAgo: 13,
    image: img(
      'skyline-briefing-tripoli-results',
      'Illustration of layered city silhouettes under a pale evening sky with a low sun.',
      'Tripoli\'s waterfront districts, where turnout rose most sharply compared with the last municipal vote.',
      'CEDAR WIRE/Rasha Kanaan - CW-30944',
    ),
    body: `Tripoli's new council will be led, if coalition talks succeed, by a list that did not exist two years ago. The result is being read in Beirut as a test of whether campaigns built on municipal services can outlast a single election.

## Bottom line

The independent list won on turnout in neighbourhoods that usually stay home. Its ability to govern depends on two or three votes from rivals and on a municipal budget that covers salaries but almost nothing else.

<!-- paywall -->

## Key points

- **Seats:** Tripoli First 11, two family-backed lists 9 combined, others 4. A council president needs 13 votes.
- **Turnout:** 38 percent, up nine points. The increase was concentrated in the old city and waterfront districts.
- **Money:** the municipality's operating budget is largely consumed by payroll. Capital projects depend on transfers from the central government's municipal fund, which arrive late and irregularly.
- **Contracts:** the stalled waste collection contract is the first test. Its renewal requires a council vote within weeks.

## What to watch

- The vote for council president, expected within the fortnight.
- Whether the two family-backed lists negotiate as a bloc or separately.
- Similar independent lists in Saida and Zahle, where counts are still being finalised.`,
  },
  {
    slug: 'egypt-remittances-third-quarter',
    type: 'news',
    section: 'economy',
    language: 'en',
    title: 'Remittances to Egypt rise for a third straight quarter as currency gap narrows',
    dek: 'Transfers from Egyptians working abroad climbed to their highest level in two years, a sign that money once routed through informal channels is returning to banks.',
    dateline: 'CAIRO',
    authors: ['salma-idrissi'],
    tags: ['currency', 'egypt', 'amal-fahmy', 'nilometer-institute'],
    access: 'public',
    hoursAgo: 17,
    updatedHoursAgo: 12,
    image: img(
      'river-egypt-remittances-third-quarter',
      'Illustration of palm trees lining a calm river at dusk, with a small boat on the water.',
      'The Nile at dusk. Remittances are Egypt\'s largest source of foreign currency after exports.',
      'MERIDIAN PHOTO/Omar Saleh - MP-88213',
    ),
    body: `Remittances from Egyptians working abroad rose 6.2 percent in the last quarter compared with the previous three months, according to figures published by the central bank, the third consecutive quarterly increase and the highest total in two years.

Economists attributed most of the rise to the narrowing gap between the official exchange rate and the rate offered by informal dealers. When the gap was wide, many workers in the Gulf sent money home through intermediaries who paid more pounds per dollar. As it has shrunk, more transfers have returned to banks and licensed money transfer companies, where they show up in official statistics.

"This is less new money than money that has become visible again," said Amal Fahmy, senior economist at the Nilometer Institute, a Cairo policy research group. "That still matters a great deal. Visible dollars can be used to pay for imports and service debt. Dollars in the parallel market cannot."

Saudi Arabia and the United Arab Emirates remained the largest sources of transfers, together accounting for more than half of the total. Transfers from Europe grew fastest, albeit from a lower base.

The central bank did not comment on the figures beyond its statistical release. Bankers in Cairo said they expected the trend to continue through the summer, when transfers typically rise ahead of family visits and school fees.`,
    corrections: [
      {
        hoursAgo: 12,
        kind: 'correction',
        text: 'An earlier version of this article misstated the quarter-on-quarter increase in remittances. It was 6.2 percent, not 6.8 percent.',
      },
    ],
  },
  {
    slug: 'aqaba-deep-water-berth',
    type: 'news',
    section: 'economy',
    language: 'en',
    title: 'Aqaba container terminal opens deep-water berth for larger ships',
    dek: 'The new berth can take vessels of up to 16,000 containers, letting carriers call directly at Jordan\'s only port instead of transferring cargo elsewhere in the Red Sea.',
    dateline: 'AQABA',
    authors: ['hannah-voss'],
    tags: ['shipping', 'trade', 'jordan', 'red-sea'],
    access: 'registered',
    hoursAgo: 22,
    image: img(
      'port-aqaba-deep-water-berth',
      'Illustration of ship-to-shore cranes on a quay beside stacked containers, with a cargo ship on a calm horizon.',
      'Gantry cranes at the container terminal in Aqaba, which has added a berth dredged to 17 metres.',
      'SANDLINE IMAGES/Idris Benali - SLI-5120',
    ),
    body: `The container terminal in Aqaba has opened a deep-water berth that can handle ships carrying up to 16,000 containers, the terminal's operator said, a move intended to let larger vessels call directly at Jordan's only seaport.

Until now, the biggest ships serving the region unloaded cargo bound for Jordan at larger hubs along the Red Sea, from where it was carried to Aqaba on smaller feeder vessels. Shippers say that extra leg adds between four and nine days to delivery times and raises costs for Jordanian importers.

"A direct call changes the arithmetic for every importer in the country," said Lina Haddadin, commercial director of the terminal operator. "It is also the difference between Aqaba being a destination and being a gateway for cargo that continues by road into Iraq."

<!-- paywall -->

The berth was dredged to 17 metres and fitted with two new ship-to-shore cranes, bringing the terminal's total to nine. The operator said the expansion cost 140 million dollars, financed by a mix of its own funds and a loan from a consortium of regional banks.

Two carriers have so far agreed to add Aqaba to their Asia to Mediterranean services as a direct call, according to the operator. Shipping agents in Amman said the real test would be whether volumes bound for Iraq, which now travel mostly through Gulf ports, can be drawn to the Red Sea route.

Road transport remains the bottleneck. The highway from Aqaba to the Iraqi border crosses more than 1,000 kilometres of desert, and truckers have long complained of slow clearance at the crossing. Jordan's transport ministry said a pilot for pre-cleared, sealed containers would start later this year.`,
  },
  {
    slug: 'shamsiya-labs-funding-round',
    type: 'news',
    section: 'technology',
    language: 'en',
    title: 'Amman solar-forecasting startup Shamsiya Labs raises 38 million dollars',
    dek: 'The company, whose software predicts how much power a solar plant will produce hour by hour, plans to open offices in Riyadh and Abu Dhabi.',
    dateline: 'AMMAN',
    authors: ['daniel-okafor'],
    tags: ['startups', 'energy', 'jordan', 'shamsiya-labs', 'dana-shami'],
    access: 'public',
    hoursAgo: 27,
    updatedHoursAgo: 20,
    image: img(
      'solar-shamsiya-labs-funding-round',
      'Illustration of rows of solar panels stretching toward low hills under a hazy sky.',
      'A utility-scale solar plant in southern Jordan. Shamsiya Labs sells forecasts to plant operators and grid companies.',
      'LEDGER/Nour Haddad - LL20477',
    ),
    body: `Shamsiya Labs, an Amman-based company that makes forecasting software for solar power plants, has raised 38 million dollars in a funding round led by Sandgrouse Ventures, a Dubai-based investment fund, the company said.

The software combines satellite imagery, weather models and data from sensors at each plant to predict output hour by hour, up to three days ahead. Grid operators use such forecasts to decide how much gas-fired capacity to keep on standby, and plant owners use them to avoid penalties for delivering less power than they promised.

"Every megawatt of solar you add makes the forecast more valuable," said Dana Shami, the company's co-founder and chief executive. "In a grid that is 30 percent solar at noon, a cloud bank over the south of the country is a national event."

The company, founded five years ago by Ms Shami and two former colleagues from Jordan's grid operator, says its software is used at plants with a combined capacity of 6.5 gigawatts in seven countries. It employs 74 people, most of them in Amman.

The new funds will pay for offices in Riyadh and Abu Dhabi and for a product aimed at rooftop solar, where forecasting is harder because thousands of small systems feed into local networks that operators cannot see directly.`,
    corrections: [
      {
        hoursAgo: 20,
        kind: 'correction',
        text: 'An earlier version of this article said the funding round was led by a Riyadh-based fund. It was led by Sandgrouse Ventures, which is based in Dubai.',
      },
    ],
  },
  {
    slug: 'baghdad-record-grid-load',
    type: 'news',
    section: 'energy-climate',
    language: 'en',
    title: 'Baghdad grid hits record load as early heatwave pushes temperatures past 49C',
    dek: 'The electricity ministry says demand in the capital outran supply by nearly a third, forcing rotating cuts of up to six hours in some districts.',
    dateline: 'BAGHDAD',
    authors: ['youssef-tamer'],
    tags: ['climate', 'energy', 'iraq', 'tariq-al-nuaimi'],
    access: 'public',
    hoursAgo: 31,
    image: img(
      'pylons-baghdad-record-grid-load',
      'Illustration of lattice power pylons and sagging lines across a warm, hazy landscape.',
      'Power lines on the southern outskirts of Baghdad, where load on the grid reached a record this week.',
      'TIGRIS FRAME/Haider Jabbar - TF-4471',
    ),
    body: `Electricity demand in Baghdad reached a record as temperatures in the capital rose above 49 degrees Celsius for a third day, the ministry of electricity said, weeks earlier in the year than such heat usually arrives.

Demand in the Baghdad distribution area peaked at just under 9,000 megawatts, according to the ministry, while available supply was about 6,300 megawatts. Operators responded with rotating cuts, which residents in several districts said lasted up to six hours at a time.

Tariq al-Nuaimi, deputy minister of electricity for transmission, said two generating units south of the city had tripped offline in the heat and that a scheduled shipment of imported gas had arrived late. "The grid is doing what it was designed to do, which is to protect itself," he said. "That is no comfort to a family without air conditioning at four in the afternoon, and we know that."

Most households in the capital fill the gaps with power from neighbourhood diesel generators, paying a monthly fee per ampere. Generator operators in two districts said they had raised prices by around 15 percent this month, citing fuel costs and longer running hours.

The ministry urged government offices to close at noon and asked residents to set air conditioners no lower than 24 degrees. Forecasters expect temperatures to ease slightly at the weekend before rising again.`,
  },
  {
    slug: 'beirut-contractors-unpaid-invoices',
    type: 'analysis',
    section: 'cities',
    language: 'en',
    title: 'The contractors who rebuilt Beirut\'s port districts are still waiting to be paid',
    dek: 'Years after the work was signed off, dozens of small firms hold government invoices worth a fraction of their original value. How they are settled will shape who is willing to build next time.',
    dateline: 'BEIRUT',
    authors: ['elias-rahal', 'mira-khoury'],
    tags: ['reconstruction', 'lebanon', 'currency', 'labour'],
    access: 'paid',
    hoursAgo: 36,
    image: img(
      'skyline-beirut-contractors-unpaid-invoices',
      'Illustration of a city skyline in silhouette against a sunset sky, with scattered lit windows.',
      'Residential blocks near the port of Beirut. Many repairs were carried out by small contractors who were never fully paid.',
      'CEDAR WIRE/Rasha Kanaan - CW-31002',
    ),
    body: `The work was finished long ago. Windows were replaced, facades shored up, stairwells rebuilt in the neighbourhoods that rise from the port toward Achrafieh. What remains unfinished is the paperwork, and the money.

Dozens of small contracting firms that carried out repairs under public programmes are still owed for the work, according to the firms, an association that represents them and officials at two of the bodies that commissioned the repairs. Because the contracts were priced in Lebanese pounds, and the pound has lost most of its value since, the invoices they hold are now worth a small fraction of what the work cost to deliver.

"We bought steel and glass in dollars and signed contracts in pounds because that was the rule," said Georges Melki, who runs a 14-person firm in Bourj Hammoud. "Now the state tells us the contract is the contract."

<!-- paywall -->

## A debt measured in a collapsing unit

The firms' association, which represents about 120 contractors, has compiled claims from its members into a single document that it has presented to the finance ministry and to parliament's public works committee. Reporters for the Ledger were shown a copy at the association's offices. The ledger of unpaid invoices ran to forty-one pages. Each line lists a contract number, the commissioning body, the date the work was signed off and the amount outstanding in pounds.

At the official exchange rate of the day each contract was signed, the total would have been worth tens of millions of dollars. At today's rate, it is worth a few hundred thousand. The association is asking for the invoices to be revalued using an index of construction costs, a method it says has precedent in public contracts elsewhere in the region.

Officials are wary. A senior finance ministry official, who asked not to be named because he was not authorised to speak publicly, said revaluing one category of public debt would prompt claims from every supplier the state owes, from hospitals to fuel importers. "If we open this door, we cannot choose who walks through it," he said.

## Who builds next time

The question is not only one of fairness to firms that have already done the work. Donors and development banks are preparing new programmes for housing repair and public buildings, and they need local contractors to carry them out. Several firms told the Ledger they would not bid on public work again unless contracts were priced in dollars or indexed to costs.

> "The biggest subsidy the state received after the explosion came from people like us. We financed the repairs, and nobody asked us first." - a contractor in Mar Mikhael

That reluctance is already visible. Tender documents reviewed by the Ledger show that two recent calls for bids on school repairs received only one bid each; a third was withdrawn after receiving none.

## Options on the table

Three approaches are under discussion, according to people involved in the talks. The first would pay outstanding invoices in full at today's rate, which would cost little but satisfy no one. The second would revalue them using a construction cost index, at a cost that the finance ministry has not estimated publicly. The third, favoured by some donors, would fold the arrears into new programmes, paying contractors partly through future work.

Each choice sets a precedent. For a state that owes money across the economy, the contractors' claim is a small one. But it is also one of the few where the work can be seen from the street, and where the people owed are the ones the next reconstruction will depend on.`,
  },
  {
    slug: 'tunisia-olive-oil-export-season',
    type: 'news',
    section: 'economy',
    language: 'en',
    title: 'Tunisian olive oil exports climb as rains restore harvest in the centre',
    dek: 'Better rainfall in Sfax and Sidi Bouzid has revived output after two poor years, but producers say prices abroad are falling just as volumes recover.',
    dateline: 'SFAX',
    authors: ['salma-idrissi'],
    tags: ['agriculture', 'trade', 'tunisia'],
    access: 'public',
    hoursAgo: 41,
    image: img(
      'fields-tunisia-olive-oil-export-season',
      'Illustration of long cultivated rows converging toward a horizon with a farmhouse and a line of trees.',
      'Olive groves near Sfax, where a wetter winter lifted yields after two dry seasons.',
      'SANDLINE IMAGES/Idris Benali - SLI-5188',
    ),
    body: `Tunisia's olive oil exports rose by about a quarter in the first half of the season compared with a year earlier, according to the national oil office, as winter rains in the central regions restored yields after two years of drought.

Groves around Sfax and Sidi Bouzid, which produce most of the country's oil, recorded their best harvest in three years. Mill owners in Sfax said they had run night shifts for the first time since before the drought.

Prices, however, have moved the other way. With production also recovering in southern Europe, export prices for bulk extra virgin oil have fallen by roughly a third from last year's peak, exporters said. "We have more oil and less money for each litre," said Mounir Triki, who runs a cooperative of 300 farmers near Sfax. "For a small farmer, that is still better than having nothing to sell."

Most Tunisian oil is still shipped in bulk to European bottlers. The agriculture ministry has set a target of exporting a fifth of the crop in bottles under Tunisian brands, which fetch higher margins, though exporters say the share remains well below that.

The oil office expects total production for the season to exceed 300,000 tonnes if spring weather holds.`,
  },
  {
    slug: 'istanbul-electric-ferries',
    type: 'news',
    section: 'energy-climate',
    language: 'en',
    title: 'Istanbul to convert a third of its commuter ferries to battery power',
    dek: 'The city\'s ferry operator says the first hybrid vessels will enter service on the Bosphorus within two years, with charging points at five piers.',
    dateline: 'ISTANBUL',
    authors: ['hannah-voss'],
    tags: ['climate', 'shipping', 'turkey'],
    access: 'public',
    hoursAgo: 47,
    image: img(
      'port-istanbul-electric-ferries',
      'Illustration of a calm strait at sunset with a ship on the horizon and cranes on a quay.',
      'The Bosphorus at dusk. Ferries carry hundreds of thousands of commuters across the strait each day.',
      'ORIENT LENS/Selin Arat - OL-77402',
    ),
    body: `Istanbul's municipal ferry operator plans to convert a third of its commuter fleet to battery or hybrid power by the end of the decade, its general manager said, starting with routes that cross the Bosphorus between the city's European and Asian shores.

The first four vessels, to be built at a shipyard in Tuzla, will carry about 600 passengers each and run on batteries for crossings of up to 25 minutes, switching to diesel generators on longer routes. Charging points will be installed at five piers, drawing power while passengers board.

"Short, frequent crossings with long stops at the pier are the ideal case for batteries," said Aylin Korkmaz, the operator's general manager. "We know exactly where every ferry will be at every minute of the day."

The operator estimates that the conversion will cut its diesel consumption by about 40 percent on the affected routes. Ferries are a small share of the city's emissions, but their exhaust is concentrated along the waterfront, where air quality monitors regularly record high levels of fine particles.

Financing for the first vessels will come from the municipality's budget and a loan from a European development bank, the operator said. Tenders for the remaining ships are expected next year.`,
  },
  {
    slug: 'power-exchange-beyond-the-cables',
    type: 'analysis',
    section: 'energy-climate',
    language: 'en',
    title: 'Why a regional power market matters more than the cables beneath it',
    dek: 'The new Mashreq Power Exchange will trade small volumes for years. Its lasting effect may be on how the region prices, finances and argues about electricity.',
    dateline: 'AMMAN',
    authors: ['karim-aziz'],
    tags: ['energy', 'diplomacy', 'mashreq-power-exchange', 'jordan', 'egypt'],
    access: 'paid',
    hoursAgo: 52,
    image: img(
      'pylons-power-exchange-beyond-the-cables',
      'Illustration of a line of transmission towers crossing rolling hills toward a low sun.',
      'A transmission corridor in northern Jordan. Physical links between the region\'s grids have existed for years; a shared market has not.',
      'LEDGER/Farah Qasem - LL20540',
    ),
    body: `The first trades on the Mashreq Power Exchange were, by any global standard, tiny. A few hundred megawatt-hours crossed a single border. A mid-sized European exchange clears more in a minute.

That comparison misses the point, according to grid engineers, regulators and financiers who have followed the project since it was first proposed. The cables between Jordan, Iraq and Egypt have been in place, in one form or another, for years. What has been missing is a way to agree on what the electricity flowing through them is worth.

<!-- paywall -->

## A price nobody had

Until now, cross-border electricity in the region has been sold under bilateral contracts negotiated between governments. Prices were confidential, terms were long, and when one side fell behind on payments, the other had few options beyond cutting supply. Those contracts will remain the backbone of regional trade for the foreseeable future.

But a published hourly price, even one set on thin volumes, changes the conversation around them. A ministry negotiating a new bilateral deal can now point to what the same power sold for on the exchange last month. A lender assessing a new solar plant in Jordan can estimate what its surplus midday power might fetch across the border.

> "The most valuable thing we produce is not electricity. It is a number that all three governments have agreed to accept as true." - a board member of the exchange

## Solar changes the trade

The timing is not accidental. Jordan and Egypt have added large amounts of solar capacity over the past decade, and both now face hours in the middle of the day when they produce more power than they can use. Iraq, by contrast, is short of power in the late afternoon and evening, when heat drives demand and its own gas supply is stretched.

In principle, the two patterns complement each other. In practice, the overlap is narrower than it looks: Iraq's shortage peaks after sunset, when solar output is gone. The exchange's first trades reflected this, with Jordanian gas-fired plants, not solar farms, supplying the evening block.

## Payment is the real test

Engineers talk about capacity; financiers talk about arrears. Regional electricity deals have faltered before because buyers stopped paying, not because lines failed. The exchange's designers have tried to address this with a guarantee fund and a rule that any participant whose payments fall overdue is suspended automatically from the next day's auction.

Whether that rule survives its first real test is the question several people involved in the project raised unprompted. A suspension during a July heatwave would mean a government choosing to let a neighbour's cities go dark to protect a market's credibility. Nobody the Ledger spoke to was certain what would happen.

## What would count as success

Volume will grow slowly, constrained by transmission capacity that will take years to expand. Success in the near term looks less like rising trade and more like routine: daily auctions that clear without incident, monthly data published on time, disputes resolved under written rules rather than by phone calls between ministers.

If that routine holds for two or three summers, the exchange will have done something no regional energy institution has managed before. If it does not, it will join a long list of integration projects that were physically built and politically abandoned.`,
  },
  {
    slug: 'erbil-water-metering-pilot',
    type: 'news',
    section: 'cities',
    language: 'en',
    title: 'Erbil begins metering household water in three districts',
    dek: 'The pilot replaces flat monthly fees with charges based on use, a change city officials hope will cut waste as groundwater levels fall.',
    dateline: 'ERBIL',
    authors: ['youssef-tamer'],
    tags: ['water', 'iraq', 'levant-water-observatory'],
    access: 'public',
    hoursAgo: 57,
    image: img(
      'contours-erbil-water-metering-pilot',
      'Abstract topographic illustration with nested contour rings, a pale coastline and a dashed route.',
      'A schematic of the plain around Erbil, where the city draws much of its water from wells.',
      'TIGRIS FRAME/Haider Jabbar - TF-4490',
    ),
    body: `The water directorate in Erbil has begun installing meters on homes in three districts, the first step in a plan to replace the flat monthly fee most residents pay with charges based on how much water they use.

About 9,000 households are covered by the pilot, according to the directorate. For the first six months they will receive bills showing their metered consumption alongside the flat fee they actually pay, before metered tariffs take effect.

The city relies heavily on groundwater, and wells in the surrounding plain have been drilled steadily deeper over the past two decades. A survey by the Levant Water Observatory, an independent research group, found that water tables in some parts of the plain had dropped by more than a metre a year.

"Right now a family that waters a garden every day pays the same as a family that conserves," said Shilan Aziz, an engineer with the directorate who manages the pilot. "Meters will not fix the aquifer on their own, but they tell us where the water goes."

Residents interviewed in one of the pilot districts were cautiously supportive, though several said they worried about prices rising once the trial period ends. The directorate has said a basic allowance for drinking and cooking will remain at a low fixed rate.`,
  },
  {
    slug: 'briefing-egypt-inflation',
    type: 'memo',
    section: 'economy',
    language: 'en',
    title: 'Briefing: Egypt\'s inflation slows again. What it means for rates',
    dek: 'Annual urban inflation eased for a fourth month. The central bank has room to cut, but food prices and the summer import bill argue for patience.',
    dateline: 'CAIRO',
    authors: ['salma-idrissi'],
    tags: ['currency', 'egypt', 'nilometer-institute', 'amal-fahmy'],
    access: 'paid',
    hoursAgo: 63,
    image: img(
      'contours-briefing-egypt-inflation',
      'Abstract map illustration in sand tones with contour lines and a dotted route between towns.',
      'A stylised map of the Nile Delta, where food prices weigh most heavily on household budgets.',
      'MERIDIAN PHOTO/Omar Saleh - MP-88240',
    ),
    body: `Annual urban inflation in Egypt slowed for the fourth consecutive month, according to the statistics agency, bringing it to its lowest level in more than two years. Core inflation, which strips out volatile food and regulated prices, fell by a similar margin.

## Bottom line

The central bank now has room to lower interest rates at its next meeting, and most economists in Cairo expect a cut. The size of that cut is the real question: a large move would help borrowers but risk the currency stability that made the slowdown possible.

<!-- paywall -->

## Key points

- **Headline:** urban inflation slowed by about two percentage points month on month, the steepest decline this year.
- **Drivers:** the stronger pound has lowered the cost of imported goods; food inflation slowed but remains above the headline rate.
- **Real rates:** with the policy rate well above inflation, real interest rates are strongly positive, which has attracted foreign portfolio inflows.
- **Risks:** a summer rise in fuel and food import costs, and any reversal of portfolio flows, could push the pound lower again.

## What to watch

- The central bank's next policy meeting. Economists at the Nilometer Institute expect a cut of between 100 and 200 basis points.
- Bread and fuel prices, which the government adjusts administratively and which can move inflation sharply in a single month.
- Monthly remittance data, an early signal of whether the official and parallel exchange rates remain close.

## Our read

"A cautious cut keeps the story intact," said Amal Fahmy of the Nilometer Institute. "A bold one would be a bet that the gains are permanent, and it is too early to make that bet."`,
  },
  {
    slug: 'doha-heritage-festival',
    type: 'news',
    section: 'society-culture',
    language: 'en',
    title: 'Doha heritage festival draws record crowds to restored souq quarter',
    dek: 'Organisers say attendance passed 200,000 over ten days, with craft workshops and pearl-diving exhibits the most popular events.',
    dateline: 'DOHA',
    authors: ['mira-khoury'],
    tags: ['culture', 'tourism', 'qatar'],
    access: 'public',
    hoursAgo: 68,
    image: img(
      'skyline-doha-heritage-festival',
      'Illustration of a low skyline of domed buildings and towers against a glowing evening sky.',
      'The restored market quarter in Doha, which hosted most of the festival\'s workshops and exhibitions.',
      'ORIENT LENS/Selin Arat - OL-77455',
    ),
    body: `A ten-day heritage festival in Doha's restored market quarter drew more than 200,000 visitors, its organisers said, the largest attendance since the event began eight years ago.

Craft workshops in weaving, boat-building and incense blending were fully booked on most days, and an exhibition on the history of pearl diving in the Gulf was extended by three days because of demand. Organisers said about a third of visitors came from outside Qatar, many of them on short stopovers.

"Ten years ago these were trades that only grandparents remembered," said Noor al-Kuwari, the festival's artistic director. "This year, the waiting list for the boat-building workshop was longer than for any concert we put on."

The festival is part of a wider effort by cultural institutions in the Gulf to position heritage as a reason to visit, alongside sport and shopping. Hotel occupancy in central Doha reached 88 percent during the festival, according to an industry association.

Some craftspeople said they hoped the attention would translate into year-round income. "Tourists come for ten days, but I need to sell for twelve months," said a weaver who has exhibited at the festival since its first edition.`,
  },
  {
    slug: 'riyadh-dry-port-licences',
    type: 'news',
    section: 'economy',
    language: 'en',
    title: 'Riyadh dry port zone issues first 40 licences to logistics firms',
    dek: 'The inland customs zone, linked by rail to Gulf coast ports, is meant to cut clearance times for goods bound for the Saudi interior and beyond.',
    dateline: 'RIYADH',
    authors: ['hannah-voss'],
    tags: ['trade', 'saudi-arabia', 'gulf-corridor-logistics', 'gulf'],
    access: 'registered',
    hoursAgo: 74,
    image: img(
      'dunes-riyadh-dry-port-licences',
      'Illustration of layered desert dunes under a large pale sun.',
      'Desert east of Riyadh, crossed by the rail line that carries containers inland from the Gulf coast.',
      'SANDLINE IMAGES/Idris Benali - SLI-5203',
    ),
    body: `A new inland customs zone east of Riyadh has issued licences to its first 40 logistics companies, the zone's authority said, as it prepares to start clearing containers that arrive by rail from ports on the Gulf coast.

Under the arrangement, containers unloaded at the coast are sealed and moved by rail to the dry port without being inspected at the quayside. Customs checks take place inland, closer to the warehouses and distribution centres where most goods end up.

Licensees include freight forwarders, cold-storage operators and Gulf Corridor Logistics, a rail and road freight company that plans to run scheduled container trains between the zone and Jordan.

<!-- paywall -->

"Ports are expensive places to make a container wait," said Faisal al-Harbi, chief executive of the zone authority. "The cheapest square metre in the supply chain is here, not on the waterfront."

The authority says it aims to cut average clearance times for imports to under 24 hours. Freight forwarders said that would be a substantial improvement, though several cautioned that rail capacity from the coast would need to grow before the zone could handle large volumes.

The zone will also handle re-exports by truck to neighbouring countries. Logistics firms see that business as the bigger prize if cross-border procedures can be simplified.`,
  },
  {
    slug: 'jordan-tiered-water-tariff',
    type: 'news',
    section: 'politics',
    language: 'en',
    title: 'Jordanian parliamentary committee backs tiered water tariff',
    dek: 'The proposal would keep prices low for households using little water and raise them steeply for the heaviest users. A full vote is expected next month.',
    dateline: 'AMMAN',
    authors: ['layla-mansour'],
    tags: ['water', 'jordan', 'rania-saadeh'],
    access: 'public',
    hoursAgo: 86,
    image: img(
      'river-jordan-tiered-water-tariff',
      'Illustration of a river bank with palm silhouettes reflected in still water, reeds in the foreground.',
      'The Jordan Valley, where farms and cities compete for one of the world\'s scarcest water supplies.',
      'LEDGER/Nour Haddad - LL20502',
    ),
    body: `A parliamentary committee in Jordan has approved a draft tariff that would charge households for water in rising blocks, keeping prices low for basic use and raising them for consumption above that level.

Under the proposal, the first six cubic metres a household uses each month, enough for drinking, cooking and washing for a family of five, would be billed at the current subsidised rate. Each block above that would cost progressively more, with the highest tier priced close to the cost of supplying the water.

Rania Saadeh, the minister of water and irrigation, told the committee that about a fifth of households account for almost half of residential consumption. "This is not a tax on families," she said. "It is a price signal aimed at swimming pools, large gardens and leaking pipes that nobody repairs because nobody pays for the loss."

Critics in parliament argued that larger, poorer households would be pushed into higher tiers simply because of their size. The committee added an amendment allowing households with more than seven members to apply for a larger basic allowance.

The full chamber is expected to vote on the draft next month. If approved, the ministry plans to introduce the new tariff in stages over two years.`,
  },
  {
    slug: 'egypt-debt-swaps',
    type: 'analysis',
    section: 'economy',
    language: 'en',
    title: 'Egypt\'s debt-for-development swaps: small numbers, big signals',
    dek: 'Converting foreign debt into local spending on schools and water will not dent Egypt\'s obligations. It may change how creditors talk to Cairo.',
    dateline: 'CAIRO',
    authors: ['salma-idrissi'],
    tags: ['currency', 'egypt', 'amal-fahmy', 'nilometer-institute'],
    access: 'paid',
    hoursAgo: 94,
    image: img(
      'contours-egypt-debt-swaps',
      'Abstract map illustration with contour rings around several hills and a teal sea along one edge.',
      'A schematic of the Nile Valley. Swap proceeds are earmarked for water and education projects in Upper Egypt.',
      'MERIDIAN PHOTO/Omar Saleh - MP-88261',
    ),
    body: `Egypt has signed a series of agreements in recent years with European creditors under which part of what it owes is cancelled in exchange for spending an equivalent amount in Egyptian pounds on agreed projects: schools, irrigation, water treatment plants.

Measured against Egypt's total external debt, the sums are small. Taken together they amount to well under one percent of what the country owes abroad. But officials, economists and diplomats in Cairo argue that the swaps matter for reasons that go beyond their size.

<!-- paywall -->

## How a swap works

In a typical swap, a creditor government agrees to cancel a portion of a bilateral loan. Instead of paying that amount back in euros or dollars, Egypt deposits the equivalent in pounds into a dedicated fund, which then finances projects agreed by both sides. For Egypt, the attraction is simple: it spends local currency, which it can raise at home, instead of foreign currency, which is scarce.

For the creditor, the swap turns a loan that might otherwise be rescheduled repeatedly into visible development spending, with its name on a plaque at the site.

## Why the numbers stay small

Most of Egypt's external debt is owed to multilateral lenders and private bondholders, neither of which can easily take part in swaps. Multilateral lenders are constrained by their own rules on preferred creditor status; bondholders are numerous and dispersed. That leaves bilateral government creditors, who hold a modest share of the total.

> "Swaps are a tool for the margins of the balance sheet. The mistake would be to present them as a solution to the centre of it." - Amal Fahmy, senior economist at the Nilometer Institute

## The signal

The more interesting effect, several people involved said, is on the tone of Egypt's relationship with creditors. A swap requires both sides to agree on projects, monitoring and reporting. That creates a habit of joint technical work that can carry over into harder negotiations over rescheduling or new lending.

It also gives Egyptian ministries a track record. Projects financed through earlier swaps, including a water treatment plant in Assiut and a network of vocational schools, have been audited and published. Creditors considering new swaps can see how previous money was spent.

## Limits and risks

Critics argue that swaps can distort priorities, steering spending toward projects that suit the creditor's development agenda rather than Egypt's. Others worry that the pound spending they require competes with other demands on a stretched domestic budget, at a time when Cairo is trying to bring its fiscal deficit down.

For now, the government appears intent on pursuing more of them. The finance ministry has said it is in talks with three further creditor governments. None of the agreements, if concluded, will change Egypt's debt arithmetic on their own. Their value will lie in whether they make the bigger conversations easier.`,
  },
  {
    slug: 'levant-cities-water-report',
    type: 'report',
    section: 'energy-climate',
    language: 'en',
    title: 'Running dry: how five Levant cities are managing water in an age of heat',
    dek: 'From Amman\'s rationed supply days to Beirut\'s private tanker trucks, a Ledger survey of five cities finds that households, not utilities, are absorbing most of the shortfall.',
    dateline: 'AMMAN',
    authors: ['layla-mansour', 'karim-aziz'],
    tags: ['water', 'climate', 'jordan', 'lebanon', 'levant-water-observatory'],
    access: 'paid',
    hoursAgo: 104,
    updatedHoursAgo: 98,
    image: img(
      'river-levant-cities-water-report',
      'Illustration of a slow river under a hazy sky, lined with palm silhouettes and their reflections.',
      'A stretch of river in the Levant. Surface water now meets only a small share of urban demand across the region.',
      'LEDGER/Nour Haddad - LL20519',
    ),
    body: `In Amman, water arrives once a week. In Beirut, it arrives most days, but rarely for long, and many buildings top up from tanker trucks. In Irbid, Tripoli and Zarqa, the pattern varies by street, by floor and by whether a household can afford a rooftop tank large enough to last until the next delivery.

Over four months, Ledger reporters visited utilities, households, well owners and tanker operators in five cities across Jordan and Lebanon to understand how urban water is actually supplied, and who pays when it runs short. We reviewed utility reports, interviewed more than 60 people and worked with the Levant Water Observatory, an independent research group, to compare supply data across the five cities.

The picture that emerges is of systems that have adapted to scarcity by pushing it downstream. Utilities ration; households store, buy and conserve; a private market fills the gaps at prices that fall hardest on those with the least.

<!-- paywall -->

## The scale of the gap

Across the five cities, piped supply covers between 55 and 80 percent of estimated household demand, according to the Observatory's analysis. The rest is met by private tankers, bottled water, private wells and simple going without.

Losses within the networks compound the problem. Utilities in both countries estimate that between a third and a half of the water they pump never reaches a paying customer, lost to leaks, illegal connections and meters that do not work. Reducing those losses is the cheapest new water available, engineers told us, but it requires sustained investment that rarely survives a budget crisis.

## Amman: the rota city

Amman's households receive piped water on a fixed schedule, typically one or two days a week depending on the district. Almost every building has rooftop tanks, and families plan laundry, bathing and cleaning around supply days.

"You learn the rhythm as a child," said Hana, a teacher in the eastern district of Marka who asked that her family name not be used. "Tuesday is water day. Nobody schedules anything on Tuesday."

The system works, in the sense that taps rarely run completely dry. But it depends on storage that poorer households struggle to afford. A family with one small tank runs out days before the next delivery; a family with three does not.

## Beirut: the tanker economy

In Beirut, the public utility supplies water most days, but often for only a few hours and at low pressure. Buildings rely on pumps to lift water to upper floors and on tanker deliveries to fill the gap. Tanker operators draw from private wells on the city's edges, many of them unlicensed and some affected by seawater intrusion.

Prices for a tanker load vary by season, distance and the type of water delivered. Residents told us they paid between two and five times more per cubic metre for tanker water than for utility supply.

## Who pays

The burden falls unevenly. In all five cities, lower-income households spent a larger share of their income on water than wealthier ones, even though they used less. They were also more likely to rely on tankers and more likely to report running out entirely.

The main coping strategies households described to us were:

- buying additional rooftop or basement storage tanks, often on credit;
- reusing washing water for cleaning and gardens;
- buying tanker water, sometimes shared between neighbours;
- buying bottled water for drinking, even where tap water is treated;
- in the hottest weeks, spending days with relatives in areas with better supply.

## What utilities are trying

Utilities in both countries have pilot programmes to reduce network losses, install working meters and introduce tariffs that charge more for higher consumption. Jordan is also building a large desalination and conveyance project that would pump treated seawater from the Red Sea to Amman, which officials describe as the single largest addition to the country's supply in a generation.

Rania Saadeh, Jordan's minister of water and irrigation, told the Ledger that desalination would ease the pressure but not remove it. "New water buys us time," she said. "What we do with that time, on leaks and on tariffs, decides whether it is enough."

## Heat raises the stakes

Hotter summers increase demand at exactly the time when supply is lowest. Utility data for the five cities show summer consumption running 20 to 35 percent above winter levels. Climate projections for the region point to more frequent and longer heatwaves, and to reduced, more erratic rainfall.

## What would help

The people we interviewed, utility engineers and residents alike, converged on a short list: fix the networks, measure consumption honestly, protect basic use with low prices and charge more for heavy use, and regulate the tanker market so that the water it sells is safe and fairly priced.

None of that is new. What has changed is the margin for delay. Every summer, the distance between what the pipes deliver and what households need is filled, at a price, by someone. Our reporting suggests that someone is, increasingly, the people who can least afford it.`,
    corrections: [
      {
        hoursAgo: 98,
        kind: 'update',
        text: 'This report was updated to include comment from Jordan\'s ministry of water and irrigation, which responded after publication.',
      },
    ],
  },
  {
    slug: 'cairo-payments-licence',
    type: 'news',
    section: 'technology',
    language: 'en',
    title: 'Cairo payments startup wins licence to offer digital wallets',
    dek: 'Cash and agent networks still dominate Egyptian payments. A three-year-old company now has approval to hold customer balances directly.',
    dateline: 'CAIRO',
    authors: ['daniel-okafor'],
    tags: ['startups', 'currency', 'egypt'],
    access: 'public',
    hoursAgo: 115,
    image: img(
      'network-cairo-payments-licence',
      'Abstract illustration of glowing nodes joined by thin lines on a dark blue background.',
      'An abstract view of a payments network. Digital wallets in Egypt are growing from a small base.',
      'LEDGER/Farah Qasem - LL20558',
    ),
    body: `Qanatir Pay, a Cairo company that processes payments for small merchants, has received a licence from Egypt's central bank to offer digital wallets, allowing it to hold customer balances directly rather than through a partner bank.

The company, founded three years ago, processes card and mobile payments for about 45,000 shops, pharmacies and clinics, mostly outside central Cairo. Its chief executive, Karim Sobhy, said the licence would let it offer merchants instant settlement and a way to pay suppliers from the same account.

"For a pharmacy in Minya, waiting three days for card payments to arrive is the difference between restocking and turning customers away," Mr Sobhy said.

Cash still accounts for the large majority of retail transactions in Egypt, and most digital payments pass through networks of agents where customers pay bills or top up phones with banknotes. The central bank has said it wants to expand the use of electronic payments and has issued a series of licences to non-bank companies over the past two years.

Qanatir Pay said it would launch its wallet in the autumn, starting with merchants already on its network.`,
  },
  {
    slug: 'red-sea-ports-race',
    type: 'analysis',
    section: 'economy',
    language: 'en',
    title: 'The quiet race among Red Sea ports for the next generation of transshipment',
    dek: 'Jeddah, Aqaba, Ain Sokhna and a string of new terminals are competing for cargo that changes ships mid-route. The winners will be decided by hinterland links as much as by cranes.',
    dateline: 'JEDDAH',
    authors: ['hannah-voss'],
    tags: ['shipping', 'trade', 'red-sea', 'saudi-arabia', 'egypt'],
    access: 'registered',
    hoursAgo: 124,
    image: img(
      'port-red-sea-ports-race',
      'Illustration of container cranes and stacked boxes on a quay, with a laden ship passing on the horizon.',
      'A container terminal on the Red Sea coast. Several ports in the basin have added capacity in the past five years.',
      'SANDLINE IMAGES/Idris Benali - SLI-5240',
    ),
    body: `Transshipment, the business of moving containers from one ship to another mid-journey, is one of the least visible parts of global trade and one of the most fiercely contested. A port that becomes a transshipment hub earns fees on cargo that never touches its country's economy, and gains the kind of frequent, direct services that make it cheaper for local importers and exporters to trade.

Along the Red Sea, at least five ports are now competing for that role, according to port operators, shipping lines and consultants interviewed by the Ledger. Each has spent heavily on deep berths and large cranes. Capacity, for now, is not the constraint.

<!-- paywall -->

## Cranes are not enough

Carriers choose transshipment hubs on a handful of criteria: how far the port lies from their main route, how quickly it turns ships around, how reliable it is, and what it charges. On the first criterion, geography is fixed. On the others, the Red Sea ports are converging, which means that small differences in productivity and price can swing large volumes.

> "Every port on this coast can show you a new crane. Ask them instead how many hours a ship waits for a berth in August." - a network planner at a European container line

## The hinterland argument

Increasingly, ports are competing not just on the quay but on what lies behind it. A hub that is also the gateway to a large inland market can offer carriers both transshipment and local cargo on the same call, which makes the call more profitable. Ports with rail links to inland dry ports, or with free zones where goods can be processed and re-exported, have an edge.

That is why investment along the coast has increasingly gone into rail lines, inland logistics zones and customs reforms, rather than into quays. Saudi Arabia's inland customs zones and Jordan's push to move Iraq-bound cargo through Aqaba are both part of this pattern.

## Reliability as a product

Shipping lines plan their networks months ahead and value predictability above almost everything else. A port that is cheap but occasionally congested loses out to one that is slightly more expensive but never is. Several terminals in the basin now publish berth productivity data monthly, a practice that was rare a decade ago.

## What comes next

Most of those interviewed expected consolidation: two or three ports will emerge as the main hubs, with the rest serving primarily their local markets. Which ones will depend on decisions being made now, in rail ministries and customs authorities as much as at the terminals themselves.

For smaller ports, including Aqaba, the strategy is to avoid the head-to-head contest altogether and instead become the best-connected gateway to a specific inland market. That is a narrower ambition, but one that may prove more durable if the transshipment race turns into a price war.`,
  },
  {
    slug: 'lebanon-summer-bookings',
    type: 'news',
    section: 'society-culture',
    language: 'en',
    title: 'Lebanese hotels report strong early summer bookings, driven by diaspora visitors',
    dek: 'Occupancy forecasts for July and August are the highest in five years, though operators say bookings are being made later and for shorter stays.',
    dateline: 'BEIRUT',
    authors: ['mira-khoury'],
    tags: ['tourism', 'lebanon'],
    access: 'public',
    hoursAgo: 133,
    image: img(
      'skyline-lebanon-summer-bookings',
      'Illustration of a coastal city skyline at sunset with warm light behind the buildings.',
      'Hotels along the Beirut seafront. Most summer visitors are Lebanese living abroad.',
      'CEDAR WIRE/Rasha Kanaan - CW-31055',
    ),
    body: `Hotels in Lebanon expect occupancy in July and August to reach its highest level in five years, according to a survey of members by the country's hotel owners' association, driven largely by Lebanese living abroad who return for the summer.

Hotels in Beirut reported advance bookings of about 70 percent for the peak weeks, while mountain resorts in Mount Lebanon and the north reported slightly lower figures. Guesthouses in smaller towns said demand for stays of a week or more had grown fastest.

"Our guests are mostly families who left in the past ten years," said Rita Abi Nader, who runs a 22-room guesthouse in Batroun. "They want their children to spend a summer here, and they book when they can get flights."

Operators said bookings were being made later than before the economic crisis, often within three weeks of arrival, and that average stays had shortened. Airlines serving Beirut have added seasonal flights from Europe and the Gulf.

Spending by summer visitors is one of the largest sources of foreign currency for the Lebanese economy. The tourism ministry has not published an official forecast for the season.`,
  },
  {
    slug: 'basra-date-palm-replanting',
    type: 'news',
    section: 'energy-climate',
    language: 'en',
    title: 'Basra farmers replant date palms with salt-tolerant varieties as river water turns brackish',
    dek: 'An agricultural cooperative has distributed 60,000 saplings of hardier varieties along the Shatt al-Arab, where seawater now pushes further upstream each summer.',
    dateline: 'BASRA',
    authors: ['youssef-tamer'],
    tags: ['agriculture', 'water', 'climate', 'iraq'],
    access: 'public',
    hoursAgo: 142,
    image: img(
      'river-basra-date-palm-replanting',
      'Illustration of date palms along a riverbank at dusk, reflected in the water, with a small boat.',
      'Palm groves on the Shatt al-Arab. Farmers say salinity has killed or stunted many older trees.',
      'TIGRIS FRAME/Haider Jabbar - TF-4512',
    ),
    body: `Farmers along the Shatt al-Arab south of Basra have begun replanting groves with date palm varieties that tolerate saltier water, as lower river flows allow seawater from the Gulf to push further upstream each summer.

An agricultural cooperative in Abu al-Khasib has distributed about 60,000 saplings to its members over the past year, its director, Hamid Jassim, said. The saplings come from a nursery run with the provincial agriculture directorate, which selected varieties from older groves that survived recent salty summers.

"The old trees are dying from the roots up," Mr Jassim said. "We cannot bring back the river of our grandfathers, so we are choosing trees that can live with the river we have."

Salinity in the waterway peaks in late summer, when flows from upstream are lowest. Farmers said that in recent years the water at their pumps had at times been too salty to irrigate with at all, forcing them to leave fields dry for weeks.

Agronomists caution that salt-tolerant palms grow more slowly and produce less fruit than the varieties they replace, at least for the first decade. The cooperative is also testing drip irrigation on some plots to reduce the amount of water, and salt, each tree receives.`,
  },
  {
    slug: 'briefing-erbil-baghdad-transfers',
    type: 'memo',
    section: 'politics',
    language: 'en',
    title: 'Briefing: the Erbil-Baghdad budget transfer dispute, explained',
    dek: 'Public salaries in the Kurdistan Region depend on monthly transfers from the federal budget. Why they keep arriving late, and what a new agreement would need.',
    dateline: 'ERBIL',
    authors: ['youssef-tamer'],
    tags: ['iraq', 'labour', 'diplomacy'],
    access: 'registered',
    hoursAgo: 150,
    image: img(
      'contours-briefing-erbil-baghdad-transfers',
      'Abstract map illustration with wavy contour lines, a coastline and small circles linked by a dashed line.',
      'A schematic map of northern Iraq. Salary transfers between Baghdad and Erbil have been delayed several times this year.',
      'TIGRIS FRAME/Haider Jabbar - TF-4530',
    ),
    body: `Public employees in Iraq's Kurdistan Region have again received their salaries weeks late, after a delay in the monthly transfer from the federal ministry of finance in Baghdad. The dispute behind the delays has recurred, in different forms, for more than a decade.

## Bottom line

The disagreement is less about the size of the transfer than about the conditions attached to it: how much of the region's own revenue it must hand over to Baghdad, and how that revenue is verified. Until both sides accept a common set of numbers, delays will recur.

<!-- paywall -->

## Key points

- **What is transferred:** a monthly sum from the federal budget to cover public salaries in the region, which employs a large share of its workforce.
- **The condition:** the federal budget law requires the region to transfer part of its non-oil revenue, such as customs and fees, to the federal treasury.
- **The dispute:** Baghdad says reported revenue is understated; Erbil says the federal audit is slow and its own figures are accurate.
- **The effect:** salaries arrive late, local spending slows, and shops and landlords extend informal credit.

## What a deal would need

- A joint audit mechanism with fixed deadlines, so that verification does not become a reason for delay.
- Direct payment of salaries from the federal treasury to employees' bank accounts, an approach already piloted for some ministries.
- Agreement on how to treat revenue from border crossings, which accounts for most of the disputed sums.

## What to watch

- The federal finance committee's next session on the budget schedule.
- Progress on the bank-account salary scheme, which would make transfers harder to delay and easier to track.`,
  },
  {
    slug: 'iraq-gas-flaring-contracts',
    type: 'analysis',
    section: 'energy-climate',
    language: 'en',
    title: 'Iraq burns the gas it needs. Fixing that is a contracts problem, not an engineering one',
    dek: 'Southern oilfields flare enough associated gas to run several large power plants, while the grid imports fuel to keep the lights on. The obstacles to capturing it are mostly on paper.',
    dateline: 'BASRA',
    authors: ['youssef-tamer', 'karim-aziz'],
    tags: ['energy', 'climate', 'iraq', 'iran', 'tariq-al-nuaimi'],
    access: 'public',
    hoursAgo: 178,
    image: img(
      'dunes-iraq-gas-flaring-contracts',
      'Illustration of flat desert ridges in warm tones beneath a hazy orange sky and a low sun.',
      'Flat desert near the oilfields west of Basra, where associated gas is burned off at the wellhead.',
      'TIGRIS FRAME/Haider Jabbar - TF-4555',
    ),
    body: `Drive west from Basra at night and the horizon glows. The light comes from flares at the oilfields, where gas that rises alongside crude oil is burned off because there is no infrastructure to capture, process and transport it.

At the same time, Iraq's power stations run short of fuel every summer. The country imports gas and electricity from its neighbours, including Iran, and burns crude and heavy fuel oil in plants designed for gas. The paradox is well known in Baghdad. What is less discussed is why it has proved so hard to resolve.

## Not a technology problem

The equipment needed to capture associated gas is mature and widely used. Compressors, processing plants and pipelines of the kind required are built around the world. Engineers who have worked on Iraqi projects told the Ledger that the technical challenges, while real, are not unusual.

The obstacles, they said, lie in who pays for the equipment, who owns the gas once it is captured, and how much the buyer, usually the electricity ministry, will pay for it and when.

## Three parties, three incentives

Oil companies operating under Iraqi service contracts are paid a fee per barrel of oil produced. Capturing gas costs money and earns them little unless their contract specifically rewards it. The oil ministry owns the resource but relies on those companies to invest. The electricity ministry needs the gas but has a history of paying late for the fuel and power it buys.

> "Everyone agrees the flares should stop. The problem is that each party can name the other two as the reason they have not." - a former adviser to the oil ministry

## Where progress has come

Where projects have succeeded, it has usually been because one entity was given responsibility for the whole chain, from wellhead to power plant, with a guaranteed price and payment. Tariq al-Nuaimi, deputy minister of electricity for transmission, said the ministry now favoured such integrated arrangements. "We would rather pay a fair, fixed price for gas that arrives than a low price for gas that never does," he said.

## What the grid gains

Every unit of gas captured in the south can displace imported fuel or liquid fuel burned in gas turbines, which is both more expensive and more polluting. It also reduces Iraq's exposure to supply disruptions across its borders, which have caused some of the worst summer outages in recent years.

## The climate dimension

Flaring also releases large volumes of carbon dioxide and, when flares burn inefficiently, methane. International lenders increasingly tie financing for Iraqi energy projects to reductions in flaring, which gives the government an additional reason to act, and additional sources of capital if it does.

## What to watch

The test will be the next round of contracts for southern fields. If they assign clear responsibility for gas capture, with prices and payment guarantees written in, the flares may finally begin to dim. If they repeat the ambiguities of earlier contracts, the horizon west of Basra is likely to keep glowing for years.`,
  },
  {
    slug: 'gulf-rail-freight-deal',
    type: 'news',
    section: 'economy',
    language: 'en',
    title: 'Gulf Corridor Logistics signs rail freight deal linking Saudi dry port and Jordan',
    dek: 'Scheduled container trains and trucks would carry goods from the Gulf coast to Amman in under four days, about half the current sea and road time.',
    dateline: 'RIYADH',
    authors: ['hannah-voss'],
    tags: ['trade', 'saudi-arabia', 'jordan', 'gulf-corridor-logistics'],
    access: 'public',
    hoursAgo: 196,
    image: img(
      'dunes-gulf-rail-freight-deal',
      'Illustration of rolling desert dunes in pastel bands under a soft morning sky.',
      'Desert along the route the freight corridor will follow between the Gulf coast and the Jordanian border.',
      'SANDLINE IMAGES/Idris Benali - SLI-5262',
    ),
    body: `Gulf Corridor Logistics, a privately held rail and road freight company, has signed agreements with partners in Saudi Arabia and Jordan to run scheduled container services from ports on the Gulf coast to Amman, the company said.

Containers will travel by rail from the coast to an inland logistics zone near Riyadh, then by truck to a new freight terminal near the Jordanian border and on to Amman. The company says the full journey will take under four days, compared with seven to nine days for cargo shipped by sea around the Arabian Peninsula to Aqaba and then trucked north.

"The fastest route between the Gulf and the Levant has always been overland," said Omar Zein, the company's chief executive. "What was missing was a single operator willing to sell it as one product, with one price and one tracking number."

The first weekly service is scheduled to start in the autumn, with capacity for about 200 containers a week in each direction. The company plans to add a second weekly departure next year if demand holds.

Freight forwarders in Amman said the service could attract time-sensitive cargo such as electronics, pharmaceuticals and fresh food, but questioned whether its prices would be competitive for bulk goods. Border clearance times will be critical, they said.`,
  },
  {
    slug: 'briefing-gulf-rail-timeline',
    type: 'memo',
    section: 'economy',
    language: 'en',
    title: 'Briefing: the Gulf-to-Levant land corridor, step by step',
    dek: 'Rail, roads and customs reforms are converging on a route that could carry a meaningful share of the region\'s trade. Here is where each piece stands.',
    dateline: 'ISTANBUL',
    authors: ['hannah-voss'],
    tags: ['trade', 'gulf', 'gulf-corridor-logistics', 'saudi-arabia'],
    access: 'public',
    hoursAgo: 206,
    image: img(
      'contours-briefing-gulf-rail-timeline',
      'Abstract map illustration with concentric hills, a shaded sea and a dashed line linking small circles.',
      'A schematic of the overland route from Gulf ports to the Levant.',
      'ORIENT LENS/Selin Arat - OL-77481',
    ),
    body: `Overland freight between the Gulf and the eastern Mediterranean has long been a patchwork of trucking firms, border posts and paperwork. A series of investments and agreements is trying to turn it into a scheduled corridor.

## Bottom line

The pieces are falling into place at different speeds. Rail in Saudi Arabia is furthest ahead; border procedures are furthest behind. The corridor will only be as fast as its slowest crossing.

## Key points

- **Rail:** container trains already run from the Gulf coast to the Riyadh area. Extensions further north are at the planning stage.
- **Dry ports:** a new inland customs zone near Riyadh has licensed its first logistics firms.
- **Operators:** Gulf Corridor Logistics plans a weekly door-to-door service to Amman from the autumn.
- **Borders:** pilots for sealed, pre-cleared containers are planned, but not yet running at scale.
- **Competition:** the sea route via the Red Sea to Aqaba remains cheaper for most bulk cargo.

## What to watch

- Average border clearance times once scheduled services begin.
- Whether shipping lines begin offering combined sea and land routes that include the corridor.
- Financing announcements for northern rail extensions.`,
  },
  {
    slug: 'gulf-startup-visas',
    type: 'analysis',
    section: 'technology',
    language: 'en',
    title: 'Gulf states are competing for founders. Visas are the easy part',
    dek: 'Fast-track residency for entrepreneurs is now standard across the Gulf. Whether founders stay depends on customers, capital and the right to fail.',
    dateline: 'DUBAI',
    authors: ['daniel-okafor'],
    tags: ['startups', 'uae', 'saudi-arabia', 'qatar', 'labour'],
    access: 'registered',
    hoursAgo: 228,
    image: img(
      'network-gulf-startup-visas',
      'Abstract illustration of a constellation of glowing points linked by fine lines over faint concentric circles.',
      'An abstract network graphic. Gulf governments are competing to attract founders and early-stage capital.',
      'LEDGER/Farah Qasem - LL20577',
    ),
    body: `Five years ago, a founder moving to the Gulf to start a company faced months of paperwork and needed a local sponsor. Today, the United Arab Emirates, Saudi Arabia and Qatar all offer some form of fast-track residency for entrepreneurs, in some cases processed online in a matter of days.

The policies have worked, at least as a first step. Incubators in Dubai, Riyadh and Doha report sharply higher numbers of foreign applicants, and the share of startups founded by non-nationals has risen across the region. But founders and investors interviewed by the Ledger said visas were now the least of their considerations.

<!-- paywall -->

## Customers first

The biggest draw, several founders said, is access to customers, particularly large government and corporate buyers. Saudi Arabia's size and public spending programmes have made it the focus for business-to-business software companies, some of which have moved their headquarters from Dubai to Riyadh to be closer to clients.

## Capital at every stage

Early-stage funding has grown rapidly, helped by government-backed funds of funds. Later-stage funding remains thinner, and founders said that raising a large growth round still often requires a trip to London, San Francisco or Singapore.

> "Getting here is easy now. Getting to your third funding round without leaving is the hard part." - a founder of a logistics software company in Riyadh

## The right to fail

Founders also pointed to less visible factors: bankruptcy laws, employment rules and what happens to a founder's residency if the company closes. Several Gulf states have reformed insolvency procedures in recent years, but founders said the practical consequences of failure remained unclear, particularly for those whose residency was tied to their company.

## Competition and cooperation

The competition between Gulf states for talent is real, but so is the traffic between them. Many founders now run teams in two or three Gulf cities, registering in one jurisdiction for investors and operating in another for customers.

## What it adds up to

The Gulf's startup policies have moved from attracting founders to keeping them. That requires reforms that are slower and less photogenic than visa programmes: courts that resolve commercial disputes quickly, clearer rules for employee share options, and public procurement open to young companies. The states that get those right are likely to keep the founders their visas attracted.`,
  },
  {
    slug: 'corridor-economy-report',
    type: 'report',
    section: 'economy',
    language: 'en',
    title: 'The corridor economy: mapping the new land routes between the Gulf and the Mediterranean',
    dek: 'Rail lines, dry ports and border reforms are redrawing how goods move across the Middle East. A Ledger investigation follows three containers and the paperwork that travels with them.',
    dateline: 'ISTANBUL',
    authors: ['hannah-voss'],
    tags: ['trade', 'shipping', 'gulf', 'turkey', 'anatolian-gateway-ports'],
    access: 'paid',
    hoursAgo: 258,
    image: img(
      'contours-corridor-economy-report',
      'Abstract cartographic illustration with contour rings, a shaded sea and a dashed route through several towns.',
      'A schematic of the land corridors under development between Gulf ports and the eastern Mediterranean.',
      'ORIENT LENS/Selin Arat - OL-77503',
    ),
    body: `For most of the past half-century, goods moving between the Gulf and the Mediterranean went by sea. Ships sailed around the Arabian Peninsula and through the Suez Canal, or containers were unloaded at Gulf ports and trucked slowly, through several borders, to their destinations.

That is starting to change. Over the past five years, governments and companies have invested in rail lines, inland dry ports and border procedures intended to create fast, scheduled land corridors across the region. Some are operating; others exist mainly on planning maps.

To understand what these corridors look like in practice, the Ledger followed three containers over two months: one carrying auto parts from a Gulf port to Amman, one carrying textiles from southern Turkey to the Gulf, and one carrying refrigerated produce from the Jordan Valley toward Iraq. We interviewed drivers, customs brokers, port operators and officials, and reviewed the documents that accompanied each shipment.

<!-- paywall -->

## Container one: the Gulf to Amman

The first container left a Gulf coast terminal by rail and reached the inland logistics zone near Riyadh in 31 hours. Customs clearance there took 19 hours. From the zone, it travelled by truck to the Jordanian border in two days.

At the border, it waited. The truck spent 41 hours at the crossing, most of it in a queue for inspection. Total transit time to Amman was just over five days, faster than the sea route but slower than the four days operators are promising for scheduled services.

"The train is fast, the road is fine, the border is the border," said the driver, who has made the journey for 12 years.

## Container two: Turkey to the Gulf

The second container was loaded with textiles at a factory near Gaziantep and trucked to the port of Iskenderun, operated by Anatolian Gateway Ports. From there, it went by sea through the Suez Canal and the Red Sea to Jeddah, then by truck across Saudi Arabia. Total time: 16 days.

A land route through Iraq would have been shorter on the map. The exporter's logistics manager said he had tried it twice in the past year and abandoned it after unpredictable delays. "On paper, land is faster. In practice, I need to tell my customer a date and keep it," he said.

Kemal Aydin, chief executive of Anatolian Gateway Ports, said that sea and land routes would coexist. "Corridors are not a replacement for ports. They are a reason for ports to be better connected," he said.

## Container three: the Jordan Valley to Iraq

The third container, refrigerated and carrying tomatoes and peppers, left a packing station in the Jordan Valley and travelled by road to the Iraqi border. At the crossing, the container was transferred to an Iraqi truck, a process known as back-to-back loading, which took six hours and required the cargo to be unloaded and reloaded by hand.

For perishable goods, such delays are costly. The exporter estimated that the transfer reduced the shelf life of his produce by a day. A pilot allowing sealed containers to cross without transfer has been discussed but never tried.

## What the three journeys show

Across all three, the same pattern emerged. Infrastructure investments, the trains, dry ports and highways, delivered the time savings they promised. The losses came at borders, where procedures, staffing and inter-agency coordination lagged behind.

The main sources of delay we recorded were:

- queues for physical inspection at land borders, even for sealed cargo;
- transfers between trucks of different countries at the border;
- documents that had to be stamped in person at offices with limited hours;
- inconsistent classification of goods between neighbouring customs authorities.

## The economics of time

For high-value or time-sensitive goods, a land corridor that reliably delivers in four or five days can be worth a significant premium. For bulk cargo, sea shipping remains cheaper. The corridors' commercial future depends on capturing the first category without needing to compete for the second.

Freight forwarders told us that reliability mattered more than speed. A corridor that takes six days every time is more useful than one that takes four days sometimes and ten days at others.

## Reform on the border

Several governments have announced reforms: electronic submission of documents, mutual recognition of inspections and sealed transit regimes. Where these have been implemented, even partially, they have cut delays sharply. The challenge is consistency, across shifts, crossings and agencies.

## The outlook

Land corridors are unlikely to displace sea routes for most trade between the Gulf and the Mediterranean. But they are creating a new option for specific goods, and a new reason for governments to cooperate on borders. The most important investments over the next five years may not be in steel and concrete, but in the procedures that determine how long a sealed container sits in a queue.`,
  },
  {
    slug: 'iskenderun-transshipment-record',
    type: 'news',
    section: 'economy',
    language: 'en',
    title: 'Anatolian Gateway Ports reports record volumes at Iskenderun',
    dek: 'Throughput at the southern Turkish terminal rose 14 percent, helped by new feeder services to the eastern Mediterranean and stronger exports from nearby factories.',
    dateline: 'ISKENDERUN',
    authors: ['hannah-voss'],
    tags: ['shipping', 'turkey', 'anatolian-gateway-ports', 'kemal-aydin'],
    access: 'public',
    hoursAgo: 275,
    image: img(
      'port-iskenderun-transshipment-record',
      'Illustration of gantry cranes and colourful container stacks at a quayside, with a ship on a teal sea.',
      'The container terminal at Iskenderun, where volumes reached a record in the first half of the year.',
      'ORIENT LENS/Selin Arat - OL-77519',
    ),
    body: `Anatolian Gateway Ports, which operates the container terminal at Iskenderun on Turkey's southern coast, said throughput in the first half of the year rose 14 percent from a year earlier to a record for the period.

The company attributed the increase to new feeder services linking Iskenderun with smaller ports in the eastern Mediterranean and to higher exports from manufacturers in the surrounding provinces, including textiles, processed food and household appliances.

"Two years ago, most of our cargo was local imports," said Kemal Aydin, the company's chief executive. "Today, a growing share is exports and cargo that is changing ships here on its way somewhere else."

The terminal completed an expansion last year that added 400 metres of quay and three cranes. Mr Aydin said the company was considering a further expansion but would wait to see whether volumes held in the second half of the year.

Shipping analysts said Iskenderun had benefited from congestion at larger ports in western Turkey, which had pushed some carriers to look for alternatives. Whether that advantage lasts will depend on rail links to inland industrial centres, which remain limited.`,
  },
  {
    slug: 'tunisia-municipal-budgets',
    type: 'analysis',
    section: 'politics',
    language: 'en',
    title: 'Tunisia\'s councils have new powers and old budgets',
    dek: 'Decentralisation reforms gave elected municipal councils responsibility for more local services. The money to deliver them has not followed.',
    dateline: 'TUNIS',
    authors: ['salma-idrissi'],
    tags: ['elections', 'tunisia', 'labour'],
    access: 'public',
    hoursAgo: 298,
    image: img(
      'skyline-tunisia-municipal-budgets',
      'Illustration of a whitewashed city silhouette with domes and a minaret against a soft pastel sky.',
      'Rooftops in Tunis. Municipal councils across the country have struggled to fund expanded responsibilities.',
      'SANDLINE IMAGES/Idris Benali - SLI-5281',
    ),
    body: `When Tunisia rewrote the rules for local government, the promise was that decisions about streets, markets and rubbish collection would be made closer to the people affected by them. Elected municipal councils were given new responsibilities and a mandate to involve residents in setting priorities.

Several years on, councillors and municipal staff across the country describe a gap between what they are supposed to do and what they can afford. Most municipalities depend on transfers from the central government for the bulk of their budgets, and those transfers have not kept pace with their new duties.

## Where the money comes from

Municipal revenue in Tunisia comes from three main sources: local taxes on property and businesses, fees for services such as markets and permits, and transfers from the state. Local taxes are widely underpaid; councils in several towns told the Ledger that less than half of property tax owed was collected in a typical year.

Transfers from the state, meanwhile, are distributed by formula but often arrive late. Councils must pay staff salaries first, leaving little for maintenance or investment.

## What councils have tried

Some municipalities have improved collection by digitising their tax records and offering payment by mobile phone. A coastal town near Monastir increased property tax receipts by a third in two years after sending residents itemised bills explaining how the money was spent.

> "When people can see the new streetlights, they pay. When they cannot, they ask why they should." - a municipal finance officer in the Sahel region

Others have pooled resources with neighbouring municipalities to share equipment and contracts for waste collection, reducing costs.

## The participation question

The reforms also required councils to consult residents on investment priorities. Where this has happened, officials said, it has helped build trust and improved tax collection. But participation has declined in many places as residents saw little change from one year to the next.

## What would help

Municipal officials and analysts point to a short list of changes: predictable transfer schedules, powers to adjust local fees, and technical support for smaller municipalities that lack finance staff. None requires new legislation, but all require the central government to give up some control over spending.

Local elections are due in the coming years. Whether candidates can promise more than their predecessors delivered depends largely on decisions made in Tunis.`,
  },
  {
    slug: 'briefing-summer-heat-outlook',
    type: 'memo',
    section: 'energy-climate',
    language: 'en',
    title: 'Briefing: the summer heat outlook and what it means for power grids',
    dek: 'Seasonal forecasts point to a hotter than average summer across Iraq and the Gulf. Grids will be tested most in the evening peak.',
    dateline: 'DOHA',
    authors: ['karim-aziz'],
    tags: ['climate', 'energy', 'gulf', 'iraq'],
    access: 'public',
    hoursAgo: 330,
    image: img(
      'dunes-briefing-summer-heat-outlook',
      'Illustration of desert ridges fading into haze beneath a bright, pale sun.',
      'Heat haze over desert in the Gulf. Seasonal models suggest a hotter than average summer.',
      'SANDLINE IMAGES/Idris Benali - SLI-5299',
    ),
    body: `Seasonal forecasts from several regional and international centres agree that this summer is likely to be hotter than the long-term average across Iraq, Kuwait, eastern Saudi Arabia and the lower Gulf.

## Bottom line

Gulf grids with ample gas-fired capacity will cope, at a cost in fuel. Iraq's grid, already short of supply, faces the greatest risk of extended outages, particularly in July and August evenings.

## Key points

- **Forecast:** most models project temperatures one to two degrees above the average for June to August.
- **Peak timing:** electricity demand now peaks in the early evening, after solar output fades but while buildings are still hot.
- **Iraq:** supply shortfalls of 25 to 35 percent are likely in the hottest weeks unless imports and new units come online.
- **Gulf:** reserve margins are adequate, but fuel burned for cooling reduces volumes available for export.
- **Health:** outdoor work bans at midday are already in force in several Gulf states; enforcement varies.

## What to watch

- Late delivery of imported gas to Iraqi plants, a recurring cause of outages.
- New battery storage projects, which can shift midday solar output into the evening peak.
- Public announcements of reduced working hours for government offices.`,
  },
  {
    slug: 'jordan-water-arithmetic',
    type: 'analysis',
    section: 'energy-climate',
    language: 'en',
    title: 'Jordan\'s water arithmetic: desalination, tariffs and the limits of conservation',
    dek: 'A flagship desalination project will add more water than any scheme in a generation. Officials and engineers agree it will not be enough on its own.',
    dateline: 'AMMAN',
    authors: ['layla-mansour'],
    tags: ['water', 'jordan', 'rania-saadeh', 'levant-water-observatory'],
    access: 'paid',
    hoursAgo: 376,
    image: img(
      'solar-jordan-water-arithmetic',
      'Illustration of a solar array in evenly spaced rows beneath soft hills and a hazy sky.',
      'A solar plant in southern Jordan. Desalination is energy-intensive, and planners hope to power it partly with solar.',
      'LEDGER/Nour Haddad - LL20590',
    ),
    body: `Jordan is one of the most water-scarce countries on earth. Renewable water resources per person have fallen to a fraction of the level generally considered the threshold of absolute scarcity, as the population has grown and rainfall has become less reliable.

The government's answer is a large desalination plant on the Red Sea coast near Aqaba and a pipeline to carry the water more than 400 kilometres north to Amman. When complete, it will be the largest single addition to Jordan's water supply in a generation. But officials, engineers and independent researchers agree that it will not solve the problem on its own.

<!-- paywall -->

## The size of the gap

According to the Levant Water Observatory, Jordan's total water demand exceeds renewable supply by a wide margin, with the difference made up by pumping groundwater faster than it is replenished. Aquifers in several basins are falling by more than a metre a year.

The desalination project is designed to supply a large share of Amman's drinking water. But population growth and rising temperatures mean demand will keep growing, and agriculture, which uses more than half of the country's water, will not be supplied by desalinated water, which is too expensive for most crops.

## Energy is the hidden cost

Desalination uses large amounts of electricity, and pumping water uphill from the Red Sea to Amman, which sits about 1,000 metres above sea level, uses even more. Planners hope to supply much of that energy from solar plants, which would keep costs down and reduce emissions. But the pumps must run around the clock, and solar output does not.

> "Every cubic metre we desalinate and pump to Amman is, in effect, a kilowatt-hour problem. Water policy and energy policy are now the same policy." - a senior engineer at the water authority

## Tariffs and losses

Rania Saadeh, the minister of water and irrigation, has argued that the new supply must be matched by reforms to tariffs and by reductions in network losses, which are estimated at around 45 percent of water pumped in some areas. The government is pushing a tiered tariff through parliament and has launched programmes to replace old pipes and meters.

"If we add new water to a network that loses almost half of it, we are paying to desalinate water that leaks into the ground," Ms Saadeh told the Ledger.

## The limits of conservation

Jordanian households already use far less water than the global average, and many have adapted to intermittent supply with storage tanks and careful use. Engineers said further savings from households would be modest. The larger gains lie in agriculture, through more efficient irrigation and a shift to less thirsty crops, and in reducing losses.

## Regional dimension

Jordan has explored water and energy exchanges with neighbours, including arrangements in which it would supply solar power in exchange for water. Such proposals have been politically sensitive and slow to advance. For now, the government is focused on what it can do within its own borders.

## The outlook

Desalination will give Jordan a margin of safety that it has not had in decades. How long that margin lasts depends on whether tariffs, network repairs and agricultural reforms keep pace. The arithmetic is unforgiving: every cubic metre saved is a cubic metre that does not need to be desalinated, pumped and paid for.`,
  },
  {
    slug: 'mosul-housing-finance-report',
    type: 'report',
    section: 'cities',
    language: 'en',
    title: 'Rebuilding home: how families in Mosul are financing reconstruction',
    dek: 'Compensation payments, remittances and informal loans are paying for most of the repairs in the city\'s old districts. A Ledger report on the money behind the rebuilding.',
    dateline: 'MOSUL',
    authors: ['youssef-tamer'],
    tags: ['reconstruction', 'iraq', 'labour'],
    access: 'registered',
    hoursAgo: 418,
    image: img(
      'skyline-mosul-housing-finance-report',
      'Illustration of an old city silhouette with domes, towers and a minaret under a warm dusk sky.',
      'Rooftops in Mosul\'s old city, where many homes have been rebuilt by the families who own them.',
      'TIGRIS FRAME/Haider Jabbar - TF-4577',
    ),
    body: `Walk through the old districts on the west bank of the Tigris in Mosul and the sound of construction is constant: the scrape of trowels, the hum of cement mixers, the clatter of scaffolding. Much of the rebuilding is being carried out not by large contractors but by families, house by house.

Over three months, the Ledger interviewed more than 40 households, contractors, officials and lenders in Mosul to understand how that rebuilding is being paid for. The answer, in most cases, is a combination of sources stitched together over years.

<!-- paywall -->

## Compensation: slow but significant

Iraq has a national compensation programme for property damaged during the conflict years. Families who qualify can receive payments to help rebuild. But the process is slow: many of those we interviewed had waited years for their claims to be assessed and paid, and some were still waiting.

Officials in the provincial compensation committee said the backlog was being reduced, but acknowledged that funding depended on annual budget allocations that varied from year to year.

## Remittances and family networks

For many households, money from relatives working elsewhere in Iraq or abroad has been the most reliable source of funding. Several families described pooling contributions from siblings to rebuild a single family home, with each contributor receiving a room or a floor.

"My brother in Erbil paid for the roof. My cousin in Germany paid for the windows," said Ahmed, a schoolteacher who has been rebuilding his family home for four years. "The walls were paid for by my salary, a little every month."

## Informal credit

Formal mortgage lending is rare in Mosul. Banks are cautious about lending against properties whose ownership documents may have been lost or disputed. Instead, families borrow from relatives, from shopkeepers who supply building materials on credit, and from savings groups in which members contribute monthly and take turns receiving the pot.

## The cost of materials

Construction costs have risen as demand for materials has grown. Contractors said the price of cement, steel and bricks had increased significantly over the past three years. Some families have reused stone and timber salvaged from their damaged homes, both to save money and to preserve the character of the old city.

## Heritage and regulation

Rebuilding in the old city is subject to heritage rules intended to preserve its traditional architecture. Some families said the rules added costs, such as requirements to use particular materials or designs. Others welcomed them as a way to keep the neighbourhood recognisable.

## Who is left behind

The families we interviewed who had made the least progress shared common features: no relatives working elsewhere, no regular salary, and unresolved property documents. For these households, rebuilding depends almost entirely on compensation payments that have not yet arrived.

The main obstacles households described were:

- delays in compensation claims, often lasting several years;
- missing or disputed ownership documents, which block both compensation and bank loans;
- rising prices for building materials;
- a shortage of skilled craftsmen familiar with traditional construction.

## What could help

Lenders and officials suggested several measures: a fast-track process for restoring property documents, small reconstruction loans guaranteed by the state or donors, and training programmes for young builders in traditional techniques. Some of these are being piloted, but on a small scale.

## A city rebuilt by its residents

Mosul's recovery is often described in terms of large projects: bridges, mosques, hospitals. Those matter. But the texture of the city, its homes and streets, is being rebuilt one household at a time, financed by family networks and patience. How fast that process continues depends on whether the households left behind can find the support they need.`,
  },
  {
    slug: 'turkey-exporters-lira',
    type: 'analysis',
    section: 'economy',
    language: 'en',
    title: 'Turkish exporters adjust to a steadier lira, and tighter margins',
    dek: 'Years of a falling currency kept Turkish goods cheap abroad. Now that the lira has stabilised, manufacturers are learning to compete on something other than price.',
    dateline: 'IZMIR',
    authors: ['hannah-voss'],
    tags: ['currency', 'trade', 'turkey', 'labour'],
    access: 'public',
    hoursAgo: 452,
    image: img(
      'port-turkey-exporters-lira',
      'Illustration of a busy quay with cranes and container stacks, a cargo ship and a low evening sun over the sea.',
      'The container port at Izmir, a key outlet for manufacturers in western Turkey.',
      'ORIENT LENS/Selin Arat - OL-77540',
    ),
    body: `For much of the past decade, Turkish exporters benefited from a currency that kept falling. A weaker lira made Turkish textiles, furniture and machinery cheaper for foreign buyers, and manufacturers in cities like Izmir, Bursa and Gaziantep grew on the back of it.

That era appears to be ending, at least for now. Tighter monetary policy has slowed the lira's decline, while domestic inflation has continued to push up wages and other costs. The result, exporters told the Ledger, is a squeeze on margins that is forcing them to rethink how they compete.

## The squeeze

When the lira was falling faster than inflation, exporters' costs in lira rose more slowly than their revenues in euros and dollars. Now the relationship has reversed. Wages, in particular, have risen sharply after several rounds of minimum wage increases.

"My costs are in lira and rising every month. My prices are in euros and my customers will not accept increases," said the owner of a textile factory near Izmir that employs 300 people. "The difference comes out of my margin."

## Moving up the value chain

Some manufacturers are responding by shifting to higher-value products: technical textiles instead of basic garments, customised machinery instead of standard components. Others are investing in automation to reduce labour costs.

> "The cheap lira was a painkiller. It let us avoid the hard decisions about productivity. Now we have to make them." - an executive at an industrial machinery exporter in Bursa

## Nearshoring as an opportunity

European buyers looking to shorten supply chains have increasingly turned to Turkey as an alternative to Asian suppliers. Turkish exporters can deliver to European markets in days rather than weeks, and that advantage does not depend on the currency.

Exporters said that speed, flexibility and quality were becoming more important selling points than price, particularly in fashion and automotive parts.

## Who is struggling

Smaller firms with thin margins and little capacity to invest are finding the adjustment hardest. Industry associations report rising numbers of small manufacturers closing or being acquired by larger competitors.

## The outlook

If the lira remains stable and inflation falls, exporters' cost pressures should ease over time. But many in the industry see the current period as a turning point. Companies that use it to invest in productivity and higher-value products may emerge stronger. Those that wait for the currency to weaken again may find that it does not.`,
  },
  {
    slug: 'beirut-galleries-patchwork',
    type: 'analysis',
    section: 'society-culture',
    language: 'en',
    title: 'Beirut\'s galleries are surviving on a patchwork economy',
    dek: 'Collectors abroad, shared spaces, online sales and a few foundations are keeping the city\'s art scene alive. Its future depends on whether artists stay.',
    dateline: 'BEIRUT',
    authors: ['mira-khoury'],
    tags: ['culture', 'lebanon', 'labour'],
    access: 'public',
    hoursAgo: 515,
    image: img(
      'skyline-beirut-galleries-patchwork',
      'Illustration of a layered city skyline at dusk, buildings in deep violet against a rose and amber sky.',
      'Evening over the Gemmayzeh and Mar Mikhael districts, home to many of Beirut\'s galleries.',
      'CEDAR WIRE/Rasha Kanaan - CW-31088',
    ),
    body: `For decades, Beirut was the art capital of the Arab world: a city of galleries, collectors and artists drawn from across the region. The economic crisis that began several years ago hit that world hard. Collectors lost savings in frozen bank accounts, galleries lost their buyers, and many artists left.

Yet the galleries have not disappeared. Visits to more than a dozen spaces across the city, and interviews with gallerists, artists and collectors, reveal an art scene that has adapted by stitching together a new, more precarious economy.

## Selling abroad

The most important change is where the buyers are. Gallerists said the majority of their sales now went to collectors outside Lebanon, many of them in the diaspora. Art fairs in the Gulf and Europe have become essential, and online viewing rooms, once an afterthought, now account for a significant share of sales.

"We used to sell to families who lived ten minutes away," said the founder of a gallery in Gemmayzeh. "Now I sell to the children of those families, who live in Dubai, Paris and Montreal."

## Sharing space

Several galleries have moved into shared spaces to cut costs, or have closed their permanent premises and now organise exhibitions in temporary locations. Artist-run spaces have multiplied, operating on minimal budgets and relying on volunteer labour.

> "We are not a market any more. We are a community that sometimes manages to sell something." - an artist who runs a shared studio in Karantina

## Foundations and grants

A handful of private foundations and international cultural programmes have become crucial sources of support, funding residencies, production costs and exhibitions. Gallerists said these grants had kept many artists working, but worried about dependence on sources that could disappear.

## The talent question

The most serious concern is whether artists will stay. Many of the city's younger artists have moved abroad, some temporarily, some for good. Those who remain said the city still offered things they could not find elsewhere: affordable studios, a dense network of peers, and subjects that demanded attention.

## What comes next

Beirut's art scene has survived crises before, and its patchwork economy has proved more resilient than many expected. But resilience is not the same as growth. Without a recovery in the domestic economy, gallerists said, the city risks becoming a place where art is made but not bought, and where the people who make it are always considering leaving.`,
  },
  {
    slug: 'agritech-valley-delta-report',
    type: 'report',
    section: 'technology',
    language: 'en',
    title: 'Farming with less: the technology reshaping agriculture from the Jordan Valley to the Nile Delta',
    dek: 'Soil sensors, drip controllers and satellite advice delivered by text message are spreading among small farms. A Ledger report on what works, what does not, and who pays.',
    dateline: 'DEIR ALLA',
    authors: ['daniel-okafor', 'salma-idrissi'],
    tags: ['agriculture', 'startups', 'water', 'jordan', 'egypt'],
    access: 'public',
    hoursAgo: 560,
    image: img(
      'fields-agritech-valley-delta-report',
      'Illustration of green and ochre crop rows stretching to a tree-lined horizon with a small farmhouse.',
      'Irrigated fields in the Jordan Valley, where farmers are testing sensor-based irrigation.',
      'LEDGER/Farah Qasem - LL20611',
    ),
    body: `On a farm of four hectares near Deir Alla, in the Jordan Valley, a small grey box attached to a pipe decides when the tomatoes get watered. It reads data from sensors buried in the soil, checks a weather forecast and opens the valves only when the plants need it.

The farmer, who has grown vegetables here for 30 years, says he was sceptical. "My father watered by looking at the sky. I watered by looking at the calendar. Now a box tells me what to do," he said. "But last summer I used a quarter less water and my yield was the same."

Across the Levant and North Africa, a wave of agricultural technology, much of it built by local startups, is reaching small and medium-sized farms. Over four months, the Ledger visited farms, startups and agricultural extension offices in Jordan and Egypt to understand which tools are being adopted, what difference they make and who pays for them.

## The problem being solved

Agriculture uses the majority of fresh water in both Jordan and Egypt, and much of it is applied inefficiently. Flood irrigation, still common in parts of the Nile Delta, loses large amounts of water to evaporation and runoff. Even drip irrigation, widespread in the Jordan Valley, is often run on fixed schedules rather than according to what plants need.

At the same time, farmers face rising costs for fertiliser, energy and labour, and increasingly erratic weather.

## What is being adopted

The tools gaining traction fall into a few categories:

- soil moisture sensors linked to irrigation controllers, which water only when needed;
- advice services that send farmers text messages based on satellite imagery and weather data;
- marketplaces connecting farmers directly with buyers, cutting out some intermediaries;
- solar-powered pumps, which reduce diesel costs for farms far from the grid.

Of these, solar pumps and text message advice have spread fastest, largely because they are cheap or free to the farmer. Sensor-based irrigation is growing more slowly, limited by upfront costs.

## The startups

Several young companies in Amman and Cairo are building these tools. One Cairo startup provides irrigation advice by text message to more than 50,000 farmers in the Delta, funded by a combination of fees paid by input suppliers and grants. An Amman company sells irrigation controllers on a subscription basis, with the monthly fee set below the typical saving in water and energy costs.

Founders described the same challenge: farmers are willing to try new tools, but reluctant to pay upfront, and many lack access to credit.

## What the evidence shows

Independent evaluations of these tools are still limited. A small number of studies by universities and development agencies have found water savings of 15 to 35 percent from sensor-based irrigation, with yields maintained or slightly improved. Evidence for text message advice is more mixed, with effects varying widely by crop and region.

## Who pays

The question of who pays is central. Farmers operate on thin margins and are reluctant to invest in unproven technology. Governments and donors have subsidised some pilots, but scaling up requires business models that work without subsidies.

Some startups are experimenting with paying for themselves through the savings they generate: a share of the reduction in water or electricity bills. Others are partnering with buyers, such as exporters and supermarkets, who want more consistent quality and are willing to co-finance technology for their suppliers.

## Water pricing matters

The economics of water-saving technology depend heavily on what farmers pay for water. Where water is cheap or free, the incentive to save it is weak. In the Jordan Valley, where farmers pay per cubic metre, the case is stronger than in parts of the Delta, where water is allocated by rotation and not priced by volume.

## Limits

Technology cannot create water that is not there. In both countries, the long-term challenge is allocating a shrinking supply between cities, industry and agriculture. Efficient irrigation can stretch supplies, but if savings are used to expand irrigated area, total water use may not fall.

## The outlook

Agricultural technology is spreading steadily across the region, driven by local startups, rising costs and the growing urgency of water scarcity. For small farmers, the tools that succeed will be those that pay for themselves quickly, are simple to use and are backed by people they trust. For governments, the challenge is to ensure that water saved on the farm stays saved.`,
  },
  {
    slug: 'briefing-startup-funding-quarter',
    type: 'memo',
    section: 'technology',
    language: 'en',
    title: 'Briefing: regional startup funding in the last quarter',
    dek: 'Total venture funding fell slightly, but early-stage deals rose. Saudi Arabia overtook the UAE by value for a second quarter.',
    dateline: 'DUBAI',
    authors: ['daniel-okafor'],
    tags: ['startups', 'uae', 'saudi-arabia', 'egypt'],
    access: 'paid',
    hoursAgo: 610,
    image: img(
      'network-briefing-startup-funding-quarter',
      'Abstract illustration of a glowing network of nodes and links over a faint diagonal grid.',
      'An abstract network graphic representing venture investment flows across the region.',
      'LEDGER/Farah Qasem - LL20629',
    ),
    body: `Venture funding for startups in the Middle East and North Africa fell slightly in the last quarter compared with the previous three months, according to a Ledger tally of announced deals, but the number of early-stage rounds rose to its highest level in a year.

## Bottom line

The regional market is shifting toward more, smaller deals. Large growth rounds remain rare and are concentrated in a handful of sectors. Saudi Arabia's lead by value reflects both government-backed funds and a steady flow of companies relocating there.

<!-- paywall -->

## Key points

- **Total:** announced funding fell by around 8 percent quarter on quarter.
- **Deals:** the number of seed and Series A rounds rose by about a fifth.
- **Countries:** Saudi Arabia led by value, followed by the UAE and Egypt.
- **Sectors:** financial technology remained the largest sector; logistics and climate technology grew fastest.
- **Exits:** two acquisitions were announced, both by regional buyers; there were no public listings.

## What to watch

- Whether the rise in early-stage deals feeds into more Series B rounds over the next year.
- Listings on regional stock exchanges, which several later-stage companies have said they are considering.
- The effect of interest rates on fund-raising by regional venture firms.

## Method

Our tally counts rounds announced publicly during the quarter, including undisclosed amounts where a reliable range was available. It excludes debt financing and government grants. The full dataset is available to subscribers on [our data page](https://example.org/ledger/data/startup-funding).`,
  },
  {
    slug: 'eastern-med-tourism-recovery-report',
    type: 'report',
    section: 'society-culture',
    language: 'en',
    title: 'After the season: how tourism is recovering, unevenly, across the eastern Mediterranean',
    dek: 'Visitor numbers in Jordan, Egypt, Lebanon and Turkey have diverged sharply. A Ledger report on who is coming back, what they spend and who benefits.',
    dateline: 'BEIRUT',
    authors: ['mira-khoury'],
    tags: ['tourism', 'lebanon', 'jordan', 'egypt', 'turkey'],
    access: 'public',
    hoursAgo: 742,
    image: img(
      'dunes-eastern-med-tourism-recovery-report',
      'Illustration of sculpted sand dunes in warm terracotta layers under a glowing evening sky.',
      'Desert landscape in southern Jordan, one of the region\'s fastest-recovering destinations.',
      'LEDGER/Nour Haddad - LL20645',
    ),
    body: `Tourism has always been one of the eastern Mediterranean's great assets: ancient sites, coastlines, deserts and cities that draw visitors from around the world. It has also been one of the most vulnerable, exposed to every shock that affects the region's reputation or travellers' budgets.

Over the past two years, tourism across the region has been recovering, but unevenly. Over six weeks, the Ledger visited hotels, tour operators, guesthouses and officials in four countries to understand the shape of that recovery.

## Four different stories

Turkey has set new records for visitor numbers, helped by competitive prices, extensive flight connections and a large hotel sector. Egypt has recovered strongly, with beach resorts on the Red Sea leading the way. Jordan has seen steady growth, particularly in adventure and cultural tourism. Lebanon's recovery has depended almost entirely on its diaspora.

## Who is coming

The profile of visitors has shifted. European tourists remain important for Turkey and Egypt, while visitors from the Gulf have become a larger share of arrivals across the region. Lebanon and, to a lesser extent, Jordan rely heavily on visits from people with family ties to the country.

Tour operators reported strong demand for shorter trips combining several experiences, such as a few days in a city followed by a desert or beach stay, and for experiences involving local food, crafts and hiking.

## What they spend

Spending per visitor varies widely. Operators in Jordan said visitors on organised tours spent heavily on guides, entry fees and hotels. In Lebanon, diaspora visitors often stay with family but spend significantly on restaurants, shopping and services.

In Egypt and Turkey, large all-inclusive resorts capture much of visitor spending, limiting its reach into local economies. Guesthouse owners and small operators said they were seeking ways to attract visitors beyond the resorts.

## Who benefits

The distribution of tourism income was a recurring theme in our interviews. In places where tourism is concentrated in a few sites, local communities often capture little of the value. Initiatives to spread benefits include community-run guesthouses, local guide programmes and craft cooperatives.

The initiatives that operators and officials most often pointed to as successful were:

- community guesthouses in rural Jordan that share income among several families;
- hiking trails in Lebanon that route visitors through villages and family-run restaurants;
- craft cooperatives in Upper Egypt that sell directly to visitors and online;
- regional food festivals in southern Turkey that extend the tourist season.

## Climate pressures

Rising summer temperatures are changing the seasonal pattern of tourism. Operators in Jordan and Egypt said demand in the hottest months was shifting toward coastal areas and toward the spring and autumn shoulder seasons. Some are adapting schedules, starting tours at dawn or offering evening visits to sites.

## Fragility

The recovery remains fragile. Operators described how quickly bookings could fall in response to news from the region, even when events were far from their destinations. Several said they had learned to keep costs low and avoid taking on debt.

## The outlook

Tourism is likely to remain a vital source of income, jobs and foreign currency across the eastern Mediterranean. The challenge is to make it more resilient and more widely shared, so that the next downturn does not fall hardest on the small businesses and communities that have the least room to absorb it.`,
  },
  {
    slug: 'about',
    type: 'page',
    section: 'society-culture',
    language: 'en',
    title: 'About The Levant Ledger',
    dek: 'An independent newsroom covering the Middle East in English and Arabic.',
    authors: ['ledger-editors'],
    tags: [],
    access: 'public',
    hoursAgo: 890,
    body: `The Levant Ledger (in Arabic, دفتر المشرق) is an independent newsroom that covers the Middle East and North Africa in English and Arabic. We publish news around the clock, long-form analysis, short briefings for readers who need the essentials fast, and in-depth reports that take months to produce.

## What we cover

We focus on the forces that shape daily life across the region: energy and water, trade and ports, currencies and public budgets, cities and reconstruction, technology, culture and the work of local government. We report from Amman, Beirut, Baghdad, Erbil, Cairo, Tunis, Istanbul, Doha, Riyadh and Dubai, and work with trusted contributors elsewhere.

## How we work

- We verify before we publish, and we say what we do not know.
- We name our sources wherever we can, and explain why when we cannot.
- We separate news from analysis, and label each clearly.
- We correct our mistakes openly. Read our [corrections policy](/corrections-policy).

## Independence

The Ledger is funded by reader subscriptions, memberships and grants from foundations that have no say over our coverage. We do not accept funding from governments or political parties. Our annual accounts are published on [our transparency page](https://example.org/ledger/transparency).

## Contact

Tips, questions and complaints are welcome at editors@example.org. If you need to contact us securely, see our [guide to sending information safely](https://example.org/ledger/secure).

*The Levant Ledger is a fictional publication created to demonstrate the Dateline publishing platform. All people, organisations and events described on this site are invented.*`,
  },
  {
    slug: 'corrections-policy',
    type: 'page',
    section: 'society-culture',
    language: 'en',
    title: 'Corrections policy',
    dek: 'How we correct errors, update stories and handle complaints.',
    authors: ['ledger-editors'],
    tags: [],
    access: 'public',
    hoursAgo: 885,
    body: `We work hard to get things right, and when we get them wrong we say so, clearly and promptly.

## Corrections

When we publish a factual error, we correct it in the text and add a note at the end of the article that explains what was wrong and what we changed. We do not silently edit published stories to remove errors. Corrections appear with the date and time they were made.

## Updates

News develops. When we add significant new information to a story after publication, such as final results, a response from someone we wrote about or new figures, we add an update note explaining what changed. Minor edits for style, spelling or clarity are not noted.

## Clarifications

Where a story was accurate but could have been misunderstood, we may add a clarification that explains the point more fully.

## Removing articles

We do not remove published articles except in rare cases, such as a legal requirement or a serious risk to someone's safety. When we do, we say so on the page where the article appeared.

## How to request a correction

Write to corrections@example.org with the address of the article and a description of the error. A senior editor who was not involved in the original story reviews every request, and we aim to respond within two working days.

## Arabic and English editions

Articles that appear in both languages are corrected in both. If an error exists only in a translation, the correction note says so.`,
  },
];
