from core import P, Q

# =====================================================================
# 04 — English, HTML, Q&A interview: polar research cooperation (Svalbard)
# =====================================================================
ANS = "interview answer (no quote marks)"
A04 = dict(
    slug="u11_04_en_svalbard_interview", lang="en", fmt="html", typo=None,
    style="Q&A interview", topic="polar research cooperation (Ny-Ålesund, Svalbard)",
    title="‘Ice doesn’t read treaties’: the scientist keeping Svalbard’s research village international",
    source="The Meridian Review", section="Science & Diplomacy",
    url="https://meridianreview.example/science-diplomacy/2025/02/10/svalbard-ny-alesund-interview-aas-holmberg",
    published="2025-02-10T07:00", updated=None,
    authors=["Thomas Okonkwo-Reid"], editors=[],
    marks=[("“", "”"), ("‘", "’")],
    ignore=[],
    chrome_quotes=["We all measure the same air", "The Arctic is not a vacuum", "flying half-blind"],
    paras=[
        P("For nearly three decades, the research village of Ny-Ålesund on Svalbard has been one of the few places "
          "where scientists from rival powers share a mess hall, a weather-balloon schedule and, occasionally, a "
          "sauna. This winter, two of its eleven national stations closed their doors, citing budget cuts and what "
          "one national research agency called “an environment no longer conducive to open collaboration.”",
          Q("an environment no longer conducive to open collaboration.", None, "one national research agency",
            "call", partial=True, note="agency as source; period inside the closing mark (US style)")),
        P("Solveig Aas-Holmberg, a glaciologist who has directed the Ny-Ålesund Science Coordination Office since "
          "2019, spoke to The Meridian Review from Tromsø about data sharing, sanctions and why she still keeps a "
          "Russian–English dictionary on her desk. The interview has been edited for length and clarity."),
        P("<strong>The Meridian Review:</strong> Two stations have closed this year. Is Ny-Ålesund still an "
          "international village?"),
        P("<strong>Aas-Holmberg:</strong> It is, but it is a smaller village, and a quieter one. You notice it at "
          "dinner. There used to be four or five languages at the long table; now there are two or three. The "
          "science continues. The conversations are what we lose first.",
          Q("It is, but it is a smaller village, and a quieter one. You notice it at dinner. There used to be four or "
            "five languages at the long table; now there are two or three. The science continues. The conversations "
            "are what we lose first.", "Solveig Aas-Holmberg", "Aas-Holmberg", None, unmarked=True, note=ANS)),
        P("<strong>TMR:</strong> How have sanctions changed the day-to-day work?"),
        P("<strong>Aas-Holmberg:</strong> The data agreement from 2011 still stands on paper. What has changed is "
          "that people are afraid of being seen to use it. A postdoc asked me last month whether she was allowed to "
          "cite a Russian temperature series in her paper. I told her what my old colleague Pavel Lebedev used to "
          "say: “Ice doesn’t read treaties.” Data is data, and a thermometer has no passport.",
          Q("The data agreement from 2011 still stands on paper. What has changed is that people are afraid of being "
            "seen to use it. A postdoc asked me last month whether she was allowed to cite a Russian temperature "
            "series in her paper. I told her what my old colleague Pavel Lebedev used to say: “Ice doesn’t read "
            "treaties.” Data is data, and a thermometer has no passport.", "Solveig Aas-Holmberg", "Aas-Holmberg",
            None, unmarked=True, note=ANS),
          Q("Ice doesn’t read treaties.", "Pavel Lebedev", "my old colleague Pavel Lebedev", "say",
            note="quote nested inside an interview answer; apostrophe inside")),
        P("There is also a practical side. Our Russian colleagues at Barentsburg still send us their snow-depth "
          "readings every morning, by e-mail, as they have done for twenty years. Nobody has told them to stop, and "
          "nobody has told us to stop reading them.",
          Q("There is also a practical side. Our Russian colleagues at Barentsburg still send us their snow-depth "
            "readings every morning, by e-mail, as they have done for twenty years. Nobody has told them to stop, "
            "and nobody has told us to stop reading them.", "Solveig Aas-Holmberg", None, None, unmarked=True,
            note="second paragraph of the same answer, no label")),
        P("<strong>TMR:</strong> The Norwegian government says it wants Svalbard to remain “open to all parties to "
          "the treaty.” Do you feel that support on the ground?",
          Q("open to all parties to the treaty.", None, "The Norwegian government", "say", partial=True,
            note="quoted inside the interviewer's question (the question itself is not listed)")),
        P("<strong>Aas-Holmberg:</strong> I do, mostly. The phrase is a good one, and the ministry means it. But an "
          "open door is not the same as a full room. If the funding for international stations dries up elsewhere, "
          "Norway can keep the door open for a very long time and still end up alone in the house.",
          Q("I do, mostly. The phrase is a good one, and the ministry means it. But an open door is not the same as a "
            "full room. If the funding for international stations dries up elsewhere, Norway can keep the door open "
            "for a very long time and still end up alone in the house.", "Solveig Aas-Holmberg", "Aas-Holmberg",
            None, unmarked=True, note=ANS)),
        P("<strong>TMR:</strong> And the Chinese station? There have been reports that its staffing was cut."),
        P("<strong>Aas-Holmberg:</strong> They rotate fewer people than before, that is true. But the two "
          "atmospheric chemists who are there this season are among the best I have worked with. We published a "
          "paper together in March. I would like the headlines about the Arctic to spend one paragraph on that kind "
          "of thing.",
          Q("They rotate fewer people than before, that is true. But the two atmospheric chemists who are there this "
            "season are among the best I have worked with. We published a paper together in March. I would like the "
            "headlines about the Arctic to spend one paragraph on that kind of thing.", "Solveig Aas-Holmberg",
            "Aas-Holmberg", None, unmarked=True, note=ANS)),
        P("<strong>TMR:</strong> You have proposed what you call a “neutral data trust.” What would it look like?",
          Q("neutral data trust.", "Solveig Aas-Holmberg", "you", "call", partial=True,
            note="her own coinage, quoted back by the interviewer")),
        P("<strong>Aas-Holmberg:</strong> Something very boring, which is why it might work. A small secretariat, "
          "perhaps in Tromsø, perhaps in Reykjavík, that holds copies of every long-term series collected in the "
          "village and releases them under one licence. The village’s own research charter already says stations "
          "should share data “without undue delay.” The trust would just make that a habit instead of a favour.",
          Q("Something very boring, which is why it might work. A small secretariat, perhaps in Tromsø, perhaps in "
            "Reykjavík, that holds copies of every long-term series collected in the village and releases them "
            "under one licence. The village’s own research charter already says stations should share data “without "
            "undue delay.” The trust would just make that a habit instead of a favour.", "Solveig Aas-Holmberg",
            "Aas-Holmberg", None, unmarked=True, note=ANS),
          Q("without undue delay.", None, "The village’s own research charter", "say", partial=True,
            note="document quoted inside an answer")),
        P("As for money, the sums involved are tiny compared with one icebreaker season. I have costed it at less "
          "than we spend each year on helicopter time. What is expensive is not the trust. What is expensive is "
          "losing a sixty-year record because a station closed and nobody kept a copy.",
          Q("As for money, the sums involved are tiny compared with one icebreaker season. I have costed it at less "
            "than we spend each year on helicopter time. What is expensive is not the trust. What is expensive is "
            "losing a sixty-year record because a station closed and nobody kept a copy.", "Solveig Aas-Holmberg",
            None, None, unmarked=True, note="second paragraph of the same answer, no label")),
        P("<strong>TMR:</strong> Last question. Are you optimistic?"),
        P("<strong>Aas-Holmberg:</strong> On Mondays, no. By Friday, usually yes. The glaciers are not waiting for "
          "us to sort out our politics, and I think most of my colleagues, wherever they come from, know that. That "
          "is not nothing.",
          Q("On Mondays, no. By Friday, usually yes. The glaciers are not waiting for us to sort out our politics, "
            "and I think most of my colleagues, wherever they come from, know that. That is not nothing.",
            "Solveig Aas-Holmberg", "Aas-Holmberg", None, unmarked=True, note=ANS)),
    ],
    entities=dict(
        people=["Solveig Aas-Holmberg", "Pavel Lebedev"],
        places=["Ny-Ålesund", "Svalbard", "Tromsø", "Barentsburg", "Reykjavík", "Norway"],
        organizations=["Ny-Ålesund Science Coordination Office", "The Meridian Review"]),
    topics=["Arctic", "polar research", "science diplomacy", "sanctions", "data sharing"],
    patterns=[
        "Q&A interview: answers after a bold 'Aas-Holmberg:' label, no quote marks (annotated as unmarked quotes)",
        "answers running over two paragraphs with no label on the second (p6, p13)",
        "interviewer label changes form: 'The Meridian Review:' then 'TMR:'; interviewer questions are not quotes",
        "quote nested inside an answer, with its own speaker (Pavel Lebedev, p5) and a document (charter, p12)",
        "quotes embedded in the interviewer's questions: the government (null) and her own coinage (p7, p11)",
        "US-style period inside the closing mark; apostrophes ’ that look like closing single quotes",
        "headline built from the nested quote with ‘ ’; caption quote and related-headline quotes (chrome)",
    ],
    render=dict(
        scope=("class", "interview-body"),
        p_open="<p>",
        template='''<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>‘Ice doesn’t read treaties’: the scientist keeping Svalbard’s research village international | The Meridian Review</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Meridian Review">
<meta property="og:title" content="‘Ice doesn’t read treaties’: the scientist keeping Svalbard’s research village international">
<meta property="article:published_time" content="2025-02-10T07:00:00Z">
<meta property="article:section" content="Science &amp; Diplomacy">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"‘Ice doesn’t read treaties’: the scientist keeping Svalbard’s research village international","datePublished":"2025-02-10T07:00:00Z","author":[{"@type":"Person","name":"Thomas Okonkwo-Reid"}],"publisher":{"@type":"Organization","name":"The Meridian Review"}}</script>
</head>
<body>
<div class="topbar"><a href="/">The Meridian Review</a> <span class="tagline">Foreign affairs, slowly</span>
  <a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<nav class="sections" aria-label="Sections">
  <a href="/world/">World</a> | <a href="/security/">Security</a> | <a href="/science-diplomacy/">Science &amp; Diplomacy</a> | <a href="/economy/">Economy</a> | <a href="/podcasts/">Podcasts</a>
</nav>
<main id="content">
  <article>
    <div class="rubric"><a href="/science-diplomacy/">Science &amp; Diplomacy</a> · Interview</div>
    <h1>‘Ice doesn’t read treaties’: the scientist keeping Svalbard’s research village international</h1>
    <p class="dek">Two stations have closed in Ny-Ålesund. Its science coordinator explains why the data still flows – mostly.</p>
    <div class="byline">By <a href="/people/thomas-okonkwo-reid">Thomas Okonkwo-Reid</a> · <time datetime="2025-02-10T07:00:00Z">10 February 2025</time> · 9 min read</div>
    <figure>
      <img src="/media/2025/02/aas-holmberg-zeppelin.jpg" alt="Solveig Aas-Holmberg outside the observatory">
      <figcaption>Solveig Aas-Holmberg at the Zeppelin Observatory above Ny-Ålesund. “We all measure the same air,” she says. Photograph: Eirik Vassbotn for The Meridian Review</figcaption>
    </figure>
    <div class="interview-body">
{BODY}
    </div>
    <div class="share">Share this interview: <a href="#">X</a> · <a href="#">LinkedIn</a> · <a href="#">Email</a> · <a href="#">Copy link</a></div>
    <p class="tags">Topics: <a href="/topic/arctic">Arctic</a>, <a href="/topic/svalbard">Svalbard</a>, <a href="/topic/science">Science</a></p>
  </article>
  <aside class="more">
    <h2>More from Science &amp; Diplomacy</h2>
    <ul>
      <li><a href="/world/2025/01/28/arctic-council-reykjavik">‘The Arctic is not a vacuum’: envoys meet in Reykjavík as council work resumes</a></li>
      <li><a href="/science-diplomacy/2024/12/03/sanctions-arctic-data">Sanctions leave Arctic science “flying half-blind,” report warns</a></li>
      <li><a href="/science-diplomacy/2024/11/15/icebreakers">The icebreaker gap, explained in five charts</a></li>
    </ul>
  </aside>
</main>
<footer><p>© 2025 The Meridian Review Ltd. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/corrections">Corrections</a></p></footer>
</body>
</html>
'''),
)

# =====================================================================
# 05 — English, TXT, terse wire copy: humanitarian corridor Chad–Darfur
# =====================================================================
A05 = dict(
    slug="u11_05_en_wire_chad_darfur_corridor", lang="en", fmt="txt", typo=None,
    style="terse wire copy", topic="humanitarian corridor (Chad–Darfur)",
    title="UN-brokered aid corridor between Chad and Darfur to reopen for 30-day trial",
    source="CPA | Continental Press Agency", section="World",
    url="https://www.cpa-news.example/world/africa/un-brokered-aid-corridor-chad-darfur-reopen-2025-09-16/",
    published="2025-09-16T14:32", updated=None,
    authors=["Samuel Mwangi-Hart", "Haroun Djibrine"], editors=["Clara Jiménez"],
    marks=[("\"", "\"")],
    ignore=[],
    chrome_quotes=["We are running out of time", "narrow window"],
    paras=[
        P("GENEVA, Sept 16 (CPA) - A United Nations-brokered humanitarian corridor between eastern Chad and Sudan's "
          "Darfur region will reopen on Thursday for a 30-day trial period, the U.N. aid coordination office said on "
          "Tuesday, after weeks of talks with the warring parties."),
        P("\"The first convoy of 40 trucks is loaded and waiting at Adré,\" U.N. humanitarian spokesperson "
          "Marguerite Okafor-Lindqvist told reporters in Geneva. \"We have guarantees, in writing, from both sides. "
          "We will find out on Thursday what those guarantees are worth.\"",
          Q("The first convoy of 40 trucks is loaded and waiting at Adré", "Marguerite Okafor-Lindqvist",
            "U.N. humanitarian spokesperson Marguerite Okafor-Lindqvist", "tell"),
          Q("We have guarantees, in writing, from both sides. We will find out on Thursday what those guarantees are "
            "worth.", "Marguerite Okafor-Lindqvist", None, None, note="second quote, no new tag")),
        P("The agreement, seen by CPA, commits both sides to \"refrain from any military activity within five "
          "kilometres of the designated route\" and to notify the mediators 48 hours before any change in front "
          "lines near the road.",
          Q("refrain from any military activity within five kilometres of the designated route", None,
            "The agreement", "commit", partial=True, note="document")),
        P("Okafor-Lindqvist said the convoys would carry food, medical supplies and \"enough water purification "
          "tablets for a city of half a million people.\"",
          Q("enough water purification tablets for a city of half a million people", "Marguerite Okafor-Lindqvist",
            "Okafor-Lindqvist", "say", partial=True)),
        P("A senior Western diplomat involved in the talks, who asked not to be named because the negotiations were "
          "confidential, said the trial period was \"the least bad option on the table.\"",
          Q("the least bad option on the table", None, "A senior Western diplomat involved in the talks", "say",
            partial=True, note="anonymous source")),
        P("\"Nobody in that room trusts anybody else. Thirty days is what we could get,\" the diplomat said.",
          Q("Nobody in that room trusts anybody else. Thirty days is what we could get", None, "the diplomat", "say",
            note="anonymous source referred back to by descriptor")),
        P("Chad's foreign minister, Abdelkerim Youssouf Haggar, said his government would keep the Adré crossing "
          "open \"for as long as it takes,\" but warned that Chad could not absorb \"another wave of a hundred "
          "thousand refugees\" without more international funding.",
          Q("for as long as it takes", "Abdelkerim Youssouf Haggar",
            "Chad's foreign minister, Abdelkerim Youssouf Haggar", "say", partial=True),
          Q("another wave of a hundred thousand refugees", "Abdelkerim Youssouf Haggar", None, "warn",
            partial=True)),
        P("\"We have been generous. We will remain generous. But generosity is not a budget line,\" Haggar told CPA "
          "by phone from N'Djamena.",
          Q("We have been generous. We will remain generous. But generosity is not a budget line",
            "Abdelkerim Youssouf Haggar", "Haggar", "tell")),
        P("The U.N. refugee agency says hundreds of thousands of Sudanese have crossed into Chad since the war "
          "began. \"Every day without access is counted in children's lives,\" said Ana Paula Teixeira da Costa, the "
          "agency's representative in Chad.",
          Q("Every day without access is counted in children's lives", "Ana Paula Teixeira da Costa",
            "Ana Paula Teixeira da Costa, the agency's representative in Chad", "say",
            note="speaker named after the quote")),
        P("In a statement, the Sudanese army said it welcomed any effort to relieve the suffering of the people "
          "but accused the other side of using previous pauses to resupply. Its spokesman, Brigadier Idris Adam "
          "Bakhit, later told reporters in Port Sudan that army units would respect the route.",
),
        P("\"The corridor is a humanitarian matter, not a political one,\" Bakhit said. \"We have instructed our "
          "units along the route to facilitate the passage of aid.",
          Q("The corridor is a humanitarian matter, not a political one", "Idris Adam Bakhit", "Bakhit", "say"),
          Q("We have instructed our units along the route to facilitate the passage of aid.", "Idris Adam Bakhit",
            None, None, cont=True, note="quote continues into the next paragraph (no closing mark)")),
        P("\"Any violation by the other side will be documented and reported to the mediators.\"",
          Q("Any violation by the other side will be documented and reported to the mediators.", "Idris Adam Bakhit",
            None, None, note="continuation paragraph without any attribution")),
        P("There was no immediate comment from the paramilitary forces that control much of the route inside "
          "Darfur. A previous corridor agreement collapsed in June after a convoy was shelled near the border town "
          "of Geneina."),
    ],
    entities=dict(
        people=["Marguerite Okafor-Lindqvist", "Abdelkerim Youssouf Haggar", "Ana Paula Teixeira da Costa",
                "Idris Adam Bakhit"],
        places=["Geneva", "Chad", "Sudan", "Darfur", "Adré", "N'Djamena", "Port Sudan", "Geneina"],
        organizations=["United Nations", "U.N. aid coordination office", "U.N. refugee agency", "Sudanese army",
                       "Continental Press Agency"]),
    topics=["humanitarian corridors", "refugees", "Sudan conflict", "Chad", "humanitarian access"],
    patterns=[
        "wire dateline 'GENEVA, Sept 16 (CPA) -' in the first paragraph; 'Reporting by …; Editing by …' credit line "
        "gives authors and editors",
        "straight double quotes throughout; comma inside the closing mark",
        "quote continued over two paragraphs: no closing mark at the end of p10, new opening mark in p11",
        "second quote in a paragraph with no new tag (p1)",
        "anonymous diplomat introduced with a long descriptor, then 'the diplomat' in the next paragraph",
        "speaker named after the quote (p8); the agreement text as a null-speaker source",
        "p9 is all indirect speech (army statement, spokesman 'later told reporters…') with no quote marks, "
        "right before the spokesman's direct quotes",
        "compound/particle names: Okafor-Lindqvist, Ana Paula Teixeira da Costa, Abdelkerim Youssouf Haggar",
        "'Read Next' box with quoted headlines (chrome)",
    ],
    render=dict(
        template='''Skip to main content
CPA | Continental Press Agency
World  Business  Markets  Sustainability  Legal  Breakingviews  More
Sign In   Register

World > Africa

UN-brokered aid corridor between Chad and Darfur to reopen for 30-day trial

By Samuel Mwangi-Hart
September 16, 2025 2:32 PM GMT+2  Updated 3 hours ago
3 minute read

[photo] Trucks loaded with aid wait at the Adré border crossing between Chad and Sudan. CPA/Haroun Djibrine

{BODY}

(Reporting by Samuel Mwangi-Hart in Geneva and Haroun Djibrine in N'Djamena; Editing by Clara Jiménez)

Our Standards: The CPA Trust Principles.
Share  X  Facebook  LinkedIn  Email  Link

Read Next
- "We are running out of time," UNHCR chief says as Chad camps swell
- Sudan talks: mediators see "narrow window" for a ceasefire before the rains
- Chad's budget strained by refugee influx, finance ministry says

Sponsored content
Site Index | About CPA | Careers | Contact Us | Terms of Use | Privacy
All quotes delayed a minimum of 15 minutes.
© 2025 Continental Press Agency. All rights reserved.
'''),
)

# =====================================================================
# 06 — English (British), Atom type="html": op-ed quoting several experts
# =====================================================================
A06 = dict(
    slug="u11_06_en_oped_pandemic_annex", lang="en", fmt="xml", typo=None,
    style="op-ed / column quoting several experts", topic="pandemic preparedness (pathogen-sharing annex talks)",
    title="The pandemic deal’s last mile runs through the factory floor",
    source="Policy Ledger", section="Opinion",
    url="https://policyledger.example/opinion/2025/05/pandemic-deal-last-mile-factory-floor",
    published="2025-05-19T06:00", updated="2025-05-19T09:30",
    authors=["Nadia Haddad-Whitcombe"], editors=[],
    marks=[("‘", "’"), ("“", "”")],
    ignore=[],
    chrome_quotes=[],
    paras=[
        P("Three years ago, at the height of the last pandemic emergency, health ministers promised one another that "
          "nobody would be safe until everybody was safe. As negotiators reconvene in Geneva this week for what is billed "
          "as the final round of talks on a pathogen-sharing annex, it is worth asking how much of that promise "
          "survived the return to normal.",
),
        P("The short answer, according to almost everyone I spoke to for this column, is: not much. ‘We are "
          "negotiating the last pandemic, not the next one,’ says Kofi Mensah-Darko, a virologist who runs the "
          "genomic surveillance unit at the University of Ghana. ‘The countries that sequence the pathogen are "
          "still not the countries that get the vaccine.’",
          Q("We are negotiating the last pandemic, not the next one", "Kofi Mensah-Darko", "Kofi Mensah-Darko",
            "say"),
          Q("The countries that sequence the pathogen are still not the countries that get the vaccine.",
            "Kofi Mensah-Darko", None, None)),
        P("Mensah-Darko’s laboratory uploaded one of the first genomes of a novel avian influenza strain last "
          "spring. Within weeks, he says, it had been downloaded ‘several thousand times, mostly from addresses in "
          "the northern hemisphere’. His lab has yet to receive a single dose of the candidate vaccine developed "
          "partly from that data.",
          Q("several thousand times, mostly from addresses in the northern hemisphere", "Kofi Mensah-Darko", "he",
            "say", partial=True, note="possessive apostrophe ’ earlier in the paragraph")),
        P("The draft annex on the table in Geneva – a 22-page text that I have seen – tries to fix this. It would "
          "oblige manufacturers who use shared samples to set aside ‘a minimum of twenty per cent of real-time "
          "production’ for distribution through a WHO-managed mechanism, half of it as donations.",
          Q("a minimum of twenty per cent of real-time production", None, "The draft annex", None, partial=True,
            note="document")),
        P("Industry is unconvinced. ‘Mandatory set-asides are a tax on innovation, and innovation is what got us "
          "vaccines in eleven months last time,’ a senior executive at a European vaccine maker told me, on "
          "condition that neither he nor his company be named.",
          Q("Mandatory set-asides are a tax on innovation, and innovation is what got us vaccines in eleven months "
            "last time", None, "a senior executive at a European vaccine maker", "tell",
            note="anonymous source")),
        P("That argument deserves to be taken seriously, but it is not the whole story. Marisol Vázquez de la Torre, "
          "who led Mexico’s delegation in the first two rounds and now teaches global health law in Mexico City, "
          "points out that much of the research behind those vaccines was publicly funded. ‘The public paid for the "
          "science twice: once through research grants and once at the pharmacy,’ she told me.",
          Q("The public paid for the science twice: once through research grants and once at the pharmacy",
            "Marisol Vázquez de la Torre", "she", "tell")),
        P("Vázquez de la Torre is blunt about the negotiating dynamics. Rich countries, she says, have ‘perfected "
          "the art of agreeing in principle and objecting in detail’.",
          Q("perfected the art of agreeing in principle and objecting in detail", "Marisol Vázquez de la Torre",
            "she", "say", partial=True)),
        P("Not everyone thinks the annex is the right battlefield. Jonathan Pryce-Hollis, a former health attaché at "
          "the British mission in Geneva, argues that the real bottleneck is manufacturing capacity, not legal text. "
          "‘You can write the most equitable treaty in the world,’ he said, ‘but if there are no fill-and-finish "
          "plants south of the equator, it is a treaty about sharing queues.’",
          Q("You can write the most equitable treaty in the world", "Jonathan Pryce-Hollis", "he", "say",
            note="sentence split by the speech tag"),
          Q("but if there are no fill-and-finish plants south of the equator, it is a treaty about sharing queues.",
            "Jonathan Pryce-Hollis", "he", "say")),
        P("Pryce-Hollis adds a note of caution about domestic politics. ‘Every delegation in Geneva has a finance "
          "ministry at home asking what this costs,’ he says. ‘Health ministers do not sign treaties. Treasuries "
          "do.’",
          Q("Every delegation in Geneva has a finance ministry at home asking what this costs",
            "Jonathan Pryce-Hollis", "he", "say"),
          Q("Health ministers do not sign treaties. Treasuries do.", "Jonathan Pryce-Hollis", "he", "say")),
        P("At a reception on the eve of the talks, I watched a junior delegate from a Pacific island state ask a "
          "European counterpart, half in jest, whether the annex would ‘survive contact with the lawyers’. ‘It "
          "survived contact with me,’ replied Lotte Brandsma-Visser, the Netherlands’ deputy negotiator, who later "
          "confirmed the exchange.",
          Q("survive contact with the lawyers", None, "a junior delegate from a Pacific island state", "ask",
            partial=True, note="reported dialogue; anonymous"),
          Q("It survived contact with me", "Lotte Brandsma-Visser",
            "Lotte Brandsma-Visser, the Netherlands’ deputy negotiator", "reply",
            note="reply tag with inversion; 'Netherlands’' possessive apostrophe")),
        P("The negotiating body’s co-chair, Ambassador Henrike Sørensen-Blom of Denmark, told the opening session on "
          "Monday that the parties were ‘closer than they have ever been’ and that the remaining gaps were "
          "‘political, not technical’. Her fellow co-chair, Ambassador Tevita Lātū of Tonga, was more cautious, "
          "warning delegates that ‘closer is not the same as close’.",
          Q("closer than they have ever been", "Henrike Sørensen-Blom",
            "The negotiating body’s co-chair, Ambassador Henrike Sørensen-Blom of Denmark", "tell", partial=True),
          Q("political, not technical", "Henrike Sørensen-Blom", None, "tell", partial=True),
          Q("closer is not the same as close", "Tevita Lātū", "Her fellow co-chair, Ambassador Tevita Lātū of Tonga",
            "warn", partial=True, note="woman and man with the same role")),
        P("Mensah-Darko, for his part, says he will believe it when he sees it. ‘I have sat through many final "
          "rounds,’ he told me. ‘They have a way of becoming penultimate.’",
          Q("I have sat through many final rounds", "Kofi Mensah-Darko", "he", "tell"),
          Q("They have a way of becoming penultimate.", "Kofi Mensah-Darko", "he", "tell")),
        P("My own view is that the annex, even in its current form, would be worth signing. A guaranteed share of "
          "production is a floor, not a ceiling, and floors matter most when the building is on fire. But "
          "Pryce-Hollis is right that a floor needs a building: without investment in regional manufacturing, the "
          "twenty per cent will be twenty per cent of a queue."),
        P("If the negotiators need a test of success, they could do worse than the one Mensah-Darko offered me at "
          "the end of our conversation: ‘Next time, ask me whether my lab is in the queue or at the front of it.’",
          Q("Next time, ask me whether my lab is in the queue or at the front of it.", "Kofi Mensah-Darko",
            "Mensah-Darko", "offer")),
    ],
    entities=dict(
        people=["Kofi Mensah-Darko", "Marisol Vázquez de la Torre", "Jonathan Pryce-Hollis", "Lotte Brandsma-Visser",
                "Henrike Sørensen-Blom", "Tevita Lātū"],
        places=["Geneva", "Ghana", "Mexico", "Mexico City", "Denmark", "Tonga", "Netherlands"],
        organizations=["University of Ghana", "WHO"]),
    topics=["pandemic preparedness", "global health", "vaccine equity", "treaty negotiations", "manufacturing"],
    patterns=[
        "British single quotes ‘…’ with punctuation outside, mixed with apostrophes ’ (Mensah-Darko’s, Netherlands’)",
        "first-person columnist ('told me', 'I have seen'): the author's own opinions are not quotes (p12)",
        "present-tense 'says' tags for interviews, past 'said' for events; tag inside a split sentence (p7)",
        "slogan paraphrased without marks (p0); draft annex text (null); anonymous executive (null); reported "
        "dialogue with an anonymous delegate and a named reply (p9)",
        "two co-chairs, a woman and a man ('Her fellow co-chair'), three partial quotes in one paragraph (p10)",
        "particle and diacritic names: Marisol Vázquez de la Torre, Henrike Sørensen-Blom, Tevita Lātū",
        "Atom type=\"html\": escaped HTML in <content>; <summary> repeats a partial quote (not body)",
    ],
    render=dict(
        content_mode="atom_html",
        template='''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title>Policy Ledger – Opinion</title>
  <subtitle>Arguments about the world, from people who have worked in it</subtitle>
  <link rel="alternate" type="text/html" href="https://policyledger.example/opinion/"/>
  <link rel="self" type="application/atom+xml" href="https://policyledger.example/opinion/atom.xml"/>
  <id>tag:policyledger.example,2019:opinion</id>
  <updated>2025-05-19T09:30:00+01:00</updated>
  <entry>
    <title type="text">The pandemic deal’s last mile runs through the factory floor</title>
    <link rel="alternate" type="text/html" href="https://policyledger.example/opinion/2025/05/pandemic-deal-last-mile-factory-floor"/>
    <id>tag:policyledger.example,2025-05-19:/opinion/pandemic-deal-last-mile</id>
    <published>2025-05-19T06:00:00+01:00</published>
    <updated>2025-05-19T09:30:00+01:00</updated>
    <author><name>Nadia Haddad-Whitcombe</name><uri>https://policyledger.example/authors/nadia-haddad-whitcombe</uri></author>
    <category term="Opinion"/>
    <category term="Global health"/>
    <summary type="text">Rich countries have ‘perfected the art of agreeing in principle and objecting in detail’. Geneva’s final round will test whether a treaty can fix a manufacturing problem.</summary>
    <content type="html">{CONTENT}</content>
  </entry>
</feed>
'''),
)

ARTICLES = [A04, A05, A06]
