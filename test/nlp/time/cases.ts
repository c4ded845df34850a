/**
 * The time stage's test table. Every sentence is written by us (the facts may be real). Each
 * case gives the publication date, the text, and every timex the stage must produce — no more,
 * no fewer — with its value (and type or mod where the case is about them). `expect: []` is a
 * negative case: the text holds nothing a TimeML annotator would tag.
 */
export interface Expected {
  readonly text: string;
  readonly value: string;
  readonly type?: 'date' | 'time' | 'duration' | 'set';
  readonly mod?: string;
}
export interface Case {
  readonly name: string;
  readonly published: string | null;
  readonly text: string;
  readonly expect: readonly Expected[];
}

const D = '2025-12-02'; // a Tuesday

export const CASES: readonly Case[] = [
  // Deictic expressions count from the publication date.
  { name: 'last week', published: D, text: 'The envoys met in Geneva last week.', expect: [{ text: 'last week', value: '2025-W48' }] },
  { name: 'yesterday', published: D, text: 'The delegation landed in Florida yesterday.', expect: [{ text: 'yesterday', value: '2025-12-01' }] },
  { name: 'tomorrow', published: D, text: 'The two teams will meet again tomorrow.', expect: [{ text: 'tomorrow', value: '2025-12-03' }] },
  { name: 'today', published: D, text: 'The Kremlin confirmed the visit today.', expect: [{ text: 'today', value: '2025-12-02' }] },
  { name: 'tonight', published: D, text: 'A statement is expected tonight.', expect: [{ text: 'tonight', value: '2025-12-02TNI', type: 'time' }] },
  { name: 'this morning', published: D, text: 'The minister resigned this morning.', expect: [{ text: 'this morning', value: '2025-12-02TMO', type: 'time' }] },
  { name: 'N months ago', published: D, text: 'Ten months ago the front line barely moved.', expect: [{ text: 'Ten months ago', value: '2025-02' }] },
  { name: 'N years ago', published: D, text: 'The agreement was signed three years ago.', expect: [{ text: 'three years ago', value: '2022' }] },
  { name: 'N weeks ago', published: D, text: 'Two weeks ago the draft was leaked.', expect: [{ text: 'Two weeks ago', value: '2025-W47' }] },
  { name: 'next February', published: D, text: 'The truce would then last until next February.', expect: [{ text: 'next February', value: '2026-02' }] },
  { name: 'last April', published: D, text: 'The first round took place last April.', expect: [{ text: 'last April', value: '2025-04' }] },
  { name: 'next week', published: D, text: 'A new round is planned for next week.', expect: [{ text: 'next week', value: '2025-W50' }] },
  { name: 'last month', published: D, text: 'Prices fell sharply last month.', expect: [{ text: 'last month', value: '2025-11' }] },
  { name: 'next year', published: D, text: 'Elections could be held next year.', expect: [{ text: 'next year', value: '2026' }] },
  { name: 'earlier this year', published: D, text: 'The ministry was reorganised earlier this year.', expect: [{ text: 'earlier this year', value: '2025', mod: 'START' }] },
  { name: 'this weekend, past', published: D, text: 'He led the delegation this weekend in Florida.', expect: [{ text: 'this weekend', value: '2025-W48-WE' }] },
  { name: 'this summer', published: '2025-04-10', text: 'The parliament will vote on it this summer.', expect: [{ text: 'this summer', value: '2025-SU' }] },
  { name: 'last fall in winter', published: '2026-02-10', text: 'The offensive stalled last fall.', expect: [{ text: 'last fall', value: '2025-FA' }] },
  { name: 'the end of the year', published: D, text: 'A deal could come before the end of the year.', expect: [{ text: 'the end of the year', value: '2025', mod: 'END' }] },

  // Weekdays: the most recent one in a past sentence, the coming one in a future sentence.
  { name: 'weekday past', published: D, text: 'Rubio said on Friday that progress had been made.', expect: [{ text: 'Friday', value: '2025-11-28' }] },
  { name: 'weekday same day', published: D, text: 'The adviser arrived in Moscow on Tuesday.', expect: [{ text: 'Tuesday', value: '2025-12-02' }] },
  { name: 'weekday future', published: D, text: 'The envoy will fly to Berlin on Thursday.', expect: [{ text: 'Thursday', value: '2025-12-04' }] },
  {
    name: 'a plan told in a reported future does not move the story', published: D,
    text: 'The minister resigned on Friday, and the president said he would name a successor the following day. Four days earlier the minister had been in Geneva.',
    expect: [{ text: 'Friday', value: '2025-11-28' }, { text: 'the following day', value: '2025-11-29' }, { text: 'Four days earlier', value: '2025-11-24' }],
  },
  { name: 'a verb after "and" belongs to the next clause', published: '2025-12-01', text: 'Macron had spoken to Zelensky on Saturday and would host him in Paris on Wednesday.', expect: [{ text: 'Saturday', value: '2025-11-29' }, { text: 'Wednesday', value: '2025-12-03' }] },
  { name: 'the deadline of a plan lies ahead', published: '2025-10-30', text: 'The sale, which had been announced, is part of the fund\'s programme to repay most of a bridge loan by February.', expect: [{ text: 'February', value: '2026-02' }] },
  { name: 'an extension runs to a date ahead', published: '2026-02-03', text: 'Parliament voted on Tuesday to extend martial law for another 90 days, until May 9.', expect: [{ text: 'Tuesday', value: '2026-02-03' }, { text: 'another 90 days', value: 'P90D', type: 'duration' }, { text: 'May 9', value: '2026-05-09' }] },
  { name: 'a deadline under a modal lies ahead', published: '2025-12-11', text: 'The envoy insisted that a deal could be signed "by the end of June at the latest".', expect: [{ text: 'the end of June', value: '2026-06', mod: 'END' }] },
  { name: 'a month after a past participle in a past sentence is gone', published: '2026-02-02', text: 'The energy truce agreed in March lasted only a month. A new one is expected in March.', expect: [{ text: 'March', value: '2025-03' }, { text: 'a month', value: 'P1M', type: 'duration' }, { text: 'March', value: '2026-03' }] },
  { name: 'the deadline of an expectation lies ahead', published: '2025-11-21', text: 'Trump told reporters he expected a reply by Thursday.', expect: [{ text: 'Thursday', value: '2025-11-27' }] },
  { name: 'the day before a date is that date moved back', published: D, text: 'Negotiators arrived the day before November 30 to prepare the venue.', expect: [{ text: 'the day before November 30', value: '2025-11-29' }] },
  { name: "the day after a weekday's event is the next day", published: D, text: "The day after Monday's vote, the speaker resigned.", expect: [{ text: 'The day after Monday', value: '2025-12-02' }] },
  { name: 'the day before, then a clause', published: D, text: 'Zelensky answered on Tuesday. Trump had told a newspaper the day before that Kyiv was stalling.', expect: [{ text: 'Tuesday', value: '2025-12-02' }, { text: 'the day before', value: '2025-12-01' }] },
  { name: 'a deferral names a day ahead', published: D, text: 'The mediators postponed the next session until Friday.', expect: [{ text: 'Friday', value: '2025-12-05' }] },
  { name: 'a deferral names a day ahead (to)', published: D, text: 'The vote was delayed to Thursday after a dispute.', expect: [{ text: 'Thursday', value: '2025-12-04' }] },
  { name: 'a service planned for a day and cancelled lies behind', published: D, text: 'A rally planned in the capital for Saturday was cancelled.', expect: [{ text: 'Saturday', value: '2025-11-29' }] },
  { name: 'next weekday', published: D, text: 'They meet again next Tuesday.', expect: [{ text: 'next Tuesday', value: '2025-12-09' }] },
  { name: 'last weekday', published: D, text: 'The talks collapsed last Wednesday.', expect: [{ text: 'last Wednesday', value: '2025-11-26' }] },
  { name: 'weekday part of day', published: D, text: 'The call took place on Friday morning.', expect: [{ text: 'Friday morning', value: '2025-11-28TMO', type: 'time' }] },
  { name: 'weekday with date', published: D, text: 'The paper ran an editorial on Saturday, November 29.', expect: [{ text: 'Saturday, November 29', value: '2025-11-29' }] },

  // Year-less dates take the year that fits the tense and the publication date.
  { name: 'month-day past', published: D, text: 'Kyiv said on February 12 that it had rejected the plan.', expect: [{ text: 'February 12', value: '2025-02-12' }] },
  { name: 'month-day recent', published: D, text: 'The plan was presented on November 20.', expect: [{ text: 'November 20', value: '2025-11-20' }] },
  { name: 'month-day future', published: D, text: 'The leaders will meet on January 15.', expect: [{ text: 'January 15', value: '2026-01-15' }] },
  { name: 'month-day ordinal', published: D, text: 'The memorandum was drafted on November 17th.', expect: [{ text: 'November 17th', value: '2025-11-17' }] },
  { name: 'abbreviated month', published: '1998-11-10', text: 'The offer expires Dec. 15, the company said.', expect: [{ text: 'Dec. 15', value: '1998-12-15' }] },
  { name: 'bare month past', published: D, text: 'The summit was held in February.', expect: [{ text: 'February', value: '2025-02' }] },
  { name: 'the end of June, future', published: D, text: 'The parties will sign the text by the end of June.', expect: [{ text: 'the end of June', value: '2026-06', mod: 'END' }] },
  { name: 'deadline with must', published: D, text: 'Both sides must agree by the end of June at the latest.', expect: [{ text: 'the end of June', value: '2026-06', mod: 'END' }] },
  { name: 'month with this year', published: D, text: 'The envoy first visited in July this year.', expect: [{ text: 'July this year', value: '2025-07' }] },

  // Anaphoric expressions count from the narrative time.
  {
    name: 'N days earlier', published: D,
    text: 'The team flew to Miami on November 28. Four days earlier, the envoy had met Yermak in Geneva.',
    expect: [{ text: 'November 28', value: '2025-11-28' }, { text: 'Four days earlier', value: '2025-11-24' }],
  },
  {
    name: 'the following day', published: D,
    text: 'Talks opened on November 30. The following day, December 1st, Zelensky went to Paris.',
    expect: [{ text: 'November 30', value: '2025-11-30' }, { text: 'The following day', value: '2025-12-01' }, { text: 'December 1st', value: '2025-12-01' }],
  },
  {
    name: 'N days later', published: '2025-12-10',
    text: 'Witkoff saw Putin on December 2. Five days later he was back in Florida.',
    expect: [{ text: 'December 2', value: '2025-12-02' }, { text: 'Five days later', value: '2025-12-07' }],
  },
  {
    name: 'since does not move the story', published: D,
    text: 'The draft leaked on November 20. Fighting has raged since February 24, 2022. Two days later Moscow responded.',
    expect: [{ text: 'November 20', value: '2025-11-20' }, { text: 'February 24, 2022', value: '2022-02-24' }, { text: 'Two days later', value: '2025-11-22' }],
  },
  {
    name: 'a quotation does not move the story', published: D,
    text: 'The draft leaked on November 20. “We first talked on March 3,” an aide said. The next day Kyiv answered.',
    expect: [{ text: 'November 20', value: '2025-11-20' }, { text: 'March 3', value: '2025-03-03' }, { text: 'The next day', value: '2025-11-21' }],
  },
  {
    name: 'that evening', published: D,
    text: 'Putin spoke in Bishkek on November 27. That evening the Kremlin published a transcript.',
    expect: [{ text: 'November 27', value: '2025-11-27' }, { text: 'That evening', value: '2025-11-27TEV', type: 'time' }],
  },
  {
    name: 'the previous weekday', published: '2025-11-03',
    text: 'Markets closed lower on Friday, October 31, down 2% from the previous Friday.',
    expect: [{ text: 'Friday, October 31', value: '2025-10-31' }, { text: 'the previous Friday', value: '2025-10-24' }],
  },

  // Precision: never a day the text does not give.
  { name: 'bare year', published: D, text: 'The strategy dates from 2002.', expect: [{ text: '2002', value: '2002' }] },
  { name: 'month and year', published: D, text: 'Contacts began in May 2025.', expect: [{ text: 'May 2025', value: '2025-05' }] },
  { name: 'mid-year', published: D, text: 'Reconstruction should be finished by mid-2027.', expect: [{ text: 'mid-2027', value: '2027', mod: 'MID' }] },
  { name: 'full date', published: D, text: 'The decree was signed on March 1, 2025.', expect: [{ text: 'March 1, 2025', value: '2025-03-01' }] },
  { name: 'day month year', published: D, text: 'The report is dated 23 November 2025.', expect: [{ text: '23 November 2025', value: '2025-11-23' }] },
  { name: 'ISO date', published: D, text: 'The file was last changed on 2025-11-23.', expect: [{ text: '2025-11-23', value: '2025-11-23' }] },
  { name: 'US numeric date', published: D, text: 'The order is dated 11/23/2025.', expect: [{ text: '11/23/2025', value: '2025-11-23' }] },
  { name: 'early month', published: D, text: 'A second meeting is pencilled in for early December.', expect: [{ text: 'early December', value: '2025-12', mod: 'START' }] },
  { name: 'late month', published: D, text: 'The convoy left in late November.', expect: [{ text: 'late November', value: '2025-11', mod: 'END' }] },
  { name: 'decade', published: D, text: 'The pipeline was planned in the 1990s.', expect: [{ text: '1990s', value: '199' }] },
  { name: 'late decade', published: D, text: 'Such raids were common in the late 1970s.', expect: [{ text: 'the late 1970s', value: '197', mod: 'END' }] },
  { name: 'the year ended: a year long', published: '1989-11-02', text: 'The chain lost $6 million in the year ended June 30.', expect: [{ text: 'the year', value: 'P1Y', type: 'duration' }, { text: 'June 30', value: '1989-06-30' }] },
  { name: 'for the year ending: a year long', published: '1989-11-02', text: 'The mill expects a profit for the year ending next March.', expect: [{ text: 'the year', value: 'P1Y', type: 'duration' }, { text: 'next March', value: '1990-03' }] },
  { name: 'payable: the coming date', published: '1989-10-30', text: 'The dividend is payable Jan. 5 to holders of record.', expect: [{ text: 'Jan. 5', value: '1990-01-05' }] },
  { name: 'effective: the coming date', published: '1989-10-30', text: 'The brewer named a new chief executive, effective Feb. 1.', expect: [{ text: 'Feb. 1', value: '1990-02-01' }] },
  { name: 'a planned visit is past', published: '2025-11-17', text: 'On Friday, when the minister cut short a hastily planned tour, the ministry lifted the curfew.', expect: [{ text: 'Friday', value: '2025-11-14' }] },
  { name: 'a trailing "he said" does not make a plan past', published: '2025-11-17', text: 'The convoy will leave on Thursday, the governor said.', expect: [{ text: 'Thursday', value: '2025-11-20' }] },
  { name: 'a leading "said" still dates the report', published: '2025-11-17', text: 'The governor said Thursday that the convoy had left.', expect: [{ text: 'Thursday', value: '2025-11-13' }] },
  { name: 'the latest quarter: the fiscal quarter the story reports', published: '1989-11-02', text: 'The miller closed its fiscal fourth quarter in September. Margins widened in the latest quarter.', expect: [{ text: 'fiscal fourth quarter', value: '1989-Q4' }, { text: 'September', value: '1989-09' }, { text: 'the latest quarter', value: '1989-Q4' }] },
  { name: 'a half in the smaller unit: years', published: D, text: 'The ceasefire held for 3 1/2 years.', expect: [{ text: '3 1/2 years', value: 'P3Y6M', type: 'duration' }] },
  { name: 'a half in the smaller unit: hours', published: D, text: 'The envoys talked for four and a half hours.', expect: [{ text: 'four and a half hours', value: 'PT4H30M', type: 'duration' }] },
  { name: 'a half in the smaller unit: an hour and a half', published: D, text: 'The statement lasted an hour and a half.', expect: [{ text: 'an hour and a half', value: 'PT1H30M', type: 'duration' }] },
  { name: 'the comparable period last year', published: '1989-11-02', text: 'The brewer earned $9 million in the third quarter, against $7 million in the comparable period last year.', expect: [{ text: 'the third quarter', value: '1989-Q3' }, { text: 'the comparable period last year', value: '1988-Q3' }] },
  { name: "last year's quarter", published: '1989-11-02', text: "The brewer earned $9 million in the third quarter. Exports in last year's quarter had been small.", expect: [{ text: 'the third quarter', value: '1989-Q3' }, { text: "last year's quarter", value: '1988-Q3' }] },
  { name: 'the quarter a year earlier', published: '1989-11-02', text: 'The brewer earned $9 million in the third quarter. During the quarter a year earlier, it lost money.', expect: [{ text: 'the third quarter', value: '1989-Q3' }, { text: 'the quarter a year earlier', value: '1988-Q3' }] },
  { name: 'the past year: the year before', published: D, text: 'Exports doubled over the past year.', expect: [{ text: 'the past year', value: '2024', type: 'date' }] },
  { name: 'the past N years: a length', published: D, text: 'Exports doubled during the past two years.', expect: [{ text: 'the past two years', value: 'P2Y', type: 'duration' }] },
  { name: 'month before a spoken year', published: D, text: 'The plant closed in March nineteen ninety-eight.', expect: [{ text: 'March nineteen ninety-eight', value: '1998-03' }] },
  { name: 'season of a spoken year', published: D, text: 'Prices last fell this low in the summer of nineteen eighty-six.', expect: [{ text: 'the summer of nineteen eighty-six', value: '1986-SU' }] },
  { name: 'each July: a month of every year', published: D, text: 'The fishermen sail north each July.', expect: [{ text: 'each July', value: 'XXXX-07', type: 'set' }] },
  { name: 'the week of a date', published: D, text: 'The hearing will take place the week of January 12.', expect: [{ text: 'the week of January 12', value: '2026-W03' }] },
  { name: 'part of the day before yesterday', published: D, text: 'By mid-afternoon yesterday the shares had recovered.', expect: [{ text: 'mid-afternoon yesterday', value: '2025-12-01TAF', type: 'time' }] },
  { name: 'next year after an event is still next year', published: D, text: 'A referendum will follow next year after the census.', expect: [{ text: 'next year', value: '2026' }] },
  { name: 'fiscal year', published: '1989-11-02', text: 'Sales rose 8% in fiscal 1989.', expect: [{ text: 'fiscal 1989', value: '1989' }] },
  { name: 'spoken year', published: '1998-02-27', text: 'The bombing happened in nineteen ninety-six.', expect: [{ text: 'nineteen ninety-six', value: '1996' }] },
  { name: 'century', published: D, text: 'It was the bloodiest war of the 20th century.', expect: [{ text: 'the 20th century', value: '19' }] },
  { name: 'season with year', published: D, text: 'The dam was rebuilt in the summer of 2024.', expect: [{ text: 'the summer of 2024', value: '2024-SU' }] },
  { name: 'holiday', published: D, text: 'Aides had hoped for a deal before Thanksgiving.', expect: [{ text: 'Thanksgiving', value: '2025-11-27' }] },

  // Clock times take the narrative day, or the day named with them.
  {
    name: 'times on the narrative day', published: D,
    text: 'On November 28 the search began at 6:00 a.m. and ended at 1:00 p.m.',
    expect: [{ text: 'November 28', value: '2025-11-28' }, { text: '6:00 a.m.', value: '2025-11-28T06:00', type: 'time' }, { text: '1:00 p.m', value: '2025-11-28T13:00', type: 'time' }],
  },
  { name: 'time with weekday', published: D, text: 'The dockers\' strike ended at noon Thursday.', expect: [{ text: 'noon Thursday', value: '2025-11-27T12:00', type: 'time' }] },
  { name: 'time with date', published: D, text: 'The tender stayed open until 6 p.m. EST Nov. 28.', expect: [{ text: '6 p.m. EST Nov. 28', value: '2025-11-28T18:00', type: 'time' }] },

  // Quarters: financial news.
  { name: 'ordinal quarter', published: '1989-10-26', text: 'Profit rose 12% in the third quarter.', expect: [{ text: 'the third quarter', value: '1989-Q3' }] },
  { name: 'adjectival quarter', published: '1989-10-26', text: 'The bank posted a third-quarter loss.', expect: [{ text: 'third-quarter', value: '1989-Q3' }] },
  {
    name: 'a year earlier keeps the quarter', published: '1989-10-26',
    text: 'The grocer earned $4.6 million in the third quarter, up from $3.9 million a year earlier.',
    expect: [{ text: 'the third quarter', value: '1989-Q3' }, { text: 'a year earlier', value: '1988-Q3' }],
  },
  {
    name: 'the quarter is the last one named', published: '1989-10-26',
    text: 'Revenue grew in the second quarter. During the quarter, the firm sold two plants.',
    expect: [{ text: 'the second quarter', value: '1989-Q2' }, { text: 'the quarter', value: '1989-Q2' }],
  },
  { name: 'quarter ended', published: '1989-11-02', text: 'Margins in the quarter ended June 30 narrowed.', expect: [{ text: 'the quarter', value: '1989-Q2' }, { text: 'June 30', value: '1989-06-30' }] },
  { name: 'first half', published: D, text: 'Exports fell in the first half of 2025.', expect: [{ text: 'the first half of 2025', value: '2025-H1' }] },

  // Ranges and lists.
  { name: 'two days of one month', published: D, text: 'The talks were held on November 23 and 24.', expect: [{ text: 'November 23 and 24', value: '2025-11-23/2025-11-24' }] },
  { name: 'day range before month', published: D, text: 'The forum took place on 23–24 November.', expect: [{ text: '23–24 November', value: '2025-11-23/2025-11-24' }] },
  {
    name: 'from X to Y on a day', published: D, text: 'The talks ran from 9 a.m. to 5 p.m. on November 30.',
    expect: [{ text: '9 a.m.', value: '2025-11-30T09:00', type: 'time' }, { text: '5 p.m. on November 30', value: '2025-11-30T17:00', type: 'time' }],
  },
  {
    name: 'a bound still anchors years', published: D, text: 'He has ruled the region since 2014. Three years later he resigned.',
    expect: [{ text: '2014', value: '2014' }, { text: 'Three years later', value: '2017' }],
  },
  {
    name: 'between X and Y', published: D, text: 'Shelling was reported between March 3 and March 5.',
    expect: [{ text: 'March 3', value: '2025-03-03' }, { text: 'March 5', value: '2025-03-05' }],
  },

  // Durations.
  { name: 'word-number duration', published: D, text: 'A ceasefire for thirty days was proposed.', expect: [{ text: 'thirty days', value: 'P30D', type: 'duration' }] },
  { name: 'duration range', published: D, text: 'The ban would last five to ten years.', expect: [{ text: 'five to ten years', value: 'P5Y', type: 'duration' }] },
  { name: 'hours', published: D, text: 'The envoys talked for 72 hours.', expect: [{ text: '72 hours', value: 'PT72H', type: 'duration' }] },
  { name: 'the past N months', published: D, text: 'Exports doubled over the past three months.', expect: [{ text: 'the past three months', value: 'P3M', type: 'duration' }] },
  { name: 'a couple of years', published: D, text: 'It may take a couple of years to rebuild.', expect: [{ text: 'a couple of years', value: 'P2Y', type: 'duration', mod: 'APPROX' }] },
  { name: 'more than a month', published: D, text: 'The siege lasted more than a month.', expect: [{ text: 'more than a month', value: 'P1M', type: 'duration', mod: 'MORE_THAN' }] },
  { name: 'the article before an adjectival duration is the noun\'s', published: D, text: 'The adviser called the five-hour meeting useful.', expect: [{ text: 'five-hour', value: 'PT5H', type: 'duration' }] },
  { name: 'adjectival duration', published: D, text: 'Both sides accepted a two-year truce.', expect: [{ text: 'two-year', value: 'P2Y', type: 'duration' }] },
  { name: 'unspecified duration', published: D, text: 'The two clans have feuded for years.', expect: [{ text: 'years', value: 'PXY', type: 'duration' }] },
  { name: 'compound number', published: D, text: 'The vote took twenty-four hours to count.', expect: [{ text: 'twenty-four hours', value: 'PT24H', type: 'duration' }] },

  // Sets.
  { name: 'every N months', published: D, text: 'The panel reports every three months.', expect: [{ text: 'every three months', value: 'P3M', type: 'set' }] },
  { name: 'daily', published: D, text: 'The ministry updates the figures daily.', expect: [{ text: 'daily', value: 'P1D', type: 'set' }] },
  { name: 'twice a week', published: D, text: 'The negotiators speak twice a week.', expect: [{ text: 'twice a week', value: 'P1W', type: 'set' }] },
  { name: 'every weekday', published: D, text: 'The council sits every Friday.', expect: [{ text: 'every Friday', value: 'XXXX-WXX-5', type: 'set' }] },

  // Vague references, where TimeML tags them.
  { name: 'now', published: D, text: 'The front is now quieter.', expect: [{ text: 'now', value: 'PRESENT_REF' }] },
  { name: 'recently', published: D, text: 'The adviser recently visited Kyiv.', expect: [{ text: 'recently', value: 'PAST_REF' }] },
  { name: 'the near future', published: D, text: 'No deal is likely in the near future.', expect: [{ text: 'the near future', value: 'FUTURE_REF' }] },
  { name: 'currently', published: D, text: 'He is currently abroad.', expect: [{ text: 'currently', value: 'PRESENT_REF' }] },

  // Tense markers for year-less dates and weekdays.
  { name: "the publication day's own weekday is today, even in a future sentence", published: '2025-11-21', text: 'The foreign minister will speak on Friday in Vienna.', expect: [{ text: 'Friday', value: '2025-11-21' }] },
  { name: 'next + the publication weekday is a week ahead', published: '2025-11-21', text: 'The foreign minister speaks again next Friday.', expect: [{ text: 'next Friday', value: '2025-11-28' }] },
  { name: 'a participle after "be" takes the auxiliary\'s tense', published: '2025-03-04', text: 'A new mediator will be named for a round in December.', expect: [{ text: 'December', value: '2025-12' }] },
  { name: 'a participle after "was" is still past', published: '2025-03-04', text: 'The mediator was named in December.', expect: [{ text: 'December', value: '2024-12' }] },
  { name: 'planned to looks ahead', published: '2025-09-30', text: 'The mission planned to fly out of Kampala on Thursday.', expect: [{ text: 'Thursday', value: '2025-10-02' }] },
  { name: 'reported would looks ahead', published: '2025-04-05', text: 'His lawyer said the envoy would be flying to Oslo Thursday.', expect: [{ text: 'Thursday', value: '2025-04-10' }] },
  { name: 'would have looks back', published: '2025-04-05', text: 'The envoy would have flown to Oslo on Thursday.', expect: [{ text: 'Thursday', value: '2025-04-03' }] },
  { name: 'an irregular past verb', published: '2025-02-06', text: 'The record high the index rose to on Aug. 6 still stands.', expect: [{ text: 'Aug. 6', value: '2024-08-06' }] },
  { name: 'since: a date behind', published: '2025-05-06', text: 'Police have been looking for him since the Oct. 23 ambush.', expect: [{ text: 'Oct. 23', value: '2024-10-23' }] },
  { name: 'a deadline just passed in a future sentence', published: '2025-01-15', text: 'Exiles say they will fight the order to send the boy back by Jan. 14.', expect: [{ text: 'Jan. 14', value: '2025-01-14' }] },
  { name: 'a day well before in a future sentence is next year', published: '2025-11-15', text: 'The summit will open on Feb. 3.', expect: [{ text: 'Feb. 3', value: '2026-02-03' }] },

  // Story quarters, bounds and fractions.
  {
    name: 'a forecast quarter does not become the story\'s quarter', published: '1989-10-26',
    text: 'Profit rose in the third quarter. Its owner expects a recovery by the third quarter of 1991. In the year-ago period, it lost money.',
    expect: [{ text: 'the third quarter', value: '1989-Q3' }, { text: 'the third quarter of 1991', value: '1991-Q3' }, { text: 'the year-ago period', value: '1988-Q3' }],
  },
  {
    name: 'a quarter reported in the past is the story\'s quarter', published: '1989-11-02',
    text: 'The miller reported lower fourth-quarter earnings. It earned $85 million a year earlier.',
    expect: [{ text: 'fourth-quarter', value: '1989-Q4' }, { text: 'a year earlier', value: '1988-Q4' }],
  },
  {
    name: 'a bound day moves the narrative past an older year', published: '1989-10-26',
    text: 'The group was founded in 1985. It earned C$20 million in the six months ended July 29, against C$18 million a year earlier.',
    expect: [{ text: '1985', value: '1985' }, { text: 'the six months', value: 'P6M' }, { text: 'July 29', value: '1989-07-29' }, { text: 'a year earlier', value: '1988' }],
  },
  { name: 'last + month + day: the day date', published: '1999-04-19', text: 'The judge was attacked last Oct. 23 outside his office.', expect: [{ text: 'Oct. 23', value: '1998-10-23' }] },
  { name: 'NEG month before an amount stays a month', published: D, text: 'By late November 5 percent of the stock had changed hands.', expect: [{ text: 'late November', value: '2025-11', mod: 'END' }] },
  { name: 'an approximate half', published: D, text: 'The pipeline is almost three and a half years late.', expect: [{ text: 'almost three and a half years', value: 'P3Y6M', type: 'duration', mod: 'APPROX' }] },

  // Parts of the story's day, clock words, vague futures, holidays.
  {
    name: 'a part of the narrative day', published: '2025-11-30',
    text: 'Trading resumed on November 28. Buyers were active in the morning and sold by mid-afternoon.',
    expect: [{ text: 'November 28', value: '2025-11-28' }, { text: 'the morning', value: '2025-11-28TMO', type: 'time' }, { text: 'mid-afternoon', value: '2025-11-28TAF', type: 'time' }],
  },
  {
    name: 'a clock time takes the day its event was given', published: D,
    text: 'Drones struck the fuel depot near Tuapse on November 27. On November 29 the regional governor toured the area. The depot was struck at 10 p.m., firefighters said.',
    expect: [{ text: 'November 27', value: '2025-11-27' }, { text: 'November 29', value: '2025-11-29' }, { text: '10 p.m.', value: '2025-11-27T22:00', type: 'time' }],
  },
  {
    name: 'a verb of saying ties no clock time to an earlier day', published: D,
    text: 'The envoy said on November 27 that a text was ready. On November 29 the delegations met again, and the envoy said at 6 p.m. that talks had ended.',
    expect: [{ text: 'November 27', value: '2025-11-27' }, { text: 'November 29', value: '2025-11-29' }, { text: '6 p.m.', value: '2025-11-29T18:00', type: 'time' }],
  },
  { name: 'later in the day: the narrative day', published: D, text: 'The envoy landed in Ankara. Later in the day he met the president.', expect: [{ text: 'the day', value: '2025-12-02' }] },
  { name: 'NEG the day alone is generic', published: D, text: 'The guards change twice in the day.', expect: [] },
  { name: 'NEG the same day as an event is that event\'s day', published: D, text: 'Some deputies want a referendum held on the same day as the presidential vote.', expect: [] },
  { name: 'NEG the morning of a named day is the date\'s', published: D, text: 'He left on the morning of November 28.', expect: [{ text: 'November 28', value: '2025-11-28' }] },
  { name: 'an approximate clock time keeps "about" as a mod, not "at"', published: D, text: 'The strike began at about 2 a.m. local time.', expect: [{ text: 'about 2 a.m. local time', value: '2025-12-02T02:00', type: 'time', mod: 'APPROX' }] },
  { name: 'N in the morning', published: D, text: 'The convoy left at 5 in the morning.', expect: [{ text: '5 in the morning', value: '2025-12-02T05:00', type: 'time' }] },
  { name: 'N in the evening', published: D, text: 'The curfew starts at 9 in the evening.', expect: [{ text: '9 in the evening', value: '2025-12-02T21:00', type: 'time' }] },
  { name: 'one day after a modal: some day ahead', published: D, text: 'The region may one day join the bloc.', expect: [{ text: 'one day', value: 'FUTURE_REF' }] },
  { name: 'NEG one day as a length stays a duration', published: D, text: 'The strike lasted one day.', expect: [{ text: 'one day', value: 'P1D', type: 'duration' }] },
  { name: 'the short term', published: D, text: 'Prices will stay high in the short term.', expect: [{ text: 'the short term', value: 'FUTURE_REF' }] },
  { name: 'NEG short-term as an adjective', published: D, text: 'The bank sold short-term notes.', expect: [] },
  { name: 'Orthodox Christmas is January 7, the coming one in late December', published: '2025-12-27', text: 'A deal before Orthodox Christmas looked unlikely to diplomats.', expect: [{ text: 'Orthodox Christmas', value: '2026-01-07' }] },
  { name: 'a day early next year in a late-December report', published: '2025-12-27', text: 'A diplomat said a deal by January 7 looked unlikely.', expect: [{ text: 'January 7', value: '2026-01-07' }] },
  { name: 'readiness looks ahead', published: '2025-12-27', text: 'He said he was ready to meet the president in Florida on Sunday.', expect: [{ text: 'Sunday', value: '2025-12-28' }] },
  { name: 'US Election Day', published: '2026-10-20', text: 'The governor campaigned hard before Election Day.', expect: [{ text: 'Election Day', value: '2026-11-03' }] },
  { name: 'a sentence-initial yesterday after a capitalised word', published: D, text: 'The shares fell on Monday. Yesterday, they fell again.', expect: [{ text: 'Monday', value: '2025-12-01' }, { text: 'Yesterday', value: '2025-12-01' }] },
  { name: 'NEG a programme title closed after a full stop', published: D, text: "The minister said so on CBS's \"60 Minutes.\"", expect: [] },
  { name: 'the year-earlier six months', published: '1989-10-26', text: 'Revenue in the year-earlier six months had included a gain.', expect: [{ text: 'the year-earlier six months', value: 'P6M', type: 'duration' }] },

  { name: "a possessive weekday ignores the verb's tense", published: '2025-11-21', text: "The exiles will appeal Wednesday's ruling.", expect: [{ text: 'Wednesday', value: '2025-11-19' }] },
  { name: 'a plain weekday follows the verb\'s tense', published: '2025-11-21', text: 'The exiles will appeal on Wednesday.', expect: [{ text: 'Wednesday', value: '2025-11-26' }] },

  { name: 'a -long adjective: one unit', published: D, text: 'The mediators ended a second day-long session.', expect: [{ text: 'day-long', value: 'P1D', type: 'duration' }] },
  { name: 'a -long adjective: units unknown', published: D, text: 'The decades-long dispute was settled.', expect: [{ text: 'decades-long', value: 'PXY', type: 'duration' }] },
  { name: 'a -long adjective with a number is the amount', published: D, text: 'They signed a two-year-long truce.', expect: [{ text: 'two-year', value: 'P2Y', type: 'duration' }] },
  { name: 'for decades: years unknown', published: D, text: 'The two clans have feuded for decades.', expect: [{ text: 'decades', value: 'PXY', type: 'duration' }] },
  { name: 'NEG long-term is no duration', published: D, text: 'The bank sold long-term bonds.', expect: [] },

  { name: 'a passive participle before "by" has no tense', published: '2025-02-13', text: 'The airline will double its flights by August to reach markets untouched by the crisis.', expect: [{ text: 'August', value: '2025-08' }] },
  { name: 'a verb in -ed before "by" a date is still past', published: '2025-02-13', text: 'Prices peaked by August.', expect: [{ text: 'August', value: '2024-08' }] },

  { name: 'over the years', published: D, text: 'The two sides met often over the years and signed little.', expect: [{ text: 'the years', value: 'PXY', type: 'duration' }] },
  { name: 'NEG the years of a period are its own', published: D, text: 'Over the years of the war the city shrank.', expect: [] },

  { name: 'the next couple of months', published: D, text: 'Rents could climb within the next couple of months.', expect: [{ text: 'the next couple of months', value: 'P2M', type: 'duration', mod: 'APPROX' }] },
  { name: 'NEG a couple of items is no time', published: D, text: 'A couple of delegates left early.', expect: [] },

  { name: 'the weeks ahead', published: D, text: 'More selling is likely in the weeks ahead.', expect: [{ text: 'the weeks ahead', value: 'PXW', type: 'duration' }] },
  { name: 'NEG the road ahead', published: D, text: 'The road ahead is long.', expect: [] },

  {
    name: "this quarter in a results story is the quarter reported", published: '1989-11-01',
    text: "The mill lost money in the third quarter. This quarter's loss includes charges. It expects a profit in the current quarter and will break even this quarter.",
    expect: [{ text: 'the third quarter', value: '1989-Q3' }, { text: 'This quarter', value: '1989-Q3' }, { text: 'the current quarter', value: '1989-Q4' }, { text: 'this quarter', value: '1989-Q4' }],
  },

  { name: 'a present perfect has no past tense; a deadline lies ahead', published: '2025-10-30', text: 'The lenders have extended the credit line through January.', expect: [{ text: 'January', value: '2026-01' }] },
  { name: 'an irregular participle after "be" takes the auxiliary\'s tense', published: '2025-10-26', text: 'The arrears would be paid out in January, on a date not yet set.', expect: [{ text: 'January', value: '2026-01' }] },
  { name: 'a plain past before a deadline stays past', published: '2025-10-30', text: 'The lenders extended the credit line through January.', expect: [{ text: 'January', value: '2025-01' }] },

  // Dates in other languages (reference entries in the notes).
  { name: 'French', published: D, text: 'Libération, 26 novembre 2025.', expect: [{ text: '26 novembre 2025', value: '2025-11-26' }] },
  { name: 'French with accent', published: D, text: 'Le Monde, 3 août 2024.', expect: [{ text: '3 août 2024', value: '2024-08-03' }] },
  { name: 'French first', published: D, text: 'Publié le 1er décembre 2025.', expect: [{ text: '1er décembre 2025', value: '2025-12-01' }] },
  { name: 'German', published: D, text: 'Die Zeit, 3. Dezember 2024.', expect: [{ text: '3. Dezember 2024', value: '2024-12-03' }] },
  { name: 'Spanish', published: D, text: 'El País, 1 de diciembre de 2025.', expect: [{ text: '1 de diciembre de 2025', value: '2025-12-01' }] },
  { name: 'Italian', published: D, text: 'La Stampa, 5 marzo 2024.', expect: [{ text: '5 marzo 2024', value: '2024-03-05' }] },
  { name: 'Spanish month and year', published: D, text: 'Informe de septiembre de 2025.', expect: [{ text: 'septiembre de 2025', value: '2025-09' }] },

  // Negative cases: nothing here is a time expression.
  { name: 'NEG this second wiretap', published: D, text: 'Investigators obtained this second wiretap from a court.', expect: [] },
  { name: 'NEG a second round', published: D, text: 'A second round of talks is uncertain.', expect: [] },
  { name: 'NEG heading The Fall', published: D, text: 'The Fall\n\nThe city was taken after a long siege.', expect: [] },
  { name: 'NEG the fall of a city', published: D, text: 'Analysts discussed the fall of the city.', expect: [] },
  { name: 'NEG may as a verb', published: D, text: 'Talks may resume if both sides agree.', expect: [] },
  { name: 'NEG May opening a question', published: D, text: 'May I add one point, the envoy asked.', expect: [] },
  { name: 'NEG May as a name', published: D, text: 'Theresa May praised the envoys.', expect: [] },
  { name: 'NEG march as a verb', published: D, text: 'Veterans plan to march to parliament.', expect: [] },
  { name: 'NEG ages', published: D, text: 'A 6-year-old boy and his 39-year-old uncle were evacuated.', expect: [] },
  { name: 'NEG amounts', published: D, text: 'Some 2000 troops and 1,990 vehicles crossed the border.', expect: [] },
  { name: 'NEG rates', published: D, text: 'Fuel costs the army $5 million a day.', expect: [] },
  { name: 'NEG programme titles', published: D, text: 'He spoke on ABC\'s "This Week" and on "60 Minutes".', expect: [] },
  { name: 'NEG quarterly as adjective', published: D, text: 'The company raised its quarterly dividend.', expect: [] },
  { name: 'NEG fractions', published: D, text: 'Russia holds three-quarters of the region.', expect: [] },
  { name: 'NEG as soon as possible', published: D, text: 'They want a deal as soon as possible.', expect: [] },
  { name: 'NEG set as a verb', published: D, text: 'The negotiators set 5 goals.', expect: [] },
  { name: 'NEG inside a URL', published: D, text: 'See https://example.org/daily/2025/11/20/plan for the text.', expect: [] },
  { name: 'NEG newspaper name', published: D, text: 'The story ran in the Meridian Daily first.', expect: [] },
  // A plan told in the past perfect lies behind the report; "the then current" looks back.
  { name: 'past perfect schedule', published: D, text: 'The tender had been slated to close at midnight Friday.', expect: [{ text: 'midnight Friday', value: '2025-11-28T24:00', type: 'time' }] },
  { name: 'then current', published: D, text: 'Holders could buy stock at half the then current price.', expect: [{ text: 'then current', value: 'PAST_REF' }] },
  // A month before a noun after "the" names when ("the March vote"), unless a preposition follows ("the March for Life").
  { name: 'the March vote', published: D, text: 'The March vote gave the coalition a majority.', expect: [{ text: 'March', value: '2025-03' }] },
  { name: 'NEG the March for', published: D, text: 'The March for Life drew large crowds.', expect: [] },
  { name: 'post-year', published: D, text: 'The post-1960 reforms reshaped the island.', expect: [{ text: 'post-1960', value: '1960', mod: 'AFTER' }] },
  { name: 'several quarters of losses', published: D, text: 'The airline returned to profit after several quarters of decline.', expect: [{ text: 'several quarters', value: 'PXQ', type: 'duration' }] },
  { name: 'NEG quarters of a city', published: D, text: 'Protesters gathered in many quarters of the city.', expect: [] },
  { name: 'NEG high noon', published: D, text: 'For the alliance, high noon has arrived.', expect: [] },
  { name: 'NEG the past as a count', published: D, text: 'The past two elections were close.', expect: [] },
  {
    name: 'the latest period is the fiscal quarter reported', published: '1989-10-26',
    text: 'The steelmaker earned $8 million in the fiscal second quarter. Revenue in the latest period climbed 4%.',
    expect: [{ text: 'the fiscal second quarter', value: '1989-Q2' }, { text: 'the latest period', value: '1989-Q2' }],
  },
  { name: 'the latest quarter without a story quarter', published: '1989-10-26', text: 'Sales rose 4% in the latest quarter.', expect: [{ text: 'the latest quarter', value: '1989-Q3' }] },
  { name: 'soon in a past narrative', published: D, text: 'A trickle of cash soon became a flood, and the envoy was soon released.', expect: [] },
  { name: 'soon ahead', published: D, text: 'The envoy will soon return to Kyiv.', expect: [{ text: 'soon', value: 'FUTURE_REF' }] },
  {
    name: 'a quarter compared with is not the story quarter', published: '1989-11-01',
    text: 'The paper maker posted higher third-quarter profit. After a weak second quarter, its tissue sales recovered. Write-downs booked during the year-earlier period were smaller.',
    expect: [{ text: 'third-quarter', value: '1989-Q3' }, { text: 'second quarter', value: '1989-Q2' }, { text: 'the year-earlier period', value: '1988-Q3' }],
  },
  {
    name: 'a year earlier than nine months is a year', published: '1989-11-02',
    text: 'The brewer earned $9 million in the third quarter, up from $7 million a year earlier. Across the first nine months, its net rose 8% from $20 million a year earlier.',
    expect: [{ text: 'the third quarter', value: '1989-Q3' }, { text: 'a year earlier', value: '1988-Q3' }, { text: 'the first nine months', value: 'P9M' }, { text: 'a year earlier', value: '1988' }],
  },
  {
    name: 'a year earlier than the latest nine months', published: '1989-10-26',
    text: 'The unit posted higher third-quarter profit. Exports made up 45% of its revenue over the latest nine months, against 38% a year earlier.',
    expect: [{ text: 'third-quarter', value: '1989-Q3' }, { text: 'the latest nine months', value: 'P9M' }, { text: 'a year earlier', value: '1988' }],
  },
  {
    name: 'the year-ago results after the nine months', published: '1989-11-02',
    text: 'The insurer made $72 million during the fiscal first quarter. Across the first nine months, it netted $290 million. The year-ago results carried a write-down. In the quarter, premiums grew from a year earlier.',
    expect: [{ text: 'the fiscal first quarter', value: '1989-Q1' }, { text: 'the first nine months', value: 'P9M' }, { text: 'year-ago', value: '1988' }, { text: 'the quarter', value: '1989-Q1' }, { text: 'a year earlier', value: '1988-Q1' }],
  },
  { name: 'the day before a dated day', published: D, text: 'The day before last Friday\'s vote, the envoys met in Abu Dhabi.', expect: [{ text: 'The day before last Friday', value: '2025-11-27' }] },
  { name: 'the day after a date', published: D, text: 'The draft was leaked on the day after November 20.', expect: [{ text: 'the day after November 20', value: '2025-11-21' }] },
  { name: 'a half told in quarters', published: '2025-10-20', text: 'Exports are expected to stay weak through the first two fiscal quarters of 2026.', expect: [{ text: 'the first two fiscal quarters of 2026', value: '2026-H1' }] },
  { name: 'a newspaper called a daily is no set', published: D, text: 'The business daily Kommersant reported the call, and the daily said more leaks would follow.', expect: [] },
  { name: 'a timetable in the present tense lies ahead', published: D, text: 'Witkoff meets Putin separately on Thursday in Moscow.', expect: [{ text: 'Thursday', value: '2025-12-04' }] },
  { name: 'a plan seen from the past lies ahead', published: D, text: 'Veterans planned a march in Kyiv on Saturday and were preparing to bring in thousands.', expect: [{ text: 'Saturday', value: '2025-12-06' }] },
  { name: 'were to: a plan seen from the past', published: D, text: 'The delegations were to meet again on Friday.', expect: [{ text: 'Friday', value: '2025-12-05' }] },
  { name: 'an extended deadline lies ahead', published: D, text: 'Brussels extended the filing window until 9 a.m. on Thursday.', expect: [{ text: '9 a.m. on Thursday', value: '2025-12-04T09:00', type: 'time' }] },
  { name: 'a verb after a comma is the next clause\'s', published: D, text: 'The plan, drafted in October, would freeze the front line.', expect: [{ text: 'October', value: '2025-10' }] },
  { name: 'a 24-hour time after at', published: D, text: 'The truce was to take effect at 00:00 on December 5.', expect: [{ text: '00:00 on December 5', value: '2025-12-05T00:00', type: 'time' }] },
  { name: 'a time in a named zone', published: D, text: 'Sirens sounded across the capital at 03:40 Kyiv time.', expect: [{ text: '03:40 Kyiv time', value: '2025-12-02T03:40', type: 'time' }] },
  { name: 'a range of 24-hour times', published: D, text: 'The hearing ran from 09:30 to 13:15.', expect: [{ text: '09:30', value: '2025-12-02T09:30', type: 'time' }, { text: '13:15', value: '2025-12-02T13:15', type: 'time' }] },
  { name: 'a score is no time', published: D, text: 'The home side won the final set 21:19 and every time the crowd cheered.', expect: [] },
  { name: 'this weekday is the day of the current week', published: D, text: 'The Rada votes on the budget this Thursday.', expect: [{ text: 'this Thursday', value: '2025-12-04' }] },
  { name: 'this weekday already past in the week', published: D, text: 'Brussels sent its reply this Monday.', expect: [{ text: 'this Monday', value: '2025-12-01' }] },
  { name: 'the New Year ahead', published: D, text: 'A summit is unlikely before the New Year.', expect: [{ text: 'New Year', value: '2026-01-01' }] },
  { name: 'a lunar new year is not January 1', published: D, text: 'Lunar New Year falls late this time.', expect: [] },
  { name: 'the week before last', published: D, text: 'The week before last, the envoys were in Miami.', expect: [{ text: 'The week before last', value: '2025-W47' }] },
  { name: 'the month before last', published: D, text: 'Exports collapsed the month before last.', expect: [{ text: 'the month before last', value: '2025-10' }] },
  { name: 'business quarter and half codes', published: D, text: 'Receipts fell in Q1 2026 and may recover in H2 2026, after a weak 2025 Q3.', expect: [{ text: 'Q1 2026', value: '2026-Q1' }, { text: 'H2 2026', value: '2026-H2' }, { text: '2025 Q3', value: '2025-Q3' }] },
  { name: 'a quarter code without a year is left alone', published: D, text: 'Sales in Q3 rose, and H5 was a typo.', expect: [] },
  { name: 'a weekday range told in the past runs forward', published: D, text: 'From Monday to Wednesday, the envoys met in Riyadh.', expect: [{ text: 'Monday', value: '2025-11-24' }, { text: 'Wednesday', value: '2025-11-26' }] },
  { name: 'a weekday range told ahead runs forward', published: D, text: 'The envoys will talk from Thursday to Monday.', expect: [{ text: 'Thursday', value: '2025-12-04' }, { text: 'Monday', value: '2025-12-08' }] },
  { name: 'weekdays in a list keep their own order', published: D, text: 'The statements were made Friday and Thursday.', expect: [{ text: 'Friday', value: '2025-11-28' }, { text: 'Thursday', value: '2025-11-27' }] },
  { name: 'between two weekdays runs forward', published: D, text: 'Drones struck between Monday and Friday.', expect: [{ text: 'Monday', value: '2025-11-24' }, { text: 'Friday', value: '2025-11-28' }] },
  { name: 'a date before a past plan is when it was made', published: D, text: 'On Friday, Kyiv planned to send a second delegation.', expect: [{ text: 'Friday', value: '2025-11-28' }] },
  { name: 'a time restated in brackets with its day takes that day', published: D, text: 'The convoy will set off at 5 in the morning (5 a.m. GMT Thursday), the ministry said.', expect: [{ text: '5 in the morning', value: '2025-12-04T05:00', type: 'time' }, { text: '5 a.m. GMT Thursday', value: '2025-12-04T05:00Z', type: 'time' }] },
  { name: 'the story moves to the shifted day', published: D, text: 'The day before last Friday\'s vote, the minister flew to Brussels. He was back in Kyiv the next morning.', expect: [{ text: 'The day before last Friday', value: '2025-11-27' }, { text: 'the next morning', value: '2025-11-28TMO', type: 'time' }] },
  { name: 'relation to an event: only the duration', published: D, text: 'They spoke a day after the Geneva round.', expect: [{ text: 'a day', value: 'P1D', type: 'duration' }] },
];
