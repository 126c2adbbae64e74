"""Tests for the clean stage: one per rule on a real fragment, plus real-data invariants."""

from __future__ import annotations

import pytest

from newsfuse.clean import RULES, Removal, clean_article, clean_text, drop_shared_banners
from newsfuse.ingest.text import text_article
from newsfuse.models import Article
from tests._data import multinews_documents, seed_texts

# (rule, real fragment it removes). Fragments are quoted from the seeds and Multi-News scrapes.
REMOVED = [
    ("transcript_turns", "MICHEL MARTIN, HOST:"),
    ("source_dateline", "2021/07/08 | 05:32 - Source: Iraq News"),
    (
        "photo_caption",
        "A picture taken on January 13, 2020 during a press tour organized by the US-led "
        "coalition to fight the remnants of the Islamic State Group shows a view of the Ain "
        "al-Asad military airfield with US and other foreign troops in the western Iraqi "
        "province hosts Anbar.",
    ),
    (
        "photo_caption",
        "People pray before placing flowers at a sidewalk memorial to the teacher and student "
        "who were shot to death Monday at North Park Elementary School in San Bernardino, "
        "Calif., Tuesday, April 11, 2017. (AP Photo/Reed Saxon)",
    ),
    (  # a wire's long credits with the page's promotions glued after them (Timeline17)
        "contributor_note",
        "(Reporting by Mohammed Abbas, Christian Lowe and Alex Dziadosz in Tripoli, Sherine El "
        "Madany in Ras Lanuf, Maria Golovnina near Bani Walid, Barry Malone, Sylvia Westall and "
        "Alastair Macdonald in Tunis, Sami Aboudi, Amena Bakr and Omar Fahmy in Cairo, Nathalie "
        "Prevost in Niamey, David Brunnstrom in Brussels, Mathieu Bonkoungou in Ouagadougou and "
        "Richard Valdmanis and Mark John in Dakar; Writing by Sylvia Westall; Editing by "
        "Alastair Macdonald and Mark Heinrich) An ultra-low latency infrastructure for "
        "electronic trading and data distribution A connected approach to governance, risk and "
        "compliance Our next generation legal research platform",
    ),
    ("contributor_note", "(Reporting by David Lawder; Editing by Tom Heneghan)"),
    ("contributor_note", "Contributing: Associated Press"),
    (
        "share_buttons",
        "Join us on Facebook Like us and you'll find top breaking news in your Facebook newsfeed.",
    ),
    ("page_chrome", "Check back for details as they develop."),
    ("page_chrome", "--"),
    ("page_chrome", "——"),  # a rule of two em dashes under a page's embedded tweets
    (
        "page_chrome",
        "A version appeared on p33 of the Main section section of the Guardian on 15.58 BST on "
        "Thursday 11 June 2009.",
    ),
    ("page_chrome", "CORRECTION: An earlier version of this article misstated her age."),
    (
        "page_chrome",
        "Proof of Heaven by Eben Alexander, M.D. To be published by Simon & Schuster, Inc.. "
        "Copyright (c) 2012 by Eben Alexander III, M.D.",
    ),
    ("related_link", "PHOTOS: INSIDE THE MOST LAVISH CELEBRITY HOMES"),
    ("contact_footer", "To contact the reporter on this story: Brian Faler at bf@bloomberg.net"),
    ("share_buttons", "Read or Share this story: http://usat.ly/1BuCy3l"),
    (  # a photographer named after "Photo by:"
        "photo_caption",
        "Black leopard near road in the Kenyir Wildlife Corridor. Photo by: William Yap.",
    ),
    (  # a photographer and an outlet no wire list holds
        "photo_caption",
        "Police officers at Maryland SoccerPlex were assigned to Seattle Reign star Megan "
        "Rapinoe, whose decision to kneel has stirred controversy. (Katherine Frey/The "
        "Washington Post)",
    ),
    (  # a social network's credit, a stock library's (Multi-News summaries held both)
        "photo_caption",
        "The baby and stroller landed on top of the elevator car, which was six stories "
        "below. (via Facebook)",
    ),
    (
        "photo_caption",
        "New research is exploring whether light flashes can help reset circadian rhythms. "
        "WSJ's Sumathi Reddy discusses with Tanya Rivero. Photo: iStock",
    ),
    (  # a caption ending in its credit, names only (Multi-News, LiveScience)
        "photo_caption",
        "A site in Dingwall, Scotland, revealed traces of a 13th century iron vessel underneath a "
        "parking lot. Credit: Dr. Oliver J. T. O'Grady",
    ),
    (  # Gannett's caption: its "Buy Photo" button, its credit whatever the outlet (Multi-News)
        "photo_caption",
        "Buy Photo Genesee County health official Jim Henry was among those calling for the Flint "
        "system to be tested as a Legionella source. (Photo: Karen Bouffard / The Detroit "
        "News)Buy Photo",
    ),
    ("photo_caption", "Football Coach Jonathan Magwood (Photo: Dwayne Eberhart)"),
    (  # a gallery's caption with the button (Multi-News)
        "photo_caption",
        "1 of 26 Full Screen Autoplay Close Skip Ad × A look back at Wisconsin Gov. Scott "
        "Walker’s political career View Photos The Republican is expected to launch his official "
        "campaign for president Monday. Morry Gash/AP Buy Photo Wait 1 second to continue.",
    ),
    (  # Yahoo's cut AP caption (Multi-News)
        "photo_caption",
        "The helicopter carrying Pope Francis flies over Castel Gandolfo, Saturday March 23, "
        "2013. Pope Francis traveled Saturday to this hilltown south of Rome to have lunch with "
        'his "brother" and predecessor... (Associated Press)',
    ),
    ("photo_credit", "Ayman Henna | AFP | Getty Images"),
    ("photo_credit", "Picture: Contributed"),  # a credit line without an agency (Multi-News)
    ("photo_credit", "(Sprayable Energy)"),  # a name alone in brackets under its picture
    ("photo_credit", "Image copyright Getty Images"),
    (
        "photo_credit",
        "Media playback is unsupported on your device Media caption BBC Economics Editor Kamal "
        "Ahmed: 'The slowdown was expected'",
    ),
    ("byline", "By Ahmed Rasheed and Suleiman Al-Khalidi"),
    ("byline", "By Dominic Casciani, BBC Home Affairs correspondent"),
    ("agency_credit", "(With inputs from AP)"),
    ("contributor_note", "Nicole Winfield reported from Vatican City."),  # AP (Multi-News)
    (  # CNN (Timeline17)
        "contributor_note",
        "CNN's Ivan Watson reported from the Libya-Tunisia border and Moni Basu reported from "
        "Atlanta.",
    ),
    ("contributor_note", "• Ben Wolfgang contributed to this report."),
    ("contributor_note", "Staff writer Samuel Mountjoy contributed to this report."),
    ("contact_footer", "• Mike Glenn can be reached at mglenn@washingtontimes.com."),
    ("contact_footer", "Follow Josh Feldman on Twitter: @feldmaniac"),
    (
        "contact_footer",
        "Call IndyStar reporter Holly Hays at (317) 444-6156. Follow her on Twitter: @hollyvhays.",
    ),
    ("comment_policy", "Please read our comment policy before commenting."),
    ("advertisement", "Advertisement Continue reading the main story"),
    ("advertisement", "Story Continued Below"),
    ("share_buttons", "share tweet pin email"),
    ("page_chrome", "Please enable Javascript to watch this video"),
    ("page_chrome", "Tweet with a location"),
    (
        "page_chrome",
        "You can add location information to your Tweets, such as your city or precise "
        "location, from the web and via third-party applications. You always have the option "
        "to delete your Tweet location history. Learn more",
    ),
    ("page_chrome", "The interactive transcript could not be loaded."),
    (
        "account_prompt",
        "For our international users, please be aware that the information you submit when "
        "registering for our services is collected in the United States of America.",
    ),
    ("account_prompt", "It can not be changed once you make a selection."),
    ("account_prompt", "Welcome back. Please sign in"),
    (  # a CAPTCHA's prompt, which had been a Multi-News source's title
        "account_prompt",
        "You must enter the characters with black color that stand out from the other characters",
    ),
    ("account_prompt", "Sign in using your wfxt profile"),
    (
        "newsletter_signup",
        "Sign up for KPRC 2 newsletters to get breaking news, sports, entertainment, contests "
        "and more delivered straight to your email inbox.",
    ),
    (
        "rights_notice",
        "Copyright 2016 by WDIV ClickOnDetroit - All rights reserved.",
    ),
    (
        "tweet_embed",
        "RIP Prodigy of Mobb Deep. Gone too soon. — Touré (@Toure) June 20, 2017",
    ),
    ("related_link", "RELATED: Best Places To Live In The World 2016"),
    ("related_link", "Trending News: How Good Of A Person Are You? Depends On Where You Live"),
    ("related_link", "[More on the match, plus video of Dunn’s goal]"),
    (
        "related_teaser",
        "Related 'The Case of: JonBenet Ramsey' Pt. 2: Everything We Learned In conclusion of "
        "docuseries, CBS team suggests that Burke Ramsey is the killer – but stop short of "
        "formally accusing him",
    ),
    ("related_teaser", "RELATED Judge in Amanda Knox retrial being investigated"),
    (
        "stamped_teaser",
        "Gadhafi's son floats possibility of elections updated: Thu Jun 16 2011 19:15:00 "
        "Elections watched by international observers could take place in Libya within three "
        "months, one of Libyan leader Moammar Gadhafi's sons says in a published interview.",
    ),
    (
        "stamped_teaser",
        "updated: Sat Apr 09 2011 22:05:00 There is an ongoing battle for control of a town near "
        "the Libyan capital.",
    ),
    (
        "broadcast_promo",
        "BP CEO Reveals Plan B and Beyond for Gulf Oil Spill Disaster This is a rush transcript "
        'from "On the Record," May 10, 2010.',
    ),
    (  # a print footer with a live blog's page glued after it
        "page_chrome",
        "A version appeared on p18 of the Main section section of the Guardian on 09.26 BST on "
        "Wednesday 12 May 2010 The latest news and comment from our team of reporters, writers "
        "and editors in the US Auto update every minute On | Off moorehn: Huh! This is a long "
        "comment of a reader who goes on and on about the spill and the company and what it "
        "should have done in the weeks before the rig blew up and killed eleven of its men.",
    ),
    (
        "broadcast_promo",
        "You can follow the testimony of BP chief executive Tony Hayward when he appears before "
        "a US Congress committee on the BBC News website on Thursday 17 June, from 1400GMT (1000 "
        "EST).",
    ),
    ("related_link", "RELATED | Why no Amber Alert for 13-year-old missing girls?"),
    ("click_here", "For a full recap of the night’s big winners, click here."),
    ("click_here", "Click below to sign the Petition."),  # a petition page (Multi-News)
    (  # an AP caption: a full date with its weekday, in the present tense (Timeline17)
        "photo_caption",
        "Rep. Joe Barton, R-Texas listens to opening statements from members of Congress, on "
        "Capitol Hill in Washington, Thursday, June 17, 2010, prior to BP CEO Tony Hayward "
        "testifying before an Energy and Environment subcommittee.",
    ),
    (
        "photo_caption",
        "In this Saturday, July 1, 2017, photo, people line up at the NuLeaf marijuana "
        "dispensary in Las Vegas.",
    ),
    (  # a video's blurb (Multi-News)
        "photo_caption",
        "The judge threw out three of the eight murder charges against abortion doctor Kermit "
        "Gosnell. NBC10's Lu Ann Cahn has the details. (Published Tuesday, April 23, 2013)",
    ),
    (  # The Washington Post's promotion of its graphics (Timeline17)
        "broadcast_promo",
        "Explore all of our oil spill graphics to track the spill, see its effects, and learn its "
        "possible solutions.",
    ),
    (  # The Guardian's print footer, by time of day (Timeline17)
        "page_chrome",
        "A version appeared in the Guardian on 14.44 BST on Wednesday 4 August 2010 Follow the "
        "latest environment news, comment and analysis on Twitter",
    ),
    (  # NPR's notice under its transcripts
        "broadcast_promo",
        "NPR transcripts are created on a rush deadline by Verb8tm, Inc., an NPR contractor, and "
        "produced using a proprietary transcription process developed with NPR. This text may not "
        "be in its final form and may be updated or revised in the future. Accuracy and "
        "availability may vary. The authoritative record of NPR’s programming is the audio record.",
    ),
    (
        "video_blurb",
        "CLOSE Skip in Skip x Embed x Share A former Massachusetts police officer accused of "
        "making false reports of a bomb threat and a shootout was found dead in his home "
        "Thursday. Video provided by Newsy Newslook",
    ),
    (
        "video_blurb",
        "CLOSE Bone-chilling cold gripped much of the U.S. as 2018 began, breaking century-old "
        "records and leading to several deaths that authorities attributed to exposure to the "
        "dangerously low temperatures. (Jan. 2) AP",
    ),
    (  # CNN's teaser for another of its videos (Multi-News)
        "video_blurb",
        "JUST WATCHED New sonar device seeks plane underwater Replay More Videos ... MUST WATCH "
        "New sonar device seeks plane underwater 01:27",
    ),
    # page furniture under and around Multi-News stories: a reporter's handle, an outlet's
    # invitation, The Guardian's inline links and video, a developing story's footer, page
    # labels and correction notes (the corrected misspelling "Rayham" had become a PERSON)
    ("contact_footer", "Twitter: @JulieMakLAT"),
    ("share_buttons", "Like us at facebook.com/foxnewslatino"),
    ("share_buttons", "LIKE us on: http://www.facebook.com/collegehumor"),  # a video's page
    ("share_buttons", "See more http://www.collegehumor.com"),
    ("related_link", "What are the true risks of taking cannabis? Read more"),
    (
        "video_blurb",
        "Play Video 2:10 UN Security Council steps up sanctions against N Korea – video",
    ),
    ("page_chrome", "This is a developing story. Stay with tampabay.com for updates."),
    ("page_chrome", "EXCLUSIVE"),
    ("page_chrome", "RIP."),
    (
        "correction_notice",
        "This story has been corrected to show Gomes lived in Raynham, not Rayham.",
    ),
    (
        "page_chrome",
        "Correction 31 July 2017: This article has been amended to make it clear that not all the "
        '"comfort women" were coerced.',
    ),
    (  # CNN's photo gallery, scraped as one paragraph (Multi-News)
        "photo_gallery",
        "Photos: The search for MH370 Photos: The search for MH370 Two years after Malaysia "
        "Airlines Flight 370 went missing, a relative of one of the passengers burns incense in "
        "Beijing on March 8, 2016. There were 239 people on board. Hide Caption 1 of 43 Photos: "
        "The search for MH370 On July 29, police carry a piece of debris on Reunion Island. Hide "
        "Caption 2 of 43",
    ),
    (
        "web_archive_notice",
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet "
        "Archive. Flowing in every day, these data are added to the Wayback Machine after an "
        "embargo period.",
    ),
    (
        "web_archive_notice",
        "This collection contains collaborative Election crawls performed by IA.",
    ),
    # CNN's This Just In pages (Timeline17): an editor's note over a series' story, a Twitter
    # widget's row, a call for readers' pictures, an audio link
    (
        "editors_note",
        "Editor's note: Nancy Grace's new show on HLN, \"Nancy Grace: America's Missing,\" is "
        "dedicated to finding 50 people in 50 days.",
    ),
    ("readers_call", "Share your snow images with CNN iReport."),
    ("blog_tagline", "Comic Riffs is a blog devoted to the comics fan."),
    # CNN's fixed notes in its Libya stories, The Guardian's ebook promotion and live widget,
    # the Observer's correction box (Timeline17)
    ("publisher_note", "CNN could not confirm reports for many areas in Libya."),
    ("publisher_note", "CNN has interviewed numerous witnesses by phone."),
    (
        "publisher_note",
        "Find out more and buy the ebook on Kindle from Amazon UK and US or iTunes UK or US The "
        "latest news and comment from our team of reporters, writers and editors in the US Auto "
        "update every minute On | Off MatthewWells: Friend turns on TV and sees Ocado van "
        "driver reversing away from flames 2/2",
    ),
    (
        "publisher_note",
        "The following correction was printed in the Observer's For the record column, Sunday "
        '20 June 2010 We reported below that "private companies, councils and public bodies '
        "have invested hundreds of billions of pounds of their pension funds into the "
        'company".',
    ),
    (
        "click_here",
        "To listen to the full interview with Kurtzer, click the audio link below: Despite new "
        "hires in the automotive industry, autoworkers are not quite ready to celebrate.",
    ),
    # Multi-News pages' notices and furniture: update notices, a newsletter's and a friend's
    # e-mail widgets, another story's and a document's links
    ("correction_notice", "This post has been updated."),
    (
        "correction_notice",
        "This story was edited at 5:48 p.m. to correct quote from Bentley's letter to say "
        '"citizen of India."',
    ),
    ("correction_notice", "Update, November 11, 12:03 PT: adds Apple statement."),
    (
        "correction_notice",
        "Updated: We've added new reports to the article. Please keep posting them in the "
        "comments.",
    ),
    (
        "newsletter_signup",
        "Want more stories like this? Sign up for our newsletter and other special offers: sign "
        "me up Thank you for signing up!",
    ),
    (  # the whole of a Multi-News "article", counted as a source of an index's brief
        "newsletter_signup",
        "Just fill in your contact details in the form below to join our mailing list and keep "
        "up to date with the Good Country as it develops.",
    ),
    ("related_link", "(Also on POLITICO: Dems paint GOP as shutdown party)"),
    ("related_link", "Read Gov. Bentley's letter.pdf"),
    ("related_link", "(PHOTOS: Obama surveys Oklahoma tornado damage)"),
    ("related_link", "Read more about: Michael Grimm, Mary Fallin, Oklahoma Tornado"),
    ("related_link", "For the latest updates on the sell-off, check Markets Insider»"),
    ("related_link", "Other views: ‘Trumponomics’ deserves to get the credit"),
    ("click_here", "See PDF with full results, charts and tables here."),
    (
        "share_buttons",
        "Message: * A friend wanted you to see this item from WRAL.com: http://wr.al/13gnP",
    ),
]
KEPT = "Three rockets also landed in Ain Al-Assad on Monday without causing any casualties."


@pytest.mark.parametrize(("rule", "fragment"), REMOVED)
def test_rule_removes_real_fragment(rule: str, fragment: str) -> None:
    cleaned, removals, _ = clean_text(f"{fragment}\n\n{KEPT}")
    assert cleaned == KEPT
    assert Removal(rule, fragment) in removals


def test_every_rule_is_documented_and_tested() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.why and rule.example for rule in RULES)
    repairs = {"fix_encoding", "normalise_whitespace", "dateline", "join_wrapped_lines"}
    repairs |= {"hover_card", "page_top", "live_blog_time"}  # tested below: they cut in a line
    repairs |= {"capitals_lead_in"}  # tested below: it recases words
    repairs |= {"wiki_markup"}  # tested below: it cuts in a line
    repairs |= {"treebank_tokens"}  # tests/test_clean_tokens.py
    repairs |= {"stock_tickers"}  # tests/test_clean_tokens.py and below
    whole_page = {"web_archive_page", "error_page", "index_page"}  # tested below: whole texts
    whole_page |= {"reader_comments"}  # tested below: it takes the page's tail
    whole_page |= {"photo_date"}  # tested below: it lifts, and removes nothing
    whole_page |= {"listed_links"}  # tested below: it takes a label and the lines under it
    whole_page |= {"story_highlights"}  # tested below: it takes a run of lines
    whole_page |= {"popular_stories"}  # tested below: a label and the teasers under it
    whole_page |= {"repeated_label"}  # tested below: a line the page repeats
    assert set(names) == {rule for rule, _ in REMOVED} | repairs | whole_page


def test_the_guardian_s_top_picture_s_caption_goes_with_the_lines_above_its_credit() -> None:
    """Timeline17 cuts The Guardian's caption over lines, above the credit glued to the
    story's first words: the caption's first sentence had opened a source. Lower down the
    page only the line right above a credit is its caption."""
    caption = [
        "Protesters yesterday outside a BP station in Florida.",
        "The company, and its chief executive Tony Hayward, have been much criticised.",
    ]
    story = "The oil spill in the Gulf of Mexico has now cost BP $1.25bn."
    credited = f"Photograph: Dave Martin/AP {story}"
    assert clean_text("\n\n".join([*caption, credited]))[0] == story
    lower = [KEPT, *caption[1:], credited]
    text = "\n\n".join([KEPT, "BP shares rose.", *lower])
    assert clean_text(text)[0] == "\n\n".join([KEPT, "BP shares rose.", KEPT, story])


def test_an_ap_picture_s_day_is_lifted_before_its_caption_goes() -> None:
    """Multi-News' AP page of a budget deal: the caption above its dateline goes, its day is
    kept for the page's weekdays. A file photo's day and "In this ... photo" are no page's."""
    caption = (
        "Senate Majority Leader Mitch McConnell, R-Ky., smiles as he meets with reporters, at "
        "the Capitol in Washington, Tuesday, Feb. 6, 2018. (AP Photo/J. Scott Applewhite)"
    )
    story = "WASHINGTON (AP) — The Senate's top leaders announced Wednesday a budget pact."
    cleaned, _, lifted = clean_text(f"{caption}\n\n{story}")
    assert cleaned == "The Senate's top leaders announced Wednesday a budget pact."
    assert lifted["photo_date"] == "Tuesday, Feb. 6, 2018"
    for older in (
        "FILE - In this Thursday, Jan. 17, 2013, file photo, a man speaks on a cell phone in "
        "the business district of Madrid.",
        "In this Saturday, July 1, 2017, photo, people line up at the NuLeaf marijuana "
        "dispensary in Las Vegas.",
    ):
        assert "photo_date" not in clean_text(f"{older}\n\n{story}")[2]


def test_a_transcript_loses_its_speaker_labels_and_production_cues() -> None:
    """CNN's and NPR's transcripts (Timeline17, Multi-News): "MARTIN: It started out as a
    simple walk ..." had been a summary sentence, "COMMERCIAL BREAK" a person."""
    raw = (
        "CANDY CROWLEY, HOST: It took 18 days to remove a dictator of 30 years.\n\n"
        "CROWLEY: Let me turn now to our Nic Robertson. (COMMERCIAL BREAK)\n\n"
        "NIC ROBERTSON, CNN SENIOR INTERNATIONAL CORRESPONDENT: The army is in the streets.\n\n"
        "(BEGIN VIDEOTAPE)\n\n"
        "GRAHAM: Well, I think this election will define Egypt. (CROSSTALK)"
    )
    text, removals, _ = clean_text(raw)
    assert text.split("\n\n") == [
        "It took 18 days to remove a dictator of 30 years.",
        "Let me turn now to our Nic Robertson.",
        "The army is in the streets.",
        "Well, I think this election will define Egypt.",
    ]
    assert {r.rule for r in removals} == {"transcript_turns"}
    # one speaker's second turn makes a transcript without any role named
    npr = "MARTIN: That's Opal Lee.\n\nLEE: I just kept walking.\n\nMARTIN: She is 91."
    assert clean_text(npr)[0].split("\n\n") == [
        "That's Opal Lee.",
        "I just kept walking.",
        "She is 91.",
    ]
    # a capitalised word before a colon on an ordinary page is no speaker, nor a section label
    for kept in (
        "BAGHDAD: Rockets struck the base on Wednesday.\n\nOfficials said two were hurt.",
        "OPINION: Ending birthright citizenship is no panacea.\n\nOPINION: It is a trap.",
    ):
        assert clean_text(kept)[0] == kept


def test_a_label_behind_a_cue_or_with_a_delivery_note_goes_too() -> None:
    """Timeline17's CNN transcripts on Egypt: "BLITZER: Because it was only a week ago ..."
    and "MALVEAUX (on camera): President Obama is trying ..." had been timeline entries."""
    raw = (
        "(CROSSTALK) BLITZER: Because it was only a week ago that she said so.\n\n"
        "COOPER (voice-over): Tense moments today near Liberation Square.\n\n"
        "(on camera): It's about 4:00 in the afternoon.\n\n"
        "(voice over) Defying Mubarak, thousands showed up.\n\n"
        "BENJAMIN NETANYAHU, ISRAELI PRIME MINISTER (through translator): We are watching.\n\n"
        "(END VIDEO CLIP)"
    )
    assert clean_text(raw)[0].split("\n\n") == [
        "Because it was only a week ago that she said so.",
        "Tense moments today near Liberation Square.",
        "It's about 4:00 in the afternoon.",
        "Defying Mubarak, thousands showed up.",
        "We are watching.",
    ]
    # one delivery note makes a page a transcript
    assert clean_text("MALVEAUX (on camera): Obama is busy.\n\nBLITZER: Thanks.")[0] == (
        "Obama is busy.\n\nThanks."
    )


def test_a_video_script_s_soundbite_label_goes() -> None:
    """A Reuters video script (Timeline17): 'U.S. Secretary of State saying (English): "The
    entire region is changing ...' had been a summary sentence."""
    for raw in (
        'SOUNDBITE: U.S. Secretary of State saying (English): "The entire region is changing.',
        '(SOUNDBITE) (Arabic) ADEL, REBEL CHIEF IN ARRUJBAN, SAYING: "We fight using old guns.',
        'SHASHANK JOSHI, ASSOCIATE FELLOW, RUSI, SAYING (English): "I think they can be contained.',
    ):
        cleaned, removals, _ = clean_text(raw)
        assert cleaned == raw[raw.index('"') :]
        assert [r.rule for r in removals] == ["transcript_turns"]
    kept = "Clinton was saying (in English) what she had said before: that Gaddafi must go."
    assert clean_text(kept)[0] == kept


def test_cnn_s_transcript_header_goes() -> None:
    header = (
        'Protesters Call for "March of Million"; Interview with Mohamed ElBaradei Aired '
        "January 31, 2011 - 23:00 ET THIS IS A RUSH TRANSCRIPT."
    )
    assert clean_text(f"{header}\n\n{KEPT}")[0] == KEPT


def test_a_reuters_video_page_s_furniture_goes() -> None:
    """Timeline17's Reuters video page on Clinton and Libya: its title with the clip's length,
    its reporter's sign-off and the products blurb glued after "(Transcript)" had stayed."""
    raw = (
        "Gaddafi, meanwhile, appears unmoved by the outside pressure.\n\n"
        "Jon Decker, Reuters.\n\n"
        "Clinton warns of Libya civil war (1:23) Mar 1 - Secretary of State Hillary Clinton is "
        "warning that Libya could descend into civil war if Muammar Gaddafi refuses to quit.\n\n"
        "(Transcript) An ultra-low latency infrastructure for electronic trading and data "
        "distribution A connected approach to governance, risk and compliance"
    )
    assert clean_text(raw)[0] == "Gaddafi, meanwhile, appears unmoved by the outside pressure."
    # the blurb glued after the story's last words goes from them
    quote = '"If they remove their support he is finished," he said.'
    glued = f"{quote} An ultra-low latency infrastructure for electronic trading and data"
    assert clean_text(glued)[0] == quote


def test_a_reporter_s_profile_goes() -> None:
    raw = (
        '"I am Senior Correspondent, Saudi Arabia, covering from the Saudi capital Riyadh '
        "political, economic and social news.\n\n"
        'I have also reported for Reuters from Kuwait, Yemen and Iraq."\n\n'
        f"{KEPT}"
    )
    assert clean_text(raw)[0] == KEPT
    for kept in (
        "I am a reporter covering the case, she said.",
        "I am Chief Executive of BP, covering the cost of the cleanup, Hayward said.",
    ):
        assert clean_text(kept)[0] == kept


def test_stock_tickers_go_from_the_sentence() -> None:
    raw = (
        "Shares of Michael Kors Holdings (KORS.N) and GlaxoSmithKline (GSK.L: Quote, Profile) "
        "rose, as did XO Group (NYSE: XOXO), Green Mountain (NASDAQ:GMCR) and Jimmy Choo CHOO.L."
    )
    text, removals, _ = clean_text(raw)
    assert text == (
        "Shares of Michael Kors Holdings and GlaxoSmithKline rose, as did XO Group, Green "
        "Mountain and Jimmy Choo."
    )
    assert [r.rule for r in removals] == ["stock_tickers"]
    kept = "He moved to the U.S. (D.C.) in 2010 and to Washington (U.S.) later."
    assert clean_text(kept)[0] == kept
    # Hong Kong's numbers, also as a Treebank text splits them over two lines (a Timeline17
    # summary had ended at "with Cathay Pacific (0293.")
    for raw in (
        "Stocks fell, with Cathay Pacific (0293.HK) down 1.7 percent.",
        "Stocks fell , with Cathay Pacific -LRB- 0293 .\nHK -RRB- down 1.7 percent .",
    ):
        assert clean_text(raw)[0] == "Stocks fell, with Cathay Pacific down 1.7 percent."


def test_an_edition_picker_s_buttons_are_cut_from_the_story_they_open() -> None:
    text, removals, _ = clean_text(
        "YES | NO Egyptian President Hosni Mubarak stepped down as president of Egypt on "
        "February 11."
    )
    assert text.startswith("Egyptian President Hosni Mubarak stepped down")
    assert [(r.rule, r.text) for r in removals] == [("account_prompt", "YES | NO")]


def test_an_invitation_or_a_copyright_glued_before_the_story_is_cut_from_it() -> None:
    text, removals, _ = clean_text(
        "Follow live updates here BP revealed yesterday that plans to stop the oil had suffered "
        "a setback.\n\n(AP) AP2010 Executives from the three companies told lawmakers on "
        "Tuesday they were doing everything they could."
    )
    assert text == (
        "BP revealed yesterday that plans to stop the oil had suffered a setback.\n\n"
        "Executives from the three companies told lawmakers on Tuesday they were doing "
        "everything they could."
    )
    assert [r.rule for r in removals] == ["photo_credit", "broadcast_promo"]


def test_a_programme_listing_glued_before_the_story_is_cut_from_it() -> None:
    raw = (
        "BP - In Deep Water, BBC One, Monday, 21 June at 2030 BST Then available in the UK via "
        'the link below "BP appears to have made multiple decisions," Mr Waxman said.'
    )
    text, removals, _ = clean_text(raw)
    assert text == '"BP appears to have made multiple decisions," Mr Waxman said.'
    assert [r.rule for r in removals] == ["broadcast_promo"]


def test_fix_encoding_writes_a_wires_two_character_quotes_as_quotation_marks() -> None:
    """A TODAY page closes quotes with '' against the word: no quote rule read it. Inches
    ("12''") and Treebank text's spaced marks (read by `treebank_tokens`) are left alone."""
    assert clean_text("\"It's not a pushing environment,'' said Rosannah, now 18.")[0] == (
        '"It\'s not a pushing environment," said Rosannah, now 18.'
    )
    assert clean_text("``We will not give up on this issue,'' said Smith.")[0] == (
        '"We will not give up on this issue," said Smith.'
    )
    assert clean_text("They laid a 12'' pipe under the road.")[0] == (
        "They laid a 12'' pipe under the road."
    )
    assert clean_text("Gaddafi 's forces said `` no '' to the offer .")[0] == (
        'Gaddafi\'s forces said "no" to the offer.'
    )


def test_fix_encoding_restores_the_apostrophes_a_decoder_dropped() -> None:
    """A CNN page of Timeline17 lost its apostrophes: "Gadhafi s side", "I don t imagine",
    "we re talking" stood in evidence quotes. A lone letter after a number or a word it does
    not contract with stays."""
    assert clean_text("I don t imagine time is on Gadhafi s side, and we re talking.")[0] == (
        "I don't imagine time is on Gadhafi's side, and we're talking."
    )
    assert clean_text("The future doesn t look too bad, and it ll be fine.")[0] == (
        "The future doesn't look too bad, and it'll be fine."
    )
    for kept in (
        "The band of the 1990 s played.",
        "Vitamin D m levels fell.",
        "It moves at 6 km s−1, and s/he knows.",  # a unit; a pronoun
        "RMSF is s currently in peak tick season.",  # a typo: no "is's"
    ):
        assert clean_text(kept)[0] == kept


def test_fix_encoding_repairs_mojibake() -> None:
    assert clean_text("At least 14 rockets were fired at Iraqâ€™s Ain al-Asad Air Base.")[0] == (
        "At least 14 rockets were fired at Iraq’s Ain al-Asad Air Base."
    )
    assert clean_text("After years of heavy use, AT&T; relented, and R&B; fans cheered.")[0] == (
        "After years of heavy use, AT&T relented, and R&B fans cheered."
    )
    assert clean_text("No more capacity than Verizon and AT&T.; In fact, less.")[0] == (
        "No more capacity than Verizon and AT&T. In fact, less."
    )


def test_a_wikipedia_page_loses_its_edit_links_and_footnote_numbers() -> None:
    """A Wikipedia article in Multi-News: "[ edit ]" after its section headings, footnote
    numbers glued to the words they cite; a bracket a space sets off stays."""
    raw = (
        "Scriptures [ edit ]\n\nBoth churches publish a book called the Doctrine and Covenants "
        "and accept it as scripture.[11][12] Membership is approximately 250,000.[2]"
    )
    cleaned, removals, _ = clean_text(raw)
    assert cleaned == (
        "Scriptures\n\nBoth churches publish a book called the Doctrine and Covenants and "
        "accept it as scripture. Membership is approximately 250,000."
    )
    assert [r.rule for r in removals] == ["wiki_markup", "wiki_markup"]
    kept = "Voters chose option [1] on the ballot, the clerk said."
    assert clean_text(kept)[0] == kept


def test_normalise_whitespace() -> None:
    raw = "wrote US Army Colonel Wayne\u00a0Marotto ,  Spokesman\u200b for\tOperation"
    assert clean_text(raw)[0] == "wrote US Army Colonel Wayne Marotto, Spokesman for Operation"
    # brackets the scrape emptied of a link go; a bracket with words stays
    raw = "The most elusive has been the black leopard (). It was seen [ ] twice (in May)."
    tidy = "The most elusive has been the black leopard. It was seen twice (in May)."
    assert clean_text(raw)[0] == tidy
    # a full stop spaced off its sentence in a text not tokenised as a whole (AllSides); not
    # an ellipsis spaced out
    raw = "It covers companies with 100 or more employees . Workers must soon be vaccinated ."
    tidy = "It covers companies with 100 or more employees. Workers must soon be vaccinated."
    assert clean_text(raw)[0] == tidy
    assert clean_text("He paused . . . and then spoke.")[0] == "He paused . . . and then spoke."


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ("LAPD officials said.Smith was charged.", "LAPD officials said. Smith was charged."),
        (  # a quotation mark that closes a quote stays with its sentence ...
            '"I am ready," she said."We are too."',
            '"I am ready," she said. "We are too."',
        ),
        ('"We won the game."Then they left.', '"We won the game." Then they left.'),
        ("It ended.”Then came the rain.", "It ended.” Then came the rain."),
        # a bracket before the full stop or after it, a lone "I" after it (Multi-News: glued
        # so, five sentences between unbalanced quotation marks had made one)
        (
            "He was left (partially paralyzed).Patel had surgery.",
            "He was left (partially paralyzed). Patel had surgery.",
        ),
        (
            'It shocked Serna."(Olivera) comes in," he said.',
            'It shocked Serna. "(Olivera) comes in," he said.',
        ),
        (
            "They sued the Department.(Aakash) wrote it.",
            "They sued the Department. (Aakash) wrote it.",
        ),
        (
            'He was locked up with him."I had never been," he said.',
            'He was locked up with him. "I had never been," he said.',
        ),
        # ... and an address, an abbreviation, a decimal or a web address is no glued sentence
        ("The memo reached Daniel.Miller@THR.com on Monday, she said.", None),
        ("The U.S.Army said so on Monday.", None),
        ("It rose 2.5 percent, and www.CNN.com had it (e.g.(Smith) or Ph.D.I think).", None),
    ],
)
def test_sentences_a_scrape_glued_are_parted(raw: str, tidy: str | None) -> None:
    assert clean_text(raw)[0] == (tidy or raw)


def test_the_dash_a_data_set_left_of_a_dateline_goes_but_a_signature_keeps_its_dash() -> None:
    """Multi-News took the place from "HO CHI MINH CITY — The girls walk ...": the sentence
    had read as a fragment."""
    story = "The girls walk up and down the bar-lined street in Ho Chi Minh City."
    assert clean_text(f"— {story}") == (story, [Removal("dateline", "—")], {})
    for kept in ("— Abraham Lincoln", "— and then the rain came down on all of them for hours."):
        assert clean_text(kept)[0] == kept


def test_dateline_is_stripped_and_lifted() -> None:
    cleaned, removals, lifted = clean_text(
        "BAGHDAD / AMMAN (Reuters) – Iraqi and Syrian U.S.\n\n\n\ndiplomats and troops"
    )
    assert cleaned == "Iraqi and Syrian U.S. diplomats and troops"
    assert lifted == {"dateline": "BAGHDAD / AMMAN", "agency": "Reuters"}
    assert removals == [Removal("dateline", "BAGHDAD / AMMAN (Reuters) –")]


@pytest.mark.parametrize(
    ("page", "story", "lifted"),
    [
        (  # Reuters: another story's headline, this one's headline and its timestamp
            "Helicopter crashes into crane on London tower, kills two.\n"
            "Full Article Most H1N1 patients do not need drugs to recover: WHO GENEVA | Tue May "
            "12, 2009 1:47 pm EDT GENEVA (Reuters) - Most H1N1 flu patients do not require "
            "antiviral therapy to recover.\nThe WHO said so.",
            "Most H1N1 flu patients do not require antiviral therapy to recover.\n\nThe WHO "
            "said so.",
            {"dateline": "GENEVA", "agency": "Reuters"},
        ),
        (  # CNN: a caption, then the highlights on the dateline's line
            "By the CNN Wire Staff A Libyan mourner fires shots in the air at a cemetery.\n"
            'NEW: Government spokesman: Al-Zawiya is "absolutely under our control" Rebels say '
            "they captured the town of Garyan A government spokesman calls the rebel efforts "
            '"weak" Tripoli, Libya (CNN) -- Rebels said Saturday that they were gaining traction.',
            "Rebels said Saturday that they were gaining traction.",
            {"dateline": "Tripoli, Libya", "agency": "CNN"},
        ),
        (  # a byline glued before the wire's place in capitals
            "Mexico City residents don surgical masks (Updates with color, quotes) By Noel "
            "Randewich and Armando Tovar MEXICO CITY, April 24 (Reuters) - A deadly strain of "
            "swine flu has broken out.",
            "A deadly strain of swine flu has broken out.",
            {"dateline": "MEXICO CITY, April 24", "agency": "Reuters"},
        ),
        (  # Reuters' summary bullets, and a place with a date
            "* Offshore energy-related premiums up by 50 pct - Moody's * Sector loss would be "
            "more LONDON, June 3 (Reuters) - Reinsurers have bumped up prices.",
            "Reinsurers have bumped up prices.",
            {"dateline": "LONDON, June 3", "agency": "Reuters"},
        ),
        (  # a picture's credit opening the line: the caption rule had dropped the whole lead
            "Credit: Reuters/Libyan TV via Reuters TV THE HAGUE | Mon May 16, 2011 7:33 am EDT "
            "THE HAGUE (Reuters) - The International Criminal Court prosecutor said on Monday "
            "he had requested arrest warrants for Libya's Muammar Gaddafi.",
            "The International Criminal Court prosecutor said on Monday he had requested arrest "
            "warrants for Libya's Muammar Gaddafi.",
            {"dateline": "THE HAGUE", "agency": "Reuters"},
        ),
    ],
)
def test_page_top_before_a_wire_dateline_is_dropped(
    page: str, story: str, lifted: dict[str, str]
) -> None:
    cleaned, removals, found = clean_text(page)
    assert cleaned == story
    assert found == lifted
    assert "page_top" in {r.rule for r in removals}


@pytest.mark.parametrize(
    ("page", "story"),
    [
        (  # The Washington Post: a headline above, the timestamp opening the story's line
            "Oil spill puts Republicans in tight spot\nThursday, June 3, 2010; 3:26 PM BATON "
            "ROUGE -- For some people, a giant underwater oil leak is bad news.",
            "Oil spill puts Republicans in tight spot\n\nFor some people, a giant underwater oil "
            "leak is bad news.",
        ),
        (  # The Guardian: headline and standfirst glued before the timestamp
            "Swine flu will spread around world within nine months, as UK confirms three more "
            "cases Tuesday 12 May 2009 16.36 BST The swine flu virus will infect a third of "
            "the world's population.",
            "The swine flu virus will infect a third of the world's population.",
        ),
        (  # a BBC blog: the author, then the time first
            "Fergus Walsh | 18:17 UK time, Tuesday, 16 June 2009 Your eyes may glaze over at "
            "the figures.",
            "Your eyes may glaze over at the figures.",
        ),
        (
            "Page last updated at 07:41 GMT, Wednesday, 9 June 2010 08:41 UK Meet Chris "
            "Caddell, a 22-year-old waiter.",
            "Meet Chris Caddell, a 22-year-old waiter.",
        ),
        (  # the BBC's with its help link (Timeline17)
            "8 September 2010 Last updated at 15:00 GMT Help BP has produced a corporate video.",
            "BP has produced a corporate video.",
        ),
        (  # a date and time in a sentence is no timestamp
            "Police said the shooting began on March 3, 2011 at 5:30 p.m. Witnesses fled.",
            "Police said the shooting began on March 3, 2011 at 5:30 p.m. Witnesses fled.",
        ),
    ],
)
def test_page_top_before_a_timestamp_is_dropped(page: str, story: str) -> None:
    assert clean_text(page)[0] == story


@pytest.mark.parametrize(
    ("page", "story"),
    [
        (  # CNN (Timeline17): a caption, the highlights and a show's promo above the dateline
            'NATO Secretary General Anders Fogh Rasmussen: "We are there to protect civilians."\n'
            "NEW: NATO is expected to control no-fly zone by end of the day Monday NATO's "
            "secretary general says NATO's goal is to protect civilians Tune in to CNN tonight\n"
            'Then at 8 and 9 p.m., get expert analysis on "In the Arena" -- only on CNN.\n'
            "Brussels, Belgium (CNN) -- NATO's secretary general ruled out arming Libyan rebels "
            "Monday.",
            "NATO's secretary general ruled out arming Libyan rebels Monday.",
        ),
        (  # one line above, but a long one: a picture's caption
            "Fans wear shirts emblazoned with the misspelled surname of Colorado Rockies All-Star "
            "shortstop Troy Tulowitzki that were given away to attendees.\n"
            "DENVER (AP) -- The Colorado Rockies gave away shirts with a misspelling.",
            "The Colorado Rockies gave away shirts with a misspelling.",
        ),
        (  # ... or two sentences: a prompt
            "Are you there? Send us your images or video.\n"
            "LONDON (Reuters) - Police sealed off the bridge.",
            "Police sealed off the bridge.",
        ),
        (  # the story's headline stays, a byline beside it or not
            "Trump drops his choice for spy chief after scrutiny over resume.\n"
            "WASHINGTON (AP) -- President Donald Trump dropped his pick.",
            "Trump drops his choice for spy chief after scrutiny over resume.\n\n"
            "President Donald Trump dropped his pick.",
        ),
        (
            "Black Caucus, progressives to oppose debt deal\nBy Kase Wickman\n"
            "Sunday, July 31, 2011 21:39 EDT The leaders have reached an agreement.",
            "Black Caucus, progressives to oppose debt deal\n\nThe leaders have reached an "
            "agreement.",
        ),
    ],
)
def test_only_the_story_s_headline_stays_above_a_dateline_opening_its_line(
    page: str, story: str
) -> None:
    assert clean_text(page)[0] == story


def test_a_caption_credited_to_an_agency_no_list_holds_goes() -> None:
    """Multi-News' Local page on Peter Madsen: TT's and Scanpix's credits had stayed, and the
    caption above the story had become the article's title."""
    title = (
        "Peter Madsen speaks to police shortly after his rescue on August 11th. Photo: Bax "
        "Lindhardt/Scanpix"
    )
    for caption in (
        "Police scanning the submarine for clues. Photo: Johan Nilsson/TT",
        title,
        "Photo: Bax Lindhardt/Scanpix",
    ):
        assert clean_text(f"{caption}\n\n{KEPT}")[0] == KEPT
    page = text_article(f"{title}\n\n{KEPT}", "madsen.txt")
    assert clean_article(page).title is None
    kept = "The vote split the parties. Photo: Democrats/Republicans"
    assert clean_text(kept)[0] == kept


@pytest.mark.parametrize(
    "caption",
    [
        # Multi-News' gossip page on Gillibrand's book: the softball game's day became the
        # event's date, and "WASHINGTON, DC" the page's dateline
        "WASHINGTON, DC - JUNE 18: Former Congresswoman Gabby Giffords throws out the first "
        "pitch at the Congressional Softball game on Capitol Hill in Washington, DC Wednesday "
        "evening June 18, 2014. (Photo by Melina Mara/The Washington Post)",
        "WASHINGTON, DC - JUNE 18: Former Congresswoman Gabby Giffords throws out the first "
        "pitch at the Congressional Softball game.",
        "Former Congresswoman Gabby Giffords throws out the first pitch at the Congressional "
        "Softball game. (Photo by Melina Mara/The Washington Post)",
        # a caption's joke to the reader reached a summary
        "Image from the Sprayable Energy campaign. If this is relatable, consider an EKG. And "
        "start reusing your cups.",
        "Tory MP Karen Vecchio says she will oppose Liberal MP Mauril Belanger's bid to change "
        "the lyrics of O Canada. (parl.gc.ca)",
        "Image: google",
        "Image: screenshot/netflix",
        "(Credit: CNET)",
        # Multi-News' Reuters page on the Ambani wedding: the caption's "Nita Ambani" had been
        # an actor of the event; NPR's widget with a credit no list holds
        "Hillary Clinton poses with Mukesh Ambani in Rajasthan, India, December 8, 2018. "
        "Reliance Industries/Handout via REUTERS",
        "Hillary Clinton poses with Mukesh Ambani in Udaipur, India, December 8, 2018. "
        "REUTERS/Amit Dave",
        "toggle caption Pew Research Center/NPR",
    ],
)
def test_a_caption_by_any_outlet_or_site_goes_with_all_its_sentences(caption: str) -> None:
    assert clean_text(f"{caption}\n\n{KEPT}")[0] == KEPT


@pytest.mark.parametrize(
    "story",
    [
        "Photographers from the agency said the pictures were taken in June.",
        "Credit: Moody's cut the rating.",
        "The senator said so in a post on her website. (More at 11.)",
        "The agency's pictures were sold. REUTERS/Ipsos polled 1,000 adults.",
    ],
)
def test_a_story_s_line_about_pictures_or_sites_stays(story: str) -> None:
    assert clean_text(story)[0] == story


def test_the_line_above_an_agency_s_glued_picture_credit_is_its_caption() -> None:
    """Timeline17's Fox News page on methane in the Gulf: the caption had opened the summary
    and made the event an explosion."""
    caption = (
        "Oil that leaked from a broken oil well following an explosion on a drilling rig "
        "swirls through the currents in the Gulf of Mexico."
    )
    story = "As much as 1 million times the normal level of methane gas has been found."
    assert clean_text(f"{caption}\n\nAP Photo/Dave Martin {story}")[0] == story
    reported = f"{caption}\n\nAP reported that {story}"
    assert clean_text(reported)[0] == reported


def test_the_guardian_s_photograph_credit_and_its_caption_go() -> None:
    page = (
        "Barack Obama surveys damage along the Louisiana coastline from the oil spill.\n"
        "Photograph: Larry Downing/Reuters BP is to hive off its Gulf of Mexico oil spill "
        "operation.\n"
        "It was announced on Friday.\n"
        "Photograph: Carl de Souza/AFP/Getty Images Two new cases of swine flu were confirmed."
    )
    cleaned, removals, _ = clean_text(page)
    assert cleaned == (
        "BP is to hive off its Gulf of Mexico oil spill operation.\n\n"
        "Two new cases of swine flu were confirmed."
    )
    shouted = "Photograph: Toby Melville/REUTERS A war of words broke out today."  # Timeline17
    assert clean_text(shouted)[0] == "A war of words broke out today."
    # an agency's credit before the story's words (Fox News, Timeline17), not its own news
    for page, story in (
        ("AP Anadarko Petroleum Corp. owns a quarter of the well.", "Anadarko Petroleum Corp."),
        ("AP Photo/Dave Martin The largest ecological disaster grew.", "The largest ecological"),
        ("Reuters Rep. Joe Barton's apology drew fire.", "Rep. Joe Barton's apology"),
        ("AP reported the spill grew.", "AP reported"),
        (  # Politico's caption and credit before its headline (a Multi-News summary's first)
            "Senate leaders walk to the Senate floor Wednesday. | John Shinkle/POLITICO "
            "Congressional leaders reach budget deal",
            "Congressional leaders",
        ),
        (
            "Goodlatte's son made the announcement Sunday. | Manuel Balce Ceneta/AP Photo "
            "Goodlatte's son donates to Democrat",
            "Goodlatte's son donates",
        ),
        ("It rose 3% on Friday. | The rest, 2/3 of it, fell.", "It rose 3%"),
        ("EPA Administrator Lisa Jackson will return.", "EPA Administrator"),
    ):
        assert clean_text(page)[0].startswith(story)
    assert "Photograph: Carl de Souza/AFP/Getty Images" in {r.text for r in removals}


@pytest.mark.parametrize(
    ("entry", "story"),
    [
        ("3.40 pm: The White House has announced a plan.", "The White House has announced a plan."),
        (
            "LIBYA, 11:22 p.m. ET, 6:22 a.m. local: Rebels advanced on Sirte.",
            "Rebels advanced on Sirte.",
        ),
        (
            "The meeting ended at 5.30 pm: nobody spoke.",
            "The meeting ended at 5.30 pm: nobody spoke.",
        ),
    ],
)
def test_a_live_blog_entry_s_time_goes(entry: str, story: str) -> None:
    assert clean_text(entry)[0] == story


def test_a_diary_s_times_stay_but_a_live_blog_s_go() -> None:
    """Multi-News' test of a caffeine spray, told as a timed diary: its times had all gone, and
    with them that the spray took effect within seven minutes."""
    diary = (
        "9:20 am: I miss my morning coffee. I deliver 4 sprays to the inside of my left wrist.\n\n"
        "9:27 am: My eyes pop open like Betty Boop's.\n\n"
        "9:43 am: Whoo-hoo! The rush is a little bit disconcerting."
    )
    assert clean_text(diary)[0] == diary
    blog = (
        "3.40 pm: The White House has announced a plan.\n\n"
        '3.55 pm: "I am confident," the president said.\n\n'
        "4.10 pm: I'm told the vote will be tomorrow. Senators are leaving."
    )
    assert clean_text(blog)[0] == (
        "The White House has announced a plan.\n\n"
        '"I am confident," the president said.\n\n'
        "I'm told the vote will be tomorrow. Senators are leaving."
    )


def test_a_wire_dateline_below_the_top_lines_keeps_what_is_above() -> None:
    """A live page quoting a wire story further down is not cut."""
    page = "\n".join(f"Update {i}: the rescue went on through the night." for i in range(4))
    page += "\nLONDON (Reuters) - Rescuers pulled two more people from the rubble."
    cleaned, _, _ = clean_text(page)
    assert cleaned.startswith("Update 0: the rescue")


@pytest.mark.parametrize(
    ("raw", "cleaned", "lifted"),
    [
        (  # CNN glues its dateline to the first word
            "Washington (CNN)The Supreme Court on Monday let stand a ruling.",
            "The Supreme Court on Monday let stand a ruling.",
            {"dateline": "Washington", "agency": "CNN"},
        ),
        ("(CNN)The US announced new rules.", "The US announced new rules.", {"agency": "CNN"}),
        (  # CNN's city in title case, and its dash
            "Cairo, Egypt (CNN) -- Wael Ghonim had a message Wednesday.",
            "Wael Ghonim had a message Wednesday.",
            {"dateline": "Cairo, Egypt", "agency": "CNN"},
        ),
        (  # a dash with no space after it
            "WASHINGTON—The chairman of the Senate Intelligence Committee promised a review.",
            "The chairman of the Senate Intelligence Committee promised a review.",
            {"dateline": "WASHINGTON"},
        ),
        # a hyphen: a city with its state, or one the story goes on to name
        (
            "ALLENTOWN, Pa. - The Lehigh County Humane Society has come to the rescue.",
            "The Lehigh County Humane Society has come to the rescue.",
            {"dateline": "ALLENTOWN, Pa."},
        ),
        (
            "DETROIT - A police officer has died after he was shot Tuesday night in Detroit.",
            "A police officer has died after he was shot Tuesday night in Detroit.",
            {"dateline": "DETROIT"},
        ),
        (  # a dateline on a line of its own
            "PHILADELPHIA |\n\nEight people were injured on Monday.",
            "Eight people were injured on Monday.",
            {"dateline": "PHILADELPHIA"},
        ),
        (  # a city, its country and the day
            "FLORENCE, Italy, Feb. 25 (UPI) -- Raffaele Sollecito has stood by Amanda Knox.",
            "Raffaele Sollecito has stood by Amanda Knox.",
            {"dateline": "FLORENCE, Italy, Feb. 25", "agency": "UPI"},
        ),
        (  # no dash at all, its "(Reuters) -" cut by a data set (Multi-News)
            "NEWTOWN, Conn. Parents of almost half the young children killed have taken steps.",
            "Parents of almost half the young children killed have taken steps.",
            {"dateline": "NEWTOWN, Conn."},
        ),
        (
            "PARIS An Algerian man suspected of planning an attack has been arrested in Paris.",
            "An Algerian man suspected of planning an attack has been arrested in Paris.",
            {"dateline": "PARIS"},
        ),
        (  # The Detroit News's city in title case, named again in the line
            "Flint — Sixteen months after the outbreak, Flint’s water supply still hasn’t been "
            "tested.",
            "Sixteen months after the outbreak, Flint’s water supply still hasn’t been tested.",
            {"dateline": "Flint"},
        ),
        # no dateline: a name in parentheses, a hyphenated word, a newsletter's heading
        ("The network (CNN) said so.", "The network (CNN) said so.", {}),
        # ... a place opening a sentence before a dash of its own, a title, an acronym's lead-in
        ("Syria — A war in its ninth year — has killed many in Syria.", None, {}),
        ("Washington — President Obama flew to Chicago on Monday.", None, {}),
        ("TSA Administrator John Pistole announced a change on Tuesday.", None, {}),
        ("MORE This Is How Much Exercise Experts Really Think You Need", None, {}),
        ("U.S.-led forces struck again.", "U.S.-led forces struck again.", {}),
        ("ALSO FOR YOUR RADAR -", "ALSO FOR YOUR RADAR -", {}),  # a heading, four words
        ("ORIGINAL POST-------", "ORIGINAL POST-------", {}),
        (
            "ACA - Skepticism about the Affordable Care Act drives Obama's troubles.",
            "ACA - Skepticism about the Affordable Care Act drives Obama's troubles.",
            {},
        ),
    ],
)
def test_datelines_without_a_spaced_dash(raw: str, cleaned: str | None, lifted: dict) -> None:
    text, _, found = clean_text(raw)
    assert (text, found) == (cleaned or raw, lifted)


def test_a_correction_notice_goes_with_the_short_lines_after_it_under_the_story() -> None:
    """Timeline17's Guardian column on New Orleans: a stray token before the notice, and the
    original's error ("Louisiana's capital") on the line after it."""
    story = "I rewarded him with a large tip."
    notice = [
        "cents This article was amended on 18 June 2010.",
        "The original referred to New Orleans as Louisiana's capital.",
        "This has been corrected.",
    ]
    cleaned, removals, _ = clean_text("\n".join([story, *notice]))
    assert cleaned == story
    assert [r.text for r in removals] == notice
    above = "\n".join([notice[0], story, "There was a momentary look of murder in his eyes."])
    assert clean_text(above)[0] == "\n\n".join(above.splitlines()[1:])


def test_an_invitation_to_comment_or_a_lost_link_s_label_is_cut_from_the_paragraph() -> None:
    """Multi-News' CNET page on iPhone batteries; a GoFundMe page's links."""
    story = "Definitely, the iPhone battery drainage seems to be a problem still."
    call = (
        "Are you experiencing the same problems? Do you have other problems? Tell us in the "
        "comments."
    )
    assert clean_text(f"{story} {call}") == (story, [Removal("comment_policy", call)], {})
    story = "Please reach out if you have any questions, thank you for your support."
    assert clean_text(f"{story}Video:Link to Articles:")[0] == story


@pytest.mark.parametrize(
    "story",
    [
        "UPDATE: The death toll has risen to 12.",
        "Updated at 3:30 p.m.: Police say the suspect was arrested.",
        "The report was updated by the agency in May, officials said.",
        "Also on Monday: the Senate voted 51-49 to pass the bill.",
        "We asked readers what they thought, and many wrote to us here.",
    ],
)
def test_news_of_an_update_or_a_line_about_readers_stays(story: str) -> None:
    assert clean_text(story)[0] == story


def test_a_video_s_label_in_capitals_is_no_dateline() -> None:
    """USA Today's video blurb goes whole: read as a dateline, its label had left the blurb."""
    blurb = "CLOSE The Dow Jones industrial average plunged more than 1,100 points Monday. AP"
    assert clean_text(blurb) == ("", [Removal("video_blurb", blurb)], {})


def test_a_wire_s_captions_above_its_dateline_go_but_a_story_s_dated_sentence_stays() -> None:
    """Multi-News' Reuters page a year after Sandy Hook: the anniversary's caption, with no
    weekday and no comma before its date, had dated the shooting two years late."""
    captions = [
        "The car driven by Adam Lanza is pictured at Sandy Hook Elementary School in this "
        "evidence photo released by the Connecticut State Police, December 27, 2013.",
        "A woman kneels with her children in front of bells which were being rung outside of "
        "St. Rose of Lima Church in Newtown, Connecticut December 14, 2014.",
    ]
    story = "NEWTOWN, Conn. Parents of almost half the young children killed have taken steps."
    dated = "The first hearing is set in Hartford, January 5, 2015."
    cleaned, removals, _ = clean_text("\n".join([*captions, story, dated]))
    assert cleaned.split("\n\n") == [story.removeprefix("NEWTOWN, Conn. "), dated]
    assert [r.rule for r in removals] == ["photo_caption", "photo_caption", "dateline"]
    undated = "\n\n".join([dated, "Parents of the children killed have taken steps."])
    assert clean_text(undated)[0] == undated
    # a dateline's shape is enough, though the line does not name its place again
    caption = "Zainab al-Khawaja is greeted after her release in Budaiya, February 16, 2014."
    story = "DUBAI A Bahraini court sentenced a political activist to one year in prison."
    assert clean_text(f"{caption}\n{story}")[0] == story


def test_join_wrapped_lines() -> None:
    raw = (
        "including at least 14 rockets targeting a U.S.\n\n\n\nAir Force base.\n\n\n\n"
        ", injuring two members of the American service.\n\n"
        "He first said three people were injured.\n\nU.S.\n\n\n\nofficials said so.\n\n"
        "Three rockets landed in the U.S.\n\nThe next paragraph starts here."
    )
    assert clean_text(raw)[0] == (
        "including at least 14 rockets targeting a U.S. Air Force base, injuring two members "
        "of the American service.\n\nHe first said three people were injured.\n\n"
        "U.S. officials said so.\n\nThree rockets landed in the U.S.\n\n"
        "The next paragraph starts here."
    )


def test_a_paragraph_ending_on_a_place_s_initialism_is_finished() -> None:
    """Multi-News' page on Takei and Nunes: joined, the next paragraph's Saturday was dated as
    the protest's Friday. A fragment or a lower-case next paragraph still joins."""
    protest = (
        "Nunes was met by nearly 300 angry protesters on Friday when he arrived back in "
        "California from Washington, D.C."
    )
    takei = 'Takei added on Saturday, "We\'re living in a world of fake news."'
    assert clean_text(f"{protest}\n\n{takei}")[0] == f"{protest}\n\n{takei}"
    assert clean_text("The rally in Washington, D.C.\n\nSuburbs voted.")[0] == (
        "The rally in Washington, D.C. Suburbs voted."
    )
    assert clean_text(f"{protest}\n\nsuburbs on Monday.")[0] == f"{protest} suburbs on Monday."
    # a country's initialism names its army next (the seed with a wrap after every "U.S.")
    wounded = "Two people were wounded by a rocket fired at the base in western Iraq, U.S."
    assert clean_text(f"{wounded}\n\nArmy Colonel Wayne Marotto said.")[0] == (
        f"{wounded} Army Colonel Wayne Marotto said."
    )


def test_an_initialism_cut_by_a_paragraph_break_is_whole_again() -> None:
    """A Timeline17 Reuters page broke "U.S." in two: the summary ended on "their Brent/U."."""
    raw = (
        "Traders are starting to bail out of their Brent/U.\n\nS. spread positions, said "
        "Dominick Chirichella.\n\nHe met Plan B.\n\nC. J. Smith said so."
    )
    assert clean_text(raw)[0] == (
        "Traders are starting to bail out of their Brent/U.S. spread positions, said Dominick "
        "Chirichella.\n\nHe met Plan B.\n\nC. J. Smith said so."
    )


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        (  # a real scrape: the card's full name, three related headlines, "MORE"
            "Donald Trump Donald John TrumpTrump Jr. getting 0k to speak at UNT Zuckerberg backed "
            "immigration group pushes Trump to keep DACA Trump learned from his health care "
            "fight and offered a winning tax plan MORE panned Democratic National Committee "
            "chairwoman Debbie Wasserman Schultz as a “terrible person” on Monday.",
            "Donald Trump panned Democratic National Committee chairwoman Debbie Wasserman "
            "Schultz as a “terrible person” on Monday.",
        ),
        (  # a nickname in the card's full name
            "Sen. Mitch McConnell Addison (Mitch) Mitchell McConnellMcConnell says Senate will "
            "vote on the bill MORE (R-Ky.) said on Tuesday that the Senate would vote.",
            "Sen. Mitch McConnell (R-Ky.) said on Tuesday that the Senate would vote.",
        ),
        # no card: shouting, or no surname glued to a capital before "MORE"
        ("WE CAN AND MUST DO MORE TO PROTECT OUR CHILDREN.", None),
        ("Donald Trump Donald Trump wants MORE money for the wall, he said.", None),
    ],
)
def test_hover_card_goes_and_the_linked_name_stays(raw: str, cleaned: str | None) -> None:
    text, removals, _ = clean_text(raw)
    assert text == (cleaned or raw)
    assert [r.rule for r in removals] == (["hover_card"] if cleaned else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "By Wednesday afternoon, each side had retreated to its respective corner.",
        "Heavy rain contributed to the flooding, officials said.",
        "Iraqi military sources told Reuters that a rocket launcher was used.",
        "A photo released by school officials showed the boy in a hospital bed.",
        "Donald Trump was pictured with Getty Images photographers in 2005 in his office.",
        "Related charges were filed against the two men on Monday",
        "Related Democrats in the district won their primaries, the party said.",
        "Close to 2,000 people were evacuated from the valley overnight.",
        "Call 323-786-5113 with information about the crime, police said.",
        "CLOSE friends of the senator said he would not run again.",
        "The vote split the parties (Democrats/Republicans) on Tuesday.",
        "The vote split the parties along their usual lines (Democrats/Republicans).",
        "An earlier version of the bill failed in the House in May.",
        "Contributing to the delay, officials said, was the storm.",
        "Correction officers said the inmate escaped on Monday.",
        "Exclusive talks between the two companies began in May.",
        "She said she wanted to read more about the case before deciding.",
        "Credit: Moody's said the outlook for the bank was stable.",
        'He called it "the best [team] in the league."',
        "Photo: Smith said the picture was taken on Monday.",
        "Smith reported from Baghdad that the fighting had stopped.",
        "The senator said the deal was done... (Associated Press reported it first.)",
        "Here is what the photos show: a flooded street and a fallen tree.",
        "The paper ran the picture (Photo: Jim Henry) on page one, and readers could buy photo "
        "prints.",
    ],
)
def test_unsure_rules_keep_real_sentences(sentence: str) -> None:
    assert clean_text(sentence) == (sentence, [], {})


def test_a_bracketed_link_after_a_paragraph_s_last_sentence_goes() -> None:
    """LiveScience's link to another story, after the paragraph's last words (Multi-News)."""
    raw = (
        "Dingwall probably originated from the word thingvellir, which means "
        '"the field of the assembly." [Fierce Fighters: 7 Secrets of Viking Culture]'
    )
    cleaned, removals, _ = clean_text(raw)
    assert cleaned == raw.removesuffix(" [Fierce Fighters: 7 Secrets of Viking Culture]")
    assert removals == [Removal("related_link", "[Fierce Fighters: 7 Secrets of Viking Culture]")]


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        (  # a newspaper's lead-in in capitals, the word in lower case below (Multi-News)
            "A CAR park in a Highland town has been confirmed as the meeting place of a Norse "
            "parliament.\n\nExcavations at the Cromartie Memorial car park uncovered a mound.",
            "A car park in a Highland town has been confirmed as the meeting place of a Norse "
            "parliament.\n\nExcavations at the Cromartie Memorial car park uncovered a mound.",
        ),
        (  # below a headline; a name takes its capital
            "Spill grows\n\nTHE OBAMA administration said on Monday.\n\nObama spoke later.",
            "Spill grows\n\nThe Obama administration said on Monday.\n\nObama spoke later.",
        ),
        # an acronym the story writes in capitals stays, "US" though "us" is a word
        ("A BP spokesman said so.\n\nBP shares fell.", None),
        ("FBI agents arrested him.\n\nThe FBI said the agents left.", None),
        ("US troops left on Monday.\n\nThey told us so.", None),
        ("NATO jets flew over the city.", None),
    ],
)
def test_a_lead_in_in_capitals_takes_the_case_the_story_writes_it_in(
    raw: str, cleaned: str | None
) -> None:
    assert clean_text(raw)[0] == (cleaned or raw)


def test_subheads_stay_their_own_paragraph() -> None:
    raw = "casualties.\n\nCLIMBING\n\nThe United States has been conducting indirect talks."
    assert clean_text(raw)[0] == raw


def test_clean_article_merges_metadata() -> None:
    raw = "By Ahmed Rasheed\n\nThe rockets landed at the base.\n\n(With inputs from AP)"
    article = Article("a", "a.txt", raw, raw, metadata={"lang": "en"})
    cleaned = clean_article(article)
    assert cleaned.text == "The rockets landed at the base."
    assert cleaned.raw_text == raw
    assert cleaned.metadata == {"lang": "en", "byline": "Ahmed Rasheed", "agency": "AP"}


def test_a_wire_credit_after_the_story_s_last_words_goes_with_what_follows_it() -> None:
    """Reuters pages end "... (Reporting by ...; Writing by ...) An ultra-low latency
    infrastructure for electronic trading ...": the reporters became people of the brief and
    an event's actors, and the products' blurb a sentence."""
    story = "Gaddafi was killed on Thursday, officials said."
    blurb = "An ultra-low latency infrastructure for electronic trading and data distribution"
    for line, kept in (
        (f"{story} (Reporting By Yasmine Saleh; Writing by Christian Lowe) {blurb}", story),
        (
            f"(ID: nLB679804) ($1 = 0.7 euro) (Reporting by A Jacobs; Editing by J Lo) {blurb}",
            "",
        ),
        (
            "The table below is based on Reuters reports: (Reporting by Ed Ray; editing by Jim)",
            "",
        ),
    ):
        cleaned, removals, _ = clean_text(f"The story began.\n{line}")
        assert cleaned == "\n\n".join(p for p in ("The story began.", kept) if p)
        assert {r.rule for r in removals} == {"contributor_note"}


def test_a_blog_s_tagline_goes_but_not_a_sentence_about_a_blog() -> None:
    """Timeline17's Washington Post blog posts open on the blog's tagline: it had become the
    brief's title and first summary sentence."""
    tagline = (
        "Comic Riffs is a blog devoted to the comics fan.\n"
        "Come in, sit down and put your feet up as we celebrate and pontificate on cartoons.\n"
    )
    story = "Aquaman was among the first casualties, tragically washing up weeks ago."
    cleaned, removals, _ = clean_text(tagline + story)
    assert cleaned == story
    assert [r.rule for r in removals] == ["blog_tagline", "blog_tagline"]
    for kept in (
        "This is a blog post about the spill.\nWe reported it first.",
        "The Daily Dish is a blog that the senator wrote for.\nWe asked him why.",
    ):
        assert clean_text(kept)[0] == kept.replace("\n", "\n\n")


def test_a_contributor_s_byline_glued_to_the_text_is_lifted() -> None:
    """CNN's opinion pages glue "By NAME, Special to CNN" to the next words: it had opened a
    stream summary and made the column's author an event actor."""
    for raw, text, byline in (
        (
            "By Julian E. Zelizer, Special to CNN An anti-government protester chants in Cairo.",
            "An anti-government protester chants in Cairo.",
            "Julian E. Zelizer",
        ),
        (
            "By Bruce Feiler, Special to CNN | March 29, 2010 This Saturday, millions watch.",
            "This Saturday, millions watch.",
            "Bruce Feiler",
        ),
        (
            "By James Lindsay -- Special to CNN Britain and France took a step deeper.",
            "Britain and France took a step deeper.",
            "James Lindsay",
        ),
        (  # the date first (Timeline17): it had dated the column's first sentence
            "March 31, 2011 | By Fawaz A. Gerges, Special to CNN Almost two weeks of bombings "
            "have not broken Gadhafi's will.",
            "Almost two weeks of bombings have not broken Gadhafi's will.",
            "Fawaz A. Gerges",
        ),
    ):
        cleaned, removals, found = clean_text(raw)
        assert (cleaned, found) == (text, {"byline": byline})
        assert [r.rule for r in removals] == ["byline"]
    story = "By Friday, Special Forces had reached the town."  # no byline
    assert clean_text(story)[0] == story


def test_a_staff_byline_glued_to_the_text_is_lifted() -> None:
    """Timeline17's CNN pages open "DATE | By NAME, CNN ...": the date and the reporter had
    opened the summary, dated a timeline entry and become an entity."""
    for raw, text, byline in (
        (
            "February 04, 2011 | By Michael Martinez, CNN President Obama condemned the attacks.",
            "President Obama condemned the attacks.",
            "Michael Martinez",
        ),
        (
            "January 27, 2011 | By Tim Lister and Emily Smith, CNN Protesters used social media.",
            "Protesters used social media.",
            "Tim Lister and Emily Smith",
        ),
    ):
        cleaned, removals, found = clean_text(raw)
        assert (cleaned, found) == (text, {"byline": byline})
        assert [r.rule for r in removals] == ["byline"]
    for story in ("By Friday, NATO jets had struck the town.", "By Sunday, US troops had left."):
        assert clean_text(story)[0] == story
    # the outlet's name runs on: no end of the byline to cut at
    presenter = "By Jamie Robertson Presenter, BBC World News With its chief under fire, BP fell."
    assert clean_text(presenter)[0] == presenter


def test_a_picture_s_caption_glued_after_a_byline_goes() -> None:
    """Timeline17's CNN pages glue the picture's caption to the byline ("... demonstrators
    Thursday."): with the byline gone it opened the summary and dated a timeline entry."""
    story = "President Obama condemned the attacks on journalists in Egypt Friday."
    for caption in (
        "An Egyptian army soldier tries to keep order during clashes between pro and anti "
        "government demonstrators Thursday.",
        "Army soldiers stand guard outside the Egyptian Museum in Cairo on Monday, January 31.",
    ):
        raw = f"February 04, 2011 | By Michael Martinez, CNN {caption}\n{story}"
        cleaned, removals, found = clean_text(raw)
        assert (cleaned, found) == (story, {"byline": "Michael Martinez"})
        assert [(r.rule, r.text) for r in removals] == [
            ("photo_caption", caption),
            ("byline", "February 04, 2011 | By Michael Martinez, CNN"),
        ]
    for first in (  # a story's day in the past tense, a preview's plan, no day at its end
        "This week tens of thousands swamped the heart of Cairo on Tuesday.",
        "The Senate will vote on the bill Thursday.",
        "Demonstrators clash with Egyptian police in central Cairo during a protest.",
    ):
        raw = f"January 27, 2011 | By Tarek Osman, Special to CNN {first}\n{story}"
        assert clean_text(raw)[0] == f"{first}\n\n{story}"


# --------------------------------------------------------------------------- real data


@pytest.fixture(scope="module")
def cleaned_seeds() -> dict[str, str]:
    return {name: clean_text(text)[0] for name, text in seed_texts().items()}


def _assert_normal_form(text: str) -> None:
    assert text == text.strip()
    assert "\n\n\n" not in text
    assert all(paragraph and "\n" not in paragraph for paragraph in text.split("\n\n"))
    assert "  " not in text


def test_seeds_idempotent_and_normal(cleaned_seeds: dict[str, str]) -> None:
    for text in cleaned_seeds.values():
        _assert_normal_form(text)
        assert clean_text(text)[0] == text


def test_multinews_idempotent_and_normal() -> None:
    for document in multinews_documents(30):
        cleaned = clean_text(document)[0]
        if cleaned:  # a scrape of pure junk (an archive notice) cleans to nothing
            _assert_normal_form(cleaned)
        assert clean_text(cleaned)[0] == cleaned


def test_seed_content_is_preserved(cleaned_seeds: dict[str, str]) -> None:
    raw_words = sum(len(text.split()) for text in seed_texts().values())
    kept_words = sum(len(text.split()) for text in cleaned_seeds.values())
    assert raw_words - kept_words < 0.06 * raw_words
    everything = "\n".join(cleaned_seeds.values())
    assert "At least 14 rockets were fired at Iraq’s Ain al-Asad Air Base." in everything
    assert "He first said three people were injured." in everything


def test_seed_junk_is_removed(cleaned_seeds: dict[str, str]) -> None:
    everything = "\n".join(cleaned_seeds.values())
    for junk in ("comment policy", "Getty Images", "contributed to this report", "By Ahmed"):
        assert junk not in everything


def test_seed_002_line_wraps_repaired(cleaned_seeds: dict[str, str]) -> None:
    text = cleaned_seeds["002_cd2780d492f06ee3.txt"]
    assert "U.S. troops" in text
    assert "U.S. Air Force base, injuring two members" in text
    assert "Iraqi and Syrian U.S. diplomats" in text
    assert not any(paragraph.startswith((",", "U.S.\n")) for paragraph in text.split("\n\n"))
    assert not any(paragraph.endswith(" U.S.") for paragraph in text.split("\n\n"))


def test_an_error_page_goes_whole_but_a_story_about_a_missing_page_stays() -> None:
    page = (
        "this data is currently not publicly accessible.\n\n"
        "Sorry, the page you requested could not be found.\n\n"
        "If you are trying to reach a page from a bookmark, the page URL may have changed.\n\n"
        "If you are looking for an older news story, it may no longer be here."
    )
    cleaned, removals, _ = clean_text(page)
    assert cleaned == ""
    assert "error_page" in {r.rule for r in removals}
    story = (
        f"{KEPT}\n\nVisitors to the agency's climate page on Friday were told that the page "
        "they wanted could not be found, hours after the new administration took office."
    )
    assert clean_text(story)[0] == story


def test_a_list_of_other_stories_or_a_fact_box_goes_with_its_label() -> None:
    """The LA Times' "ALSO:" over three other stories' headlines and the BBC's fact box on
    MH370 (Multi-News): the labels went, their items stayed as the story's sentences. The
    story's next sentence stays, and so does a CNN sentence a glance box was glued to."""
    story = "Houston indicated that investigators had no plans at this point."
    after = "The Ocean Shield had also spotted an oil slick in the same area."
    glued = (
        'At a glance: Nations facing unrest Saudi Arabia "strongly condemns" the protest, it said.'
    )
    lists = [
        "ALSO:",
        "Crowds flood Vatican City for dual papal canonization",
        "U.S., allies to add sanctions against Russia over Ukraine",
        "MH370 - Facts at a glance 8 March: Malaysia Airlines Kuala Lumpur-Beijing flight "
        "carrying 239 people disappears",
        "Satellite 'pings' indicate plane was still flying seven hours after satellite contact "
        "was lost",
    ]
    cleaned, removals, _ = clean_text("\n\n".join([story, *lists[:3], after, *lists[3:], glued]))
    assert cleaned.split("\n\n") == [story, after, glued]
    assert [r.text for r in removals if r.rule == "listed_links"] == lists


def test_an_outlet_s_more_from_label_goes_with_its_headlines_not_a_live_blog_s_entry() -> None:
    """A Multi-News TIME page ended on its related stories, read as the story's last lines."""
    story = "But it might be the only way to save our overpopulated planet."
    lists = [
        "More from TIME on population:",
        "What Condoms Have to Do With Climate Change",
        "Population: The Numbers Game",
    ]
    cleaned, removals, _ = clean_text("\n\n".join([story, *lists]))
    assert cleaned == story
    assert [r.text for r in removals if r.rule == "listed_links"] == lists
    live = "More from Terry Macalister: While BP chairman says the dividend will be paid, ..."
    assert clean_text("\n\n".join([story, live]))[0] == "\n\n".join([story, live])


def test_related_teasers_that_close_the_page_go_with_their_label() -> None:
    """The New Republic's column ended "RELATED" over two teasers of one sentence each
    (Multi-News): they had stayed as the column's last words. A label over a long paragraph
    of prose keeps it."""
    story = "Yet he's already left his imprint on history."
    teasers = [
        "RELATED",
        "John B. Judis on the real lesson of the health care victory.",
        "Michelle Cottle describes the Republican implosion.",
    ]
    cleaned, removals, _ = clean_text("\n\n".join([story, *teasers]))
    assert cleaned == story
    assert [r.text for r in removals if r.rule == "listed_links"] == teasers
    prose = (
        "The Senate voted 60 to 39 on Thursday to pass the bill, which now goes to the House, "
        "where leaders said they expected a vote before the end of the month."
    )
    assert clean_text("\n\n".join([story, "Also", prose]))[0] == "\n\n".join([story, prose])


def test_a_video_s_credits_go_with_their_cast_and_crew_labels() -> None:
    """A YouTube description in a Multi-News cluster: its cast and crew had made a source of
    35 "Role - Name" lines."""
    story = "Sinbad celebrated April Fools' Day with a lost film."
    credits = [
        "CAST",
        "Sinbad",
        "James - Bradley Bundlie",
        "CREW",
        "Director - Ryan Anthony Martin & Royce Adkins",
        "Writer - Mike Trapp & Royce Adkins",
    ]
    cleaned, removals, _ = clean_text("\n\n".join([story, *credits]))
    assert cleaned == story
    assert [r.text for r in removals if r.rule == "listed_links"] == credits


def test_a_story_s_highlights_its_photo_note_and_list_marker_go() -> None:
    """A Multi-News page of a local TV site: highlights under the lead with no label, a
    "Here's a photo of" caption; another page opens with a list's dash."""
    lead = "The mother of the 2-year-old Largo boy has been arrested and charged in his death."
    highlights = [
        "Body of missing 2-year-old boy found in wooded area near Lake Avenue, McMullen Road",
        "Charisse Stinson, 21, charged with 1st degree murder",
        "Investigation ongoing",
    ]
    story = "Charisse Stinson, 21, faces aggravated child abuse and first degree murder charges."
    caption = "Here's a photo of the Warren's with Jordan. This was his first birthday."
    cleaned, removals, _ = clean_text("\n".join([lead, *highlights, story, caption]))
    assert cleaned == f"{lead}\n\n{story}"
    assert [r.rule for r in removals] == ["photo_caption"] + ["story_highlights"] * 3
    dashed = "- Law enforcement officials announced Tuesday night they arrested the mother."
    assert clean_text(dashed)[0] == dashed.removeprefix("- ")
    # a list the story introduces stays; CNN's highlights under their label go
    listed = f"{lead}\nThe winners were:\nJohn Smith\nMary Jones\nBob Brown\n{story}"
    assert clean_text(listed)[0] == listed.replace("\n", "\n\n")
    lyrics = "\n".join(f"Scatter my love like leaves in the wind {i}" for i in range(7))
    assert clean_text(f"{lead}\n{lyrics}\n{story}")[0].count("Scatter my love") == 7
    labelled = f"STORY HIGHLIGHTS\n{highlights[0]}\n{highlights[1]}\n{story}"
    assert clean_text(labelled)[0] == story


def test_a_wire_s_credit_cut_over_lines_goes_with_the_blurbs_after_it() -> None:
    """Reuters pages of Timeline17, stored one sentence a line: the splitter cut the credit
    at its full stops; the comment policy and the products' blurb follow it."""
    story = "The fund is privately operated, but is intended to comply with the law."
    page = (
        f"{story}\n(Reporting by Chris Baltimore.\nAdditional reporting by Tom Bergin in "
        "London and Braden Reddall in San Francisco.\nEditing by Robert MacMillan) We welcome "
        "comments that advance the story through relevant opinion, anecdotes, links and data.\n"
        "An ultra-low latency infrastructure for electronic trading and data distribution A "
        "connected approach to governance, risk and compliance"
    )
    cleaned, removals, _ = clean_text(page)
    assert cleaned == story
    assert [r.rule for r in removals] == ["contributor_note", "page_chrome"]
    for tail in (  # the editors' credit alone; the comment policy on its own line
        "(Editing by Vicki Allen and Laura MacInnis) We welcome comments that advance the story "
        "through relevant opinion, anecdotes, links and data.",
        "We welcome comments that advance the story through relevant opinion, anecdotes, "
        "links and data.\nGaddafi better listen.",
    ):
        assert clean_text(f"{story}\n{tail}")[0] == story
    # a bracket opened and not closed by a credit is left alone
    page = f"{story}\n(Reporting by Chris Baltimore.\nThe rig (a big one) sank.\nEditing by X)"
    assert clean_text(page)[0] == page.replace("\n", "\n\n")


def test_reader_comments_go_from_the_first_signature_to_the_end() -> None:
    """A CNN page of Timeline17 (EgyptianProtest_cnn): the article, then readers' comments,
    each signed with its time and "Report abuse"."""
    page = (
        "Egyptian President Hosni Mubarak resigned on Friday.\n"
        "Crowds celebrated in Tahrir Square through the night.\n"
        "February 13, 2011 at 6:53 pm | Report abuse | @Muhammad, Hey, what's up?\n"
        "Freedom at last for all of them.\n"
        "February 13, 2011 at 7:02 pm | Report abuse | Reply"
    )
    cleaned, removals, _ = clean_text(page)
    assert cleaned == (
        "Egyptian President Hosni Mubarak resigned on Friday.\n\n"
        "Crowds celebrated in Tahrir Square through the night."
    )
    assert [r.rule for r in removals] == ["reader_comments"] * 3
    # Reuters heads its comment section
    page = (
        "The government says the air attacks have killed more than 100 civilians.\n"
        "Views expressed in the comments do not represent those of Reuters.\n"
        "Gaddafi better listen to the Arab union folks talking to him."
    )
    assert clean_text(page)[0] == page.split("\n")[0]
    # CNN's comment times, its rules of conduct; a BBC blog's signature (Timeline17's swine
    # flu blog pages, whose readers' "I am seeing my GP tomorrow" had reached a timeline)
    for comments in (
        "April 8, 2011 at 9:24 am | Obama wanted to appear tough.",
        "At 11:07 am on 15 Jun 2009, sensiblegrannie wrote: Give pregnant women priority.",
        "At 3:04 pm on 15 Jun 2009 , 32weeks wrote : Well, not even all newspapers said so.",
        "Your comment (required) CNN welcomes a lively and courteous discussion as long as "
        "you follow the Rules of Conduct.",
        # a column's readers' answers read on air (a Timeline17 summary quoted one as news:
        # "After 30 years of repression, Mubarak is doomed.")
        "Interested to know which ones made it on air?\nAfter 30 years, Mubarak is doomed.",
    ):
        assert clean_text(f"The article ends here.\n{comments}\nA reply.")[0] == (
            "The article ends here."
        )
    # a byline of the same shape without the signature is no comment
    byline = "Posted by: admin | June 16, 2010\nThe oil kept flowing on Monday."
    assert clean_text(byline)[0].endswith("The oil kept flowing on Monday.")


def test_the_comments_above_the_first_signature_go_when_they_read_as_a_reader_s() -> None:
    """CNN prints a comment's words above its signature, and spam sits over its footer
    (Timeline17's CNN pages on Egypt): a reader's "I", "???", thanks for "this site" mark them;
    a reporter's quote in the first person, or a line telling who said it, stays."""
    story = (
        "Lauren Bohn, a 23-year-old Fulbright Fellow, stayed in Cairo.\n"
        "Bohn said she has not felt any hostility toward Americans.\n"
        '"They want to make sure that the U.S. government is hearing them."'
    )
    comments = (
        "If we still want to have Egypt as a strong ally, we must support brave Egyptian people.\n"
        "Laura is in the majority vote.\n"
        "I am not so sure I support the demonstrators.\n"
        "Their eyes show so much hate.\n"
        "The start of WW111 ??? This guy was a sick -- I guarantee it! February 1, 2011 at 3:05 "
        "pm | Report abuse | The way people look when protesting is different."
    )
    assert clean_text(f"{story}\n{comments}")[0] == story.replace("\n", "\n\n")
    spam = (
        "I would like to thank you for the efforts you've put in writing this site.\n"
        "(required, but will not be displayed) CNN welcomes a lively and courteous discussion."
    )
    assert clean_text(f"{story}\n{spam}")[0] == story.replace("\n", "\n\n")
    # a column in the first person keeps its last lines; so does a quote told as said
    column = (
        "I went to Cairo in January.\nMy driver took me to the square.\nThe crowd was calm.\n"
        "I think the army will decide.\n"
    )
    quoted = "The imam spoke of Friday prayers.\nWhatever you pray for you will get, she said.\n"
    for page in (column, quoted):
        footer = "February 1, 2011 at 3:05 pm | Report abuse | Reply"
        assert clean_text(page + footer)[0] == page.strip().replace("\n", "\n\n")


def test_a_call_for_readers_stories_goes_with_the_comments_below_it() -> None:
    """BBC pages of Timeline17 end on a form for readers' stories, whose wording had been a
    summary sentence cited to eight BBC sources of a swine flu event."""
    story = "Schools across Mexico have closed, and public gatherings are restricted."
    for call in (
        "Have you been affected by swine flu?\nYou can send us your experiences using the form "
        "below: A selection of your comments may be published, displaying your name.\nThe BBC "
        "may edit your comments and not all emails will be published.",
        "Do you know someone who has been affected?\nTell us your experiences by filling in the "
        "form below.",
        "Were you part of the clean-up operation?\nSend us your comments using the form below "
        "If you are happy to be contacted by a BBC journalist please leave a number.",
        "This debate is now closed.\nA selection of your comments appear below.\nThe coverage "
        "of swine flu is a welcome distraction.",
    ):
        cleaned, removals, _ = clean_text(f"{story}\n{call}")
        assert cleaned == story
        assert {r.rule for r in removals} == {"reader_comments"}
    # a question the story asks, with no call below it, stays
    question = f"{story}\nHave the closures worked?\nOfficials say it is too early to tell."
    assert clean_text(question)[0] == question.replace("\n", "\n\n")


def test_a_topic_page_of_stamped_stories_goes_whole_but_a_story_with_a_teaser_stays() -> None:
    """Timeline17's CNN topic pages: a year of items, each stamped, had been resolved against
    the one page date (an anniversary rally of January 2012 dated to January 2011)."""
    items = [
        "updated : Sun Jul 29 2012 08:01:00 Thousands gathered in Tunis on Saturday to mark the "
        "first anniversary.",
        "updated : Tue Dec 13 2011 11:22:00 Tunisia has sworn in a new president.",
        "updated : Sun Oct 23 2011 09:10:00 While the world focuses on a dead Gadhafi, Tunisia "
        "votes on Sunday.",
    ]
    text, removals, _ = clean_text("\n".join(items))
    assert text == ""
    assert {r.rule for r in removals} == {"index_page"}
    story = (
        "Rebels took the town on Saturday, witnesses said.\n"
        "Gadhafi's son floats possibility of elections updated: Thu Jun 16 2011 19:15:00 "
        "Elections could take place in Libya.\n"
        "The fighting went on into the night."
    )
    text, removals, _ = clean_text(story)
    assert text.split("\n\n") == [
        "Rebels took the town on Saturday, witnesses said.",
        "The fighting went on into the night.",
    ]
    assert {r.rule for r in removals} == {"stamped_teaser"}


def test_a_blog_s_index_of_stamped_posts_goes_whole_but_one_stamped_post_stays() -> None:
    """Timeline17's Reuters blog index pages: three or four posts over weeks, each opening on
    its stamp; a post's "released on Monday" (stamped May 10) was dated May 31, the index
    page's date, and the index page tied two unrelated stories into one event."""
    posts = [
        "May 14 , 2010 09:52 UTC - Kees Willemse is professor of offshore engineering.",
        "May 11 , 2010 20:24 UTC With the spotlight shining on the BP oil spill, executives "
        "testified.",
        "May 10, 2010 20:07 UTC With BP's spilled oil shimmering off the U.S. Gulf Coast, a "
        "new poll was released on Monday.",
    ]
    text, removals, _ = clean_text("\n".join(posts))
    assert text == ""
    assert {r.rule for r in removals} == {"index_page"}
    one_post = "\n".join([posts[2], "The poll found most voters want a climate bill."])
    assert clean_text(one_post)[0].endswith("most voters want a climate bill.")


def test_a_section_front_of_teasers_goes_whole_but_a_story_s_own_links_stay() -> None:
    """Timeline17's Guardian "Comment is free" front, unstamped teasers each ending on a link:
    its columnists' unrelated teasers had made an H1N1 brief an election in the United States."""
    front = (
        "Robert Weintraub: From coast to coast, new baseball stadiums stand empty Continue "
        "reading ... What can a president do in 100 days?\nNot much, really.\n"
        "Andy Worthington: Those who authorised the abuse may be investigated Continue "
        "reading ... Editorial: Inequality holds back millions\n"
        "Anne Perkins: The equality bill aims to outlaw discrimination Continue reading ... "
        "The question: Is gay marriage a religious issue?"
    )
    text, removals, _ = clean_text(front)
    assert text == ""
    assert {r.rule for r in removals} == {"index_page"}
    story = "\n".join(
        ["The senator spoke on Monday.", "Advertisement Continue reading the main story"] * 3
    )
    assert clean_text(story)[0].startswith("The senator spoke on Monday.")


def test_web_archive_page_goes_whole_but_an_article_about_crawls_stays() -> None:
    for page in (
        "Web wide crawl with initial seedlist and crawler configuration from March 2011.\n\n"
        "Crawl start date: 09 March, 2011\n\nNumber of captures: 2,713,676,341",
        "These crawls are part of an effort to archive pages as they are created and archive "
        'the pages that they refer to.\n\nCrawls of supported "No More 404" sites.',
        "Crawl of outlinks from wikipedia.org started March, 2016. These files are currently "
        "not publicly accessible.\n\n2. For the first time, did all the different wikis.",
    ):
        cleaned, removals, _ = clean_text(page)
        assert cleaned == ""
        assert {r.rule for r in removals} == {"web_archive_page"}
    article = f"{KEPT}\n\nWeb wide crawl with initial seedlist: the archive described its work."
    assert clean_text(article)[0] == article


def test_a_headline_the_text_opens_with_is_the_title_of_an_article_without_one() -> None:
    """A Multi-News document has no title field, and its headline line is found only once the
    cleaning has cut the photo caption and credit glued before it: the brief was "Brief"."""
    raw = (
        "Congressman Bob Goodlatte's son made the surprise announcement on Twitter Sunday night."
        " | Manuel Balce Ceneta/AP Photo Goodlatte's son donates to Democrat running to replace"
        ' him \n \n A high-ranking Republican lawmaker\'s son donated the "maximum amount" to a'
        " Democrat running to replace his father."
    )
    cleaned = clean_article(Article("a", "a", raw, raw))
    assert cleaned.title == "Goodlatte's son donates to Democrat running to replace him"
    assert cleaned.text.startswith(cleaned.title)  # kept: the segmenter skips it as a heading
    quoting = "Sen. Kirsten Gillibrand: 'I Will Help Hillary Get Elected'"
    raw = f"{quoting}\n\nGillibrand tells PEOPLE she would help."
    assert clean_article(Article("b", "b", raw, raw)).title == quoting


@pytest.mark.parametrize(
    "opening",
    [
        "To our community,",  # a letter's salutation
        "Click to email this to a friend (Opens in new window)",  # a share button
        "Collin Rose (Photo: Wayne State University)",  # a caption's credit
        "/ Updated By Sarah Fitzpatrick",  # a byline's remains
        "English >> World",  # a breadcrumb trail
        "Columnist",  # a label
        "The storm hit on Tuesday.",  # a sentence
    ],
)
def test_an_opening_line_that_is_no_headline_is_no_title(opening: str) -> None:
    raw = f"{opening}\n\nA snowstorm left at least eight people dead across five states."
    assert clean_article(Article("a", "a", raw, raw)).title is None


def test_a_captcha_prompt_is_no_title_when_ingest_reads_the_headers() -> None:
    """Ingest's title test asks the clean rules (a Multi-News source's title had been the
    prompt of the CAPTCHA over its page)."""
    captcha = (
        "You must enter the characters with black color that stand out from the other characters"
    )
    article = text_article(f"{captcha}\n\nA judge served a night in jail with a veteran.", "a")
    assert article.title is None
    assert clean_article(article).text == "A judge served a night in jail with a veteran."


def test_an_article_s_own_title_is_kept() -> None:
    raw = "Death toll spans 5 states\n\nA snowstorm left at least eight people dead."
    article = Article("a", "a", raw, raw, title="Midwest storm kills eight")
    assert clean_article(article).title == "Midwest storm kills eight"


# CNN's banner atop its pages on Egypt (Timeline17), over different stories.
_BANNER = "2 men charged in death of Chicago teen who performed in inauguration event."


def _cleaned(id_: str, text: str) -> Article:
    return clean_article(Article(id_, id_, text, text))


def test_a_banner_atop_pages_of_different_stories_goes() -> None:
    pages = [
        _cleaned("a", f"{_BANNER}\n\nProtesters gathered in Cairo's Tahrir Square on Monday."),
        _cleaned(
            "b", f"{_BANNER}\n\nMubarak says he won't run again; protesters say it's not enough."
        ),
    ]
    kept = drop_shared_banners(pages)
    assert [a.text.startswith(_BANNER) for a in kept] == [False, False]
    assert kept[0].text == "Protesters gathered in Cairo's Tahrir Square on Monday."


def test_a_caption_glued_atop_pages_of_different_stories_goes() -> None:
    """The BBC's run-in picture caption over two of its pages on the oil spill (Timeline17): it
    was a brief's title and dated August's cost to July."""
    caption = "The leak was capped in the middle of July"
    cost = "The oil spill has so far cost BP a total of $6.1bn, the company has said."
    fund = "BP has made an initial deposit of $3bn into a compensation fund for the oil spill."
    pages = [
        _cleaned("a", f"{caption} {cost}\n\nThe total includes the cost of the response."),
        _cleaned("b", f"{caption} {fund}\n\nThe fund is called an escrow account."),
    ]
    kept = drop_shared_banners(pages)
    assert [article.text.partition("\n\n")[0] for article in kept] == [cost, fund]
    # the same words opening two stories' sentences, going on in lower case or with a name
    # (AllSides' headlines on the Singapore summit), stay
    for top_a, top_b in (
        (f"{caption} and has held since.", f"{caption} {fund}"),
        (
            "Trump says summit with North Korea ‘may not work out’ for June 12.",
            "Trump says summit with North Korea's Kim Jong-un may be delayed.",
        ),
    ):
        pages = [
            _cleaned("a", f"{top_a}\n\nThe total includes the cost of the response."),
            _cleaned("b", f"{top_b}\n\nThe fund is called an escrow account."),
        ]
        assert drop_shared_banners(pages) == pages


def test_a_promo_closing_pages_of_different_stories_goes() -> None:
    """The BBC's site promo under its pages on the oil spill (Timeline17)."""
    promo = "The pun - ancient artform, or the lowest form of wit?"
    pages = [
        _cleaned("a", f"BP says the leak has cost $6.1bn.\n\nThe sum includes grants.\n\n{promo}"),
        _cleaned("b", f"BP paid $3bn into a fund.\n\nThe fund is an escrow account.\n\n{promo}"),
    ]
    kept = drop_shared_banners(pages)
    assert [article.text.endswith(promo) for article in kept] == [False, False]


def test_a_line_atop_copies_of_one_story_stays() -> None:
    lead = "Oil from BP's out-of-control Gulf of Mexico oil spill could threaten the coasts."
    wire = f"{lead}\n\nThe slick is spreading east.\n\nOfficials said booms were laid."
    edited = (
        f"{lead}\n\nThe slick, officials said, is spreading east.\n\nOfficials said booms "
        "were laid."
    )
    pages = [_cleaned("a", wire), _cleaned("b", wire), _cleaned("c", edited)]
    assert drop_shared_banners(pages) == pages


def test_a_most_read_list_goes_with_its_teasers_and_the_story_after_it_stays() -> None:
    raw = (
        "The five most popular stories on CNN.com in the past 24 hours, according to NewsPulse: "
        "'Dangerous storm' to rip through Midwest: Several major Midwest metropolitan areas are "
        "bracing for a massive winter storm.\n\nWhy Nicole Kidman kept baby Faith a secret: "
        "Actress Nicole Kidman says keeping quiet was one of the toughest things she's done.\n\n"
        "Energy shares led the Dow higher, led by Exxon Mobil.\n\nHere's what the government "
        "has done so far: Noor Group has been shut down."
    )
    cleaned, removals, _ = clean_text(raw)
    assert cleaned == (
        "Energy shares led the Dow higher, led by Exxon Mobil.\n\nHere's what the government "
        "has done so far: Noor Group has been shut down."
    )
    assert [r.rule for r in removals] == ["popular_stories", "popular_stories"]


def test_a_call_for_readers_stories_goes_with_its_question_but_a_quoted_plea_stays() -> None:
    raw = f"{KEPT}\n\nAre you in Egypt?\n\nSend your story to CNN's iReport."
    assert clean_text(raw)[0] == KEPT
    plea = "Share your food with the neighbours who have nothing, the imam told worshippers."
    assert clean_text(f"{KEPT}\n\n{plea}")[0] == f"{KEPT}\n\n{plea}"


def test_a_quiz_teaser_goes_with_its_question_and_button_but_a_safety_tip_stays() -> None:
    """Vanity Fair's page on a Game of Thrones record (Multi-News) closed on its quiz."""
    quiz = (
        "Do you have what it takes?\n\nTest your knowledge of the Seven Kingdoms with Vanity "
        "Fair ’s Game of Unknowns.\n\nMake your predictions"
    )
    assert clean_text(f"{KEPT}\n\n{quiz}")[0] == KEPT
    assert clean_text(f"{KEPT}\n\nTake our Ebola quiz to see how much you know.")[0] == KEPT
    tip = "Test your smoke alarms every month, the fire service said."
    assert clean_text(f"{KEPT}\n\n{tip}")[0] == f"{KEPT}\n\n{tip}"


def test_a_page_s_tags_stamps_and_share_bar_over_a_caption_go() -> None:
    """Multi-News: the ABC's footer ('Topics: ..., hobart-7000' had lost Hobart as a place),
    its lone stamps, TheJournal.ie's with their 12-hour times, and The Guardian's share bar
    glued to a video's caption."""
    for junk in (
        "Topics: street-art, visual-art, carnivals-and-festivals, events, hobart-7000",
        "First posted",
        "Updated",
        "First published 12.08pm",
        "Updated 6.15pm",
        "Facebook Twitter Pinterest UBC researchers test effects of THC on rats",
    ):
        assert clean_text(f"{junk}\n\n{KEPT}")[0] == KEPT
    for kept in (
        "Topics: the council discussed roads, schools and the budget, officials said.",
        "Updated CDC guidance says 3 feet of physical distancing is safe in schools.",
        "Published at 9.30pm, the report named three suspects.",
        "Facebook, Twitter and Google said they would remove the posts.",
    ):
        assert clean_text(kept)[0] == kept


def test_a_credit_under_every_picture_goes_but_a_subhead_stays() -> None:
    """A TODAY show page (Multi-News) had 'Today' alone on seven lines of its story."""
    story = ["The Harding family boasts seven children in college.", "Hannah is now 26.", KEPT]
    raw = "\n\n".join(part for line in story for part in ("Today", line))
    cleaned, removals, _ = clean_text(raw)
    assert cleaned.split("\n\n") == story
    assert [r.rule for r in removals] == ["repeated_label"] * 3
    once = "\n\n".join(["Early years", *story])
    assert clean_text(once)[0] == once


def test_the_sentence_that_introduced_an_embedded_tweet_goes_with_it() -> None:
    """Mediaite's page of Jackie Speier's and Donald Trump's tweets (Multi-News): without the
    tweets, "... to this:" stood alone as the source's text. A paragraph's earlier sentences
    stay, and so does a paragraph that introduces no tweet."""
    tweet = (
        "I will be introducing a bill next week which will prohibit @POTUS from posting "
        "unsupervised tweets. https://t.co/vNpeVFBj3J — Jackie Speier (@RepSpeier) April 1, 2017"
    )
    before = "Trump was watching Fox News on Saturday morning."
    lead_in = (
        "The president took to Twitter after watching segments on Fox News, on subjects "
        "ranging from Chuck Todd to The New York Times to this:"
    )
    cleaned, removals, _ = clean_text("\n\n".join([KEPT, lead_in, tweet]))
    assert cleaned == KEPT
    assert [r.text for r in removals if r.rule == "tweet_embed"] == [lead_in, tweet]
    cleaned = clean_text("\n\n".join([KEPT, f"{before} {lead_in}", tweet]))[0]
    assert cleaned == "\n\n".join([KEPT, before])
    listed = "\n\n".join([KEPT, "The candidates:", "Tom Smith, the mayor"])
    assert clean_text(listed)[0] == listed


def test_a_twitter_widget_s_rows_go() -> None:
    rows = (
        "ie/11BX93W 7:01 pm ET February 11, 2013 RETWEET Could the next pope be from Africa or "
        "Latin America?\n\nly/U6vgfT 6:30 pm ET February 11, 2013 RETWEET Looking for a good "
        "car for bad winter weather?"
    )
    story = "\n\n".join([KEPT] * 4)  # the widget is at the page's foot, below the top lines
    cleaned, removals, _ = clean_text(f"{story}\n\n{rows}")
    assert cleaned == story
    assert {r.rule for r in removals} == {"tweet_embed"}


@pytest.mark.parametrize(
    "news",
    [
        "Police could not confirm the identity of the victim.",
        "CNN could not independently confirm the report, but officials said 12 people died.",
        # a caveat on the claim before it, which it names: it had gone, and the "18
        # journalists" it doubted read as established
        "CNN could not independently confirm the report.",
        "CNN could not independently verify al-Obeidy's story.",
    ],
)
def test_who_else_could_not_confirm_a_report_is_news(news: str) -> None:
    assert clean_text(f"{KEPT}\n\n{news}")[0] == f"{KEPT}\n\n{news}"


def test_link_labels_on_two_lines_are_links_not_a_transcript_s_speaker() -> None:
    """The Arizona Republic's links (Multi-News): two 'MORE:' lines had made the page a
    transcript, whose rule cut the labels and left the headlines as sentences."""
    links = (
        "MORE: Here's why there are still so many votes left to count in Arizona\n\n"
        "MORE: 'Gaggle' podcast: Behind the scenes at The Arizona Republic on Election Day\n\n"
        "READ: The climate was ripe for a blue wave, but Arizona appears still solid red"
    )
    assert clean_text(f"{KEPT}\n\n{links}")[0] == KEPT


def test_a_photo_link_in_brackets_inside_a_sentence_stays() -> None:
    """Only a gallery's link alone on its line goes, not a sentence's bracketed aside."""
    story = "The governor toured the town (photos: the state's office) on Monday."
    assert clean_text(story)[0] == story


def test_a_list_s_next_item_number_is_not_joined_to_no() -> None:
    raw = (
        "Did she want her ex-boyfriend making a grand gesture? No.\n\n"
        "12. “Sad Beautiful Tragic”\n\nThe song is about a lost love."
    )
    assert clean_text(raw)[0].split("\n\n")[:2] == [
        "Did she want her ex-boyfriend making a grand gesture? No.",
        "12. “Sad Beautiful Tragic”",
    ]
    assert (
        clean_text("He is ranked No.\n\n3 in the world.")[0] == "He is ranked No. 3 in the world."
    )
