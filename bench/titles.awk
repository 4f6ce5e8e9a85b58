# bench/titles.awk - scraped-style articles from the Wikinews CSV
# (url,date,title,text), for bench/titles.  Writes DIR/NNN.txt, one
# article each, and DIR/truth.tsv (file, title, date).  The page around
# the article is drawn from a few site templates with a fixed seed
# (Park-Miller, exact in any awk), so every run writes the same bytes.
#
#   awk -v dir=DIR [-v variant=2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19] -f bench/titles.awk articles.csv
#
# variant=2 draws from a second set of page furniture and date formats,
# written after segment was tuned on the first: a held-out check.
# variant=3 and variant=4 (seeds 104729, 1299709) model the much noisier
# text a scraper gets from real sites (innerText, copy-paste, lynx -dump):
# 8 to 30 lines of menus before the title, standfirsts, bylines,
# datelines, share rows and captions in each site's order, and tags,
# related stories (with their own, earlier days), comment forms and
# legal lines after the body.  Variant 3 follows BBC News, the Guardian,
# CNN, Reuters and a WordPress blog; variant 4, a held-out check after it,
# AP News, the New York Times, Al Jazeera, a small-town paper, Medium and
# Substack, in other words.  Before the body, every date is the article's.
# variant=5 (seed 15485863), a new final held-out check written after
# the others, does the same from twelve other sites, words written fresh:
# Fox News, NBC News, the Washington Post, the Daily Mail, the
# Independent, ABC News (Australia), the Hindu, a local TV station
# (KSL.com or a Hearst station), NPR, Politico, Yahoo News, Bloomberg.
# Their menus carry cookie banners, weather widgets ("28°F"), mastheads
# and kickers, and now and then a "Breaking News" or "Most Read" block of
# other headlines under its marker line; their bylines and datelines take
# each site's form ("By X | Fox News", "01/07/2019 08:48 AM EST",
# "Posted - Jan 15th, 2019 @ 5:33pm", "04 Jan 2019 / 18:22 IST", "3 min
# read"), still on the article's day; key points, summary bullets, audio
# players, tickers and captions sit round them, and lynx -dump lines are
# wrapped at 77 columns.
# variant=6 (seed 32452843), a final held-out check, written
# after variant 5 and in fresh words, takes fifteen other sites: CBS News,
# USA Today, the Los Angeles Times, the Times of India, the Irish Times,
# DW, France 24, the South China Morning Post, the Sydney Morning Herald,
# CBC News, Euronews, a Ghost blog, a Blogger blog, a university news
# office and a press-release wire (PR Newswire, Business Wire).  8 to 30
# lines come before the title (consent banners, editions and language
# lists, mastheads, tickers, "Advertisement", kickers, and now and then
# other headlines under a "Most Viewed" or "Editor's Picks" label); then
# each site's byline, dateline and read-time forms ("January 4, 2019 /
# 6:12 PM / CBS/AP", "Published 6:12 p.m. ET Jan. 4, 2019", "TNN |
# Updated: Jan 4, 2019, 18:22 IST", "Issued on: 04/01/2019 - 18:22",
# "PUBLISHED : Friday, 04 January, 2019, 6:12pm", "January 4, 2019 —
# 6.12pm", "Posted: Jan 04, 2019 6:12 PM ET", "Jan 4, 2019 • 3 min read"),
# day-month numbers included, on the article's day; DW may give that day
# only after the body ("Date 04.01.2019"), as it did.  Pages come as
# innerText or copy-paste, lynx -dump -nolist (wrapped at 77-79 columns),
# w3m -dump (bullets "•", rows of links, 79-80 columns) or a naive
# HTML-to-text converter that puts every link's text on a line of its own
# ("By" / "Jane Doe" / ", Staff Writer").  Titles are never wrapped.
# variant=7 (seed 49979687), a final held-out check, written
# after variant 6 in fresh words, takes 24 other sites: the Telegraph,
# Sky News, the Financial Times, the Economist, Le Monde in English, the
# Japan Times, the Straits Times, the Globe and Mail, the Chicago
# Tribune, the Boston Globe, HuffPost (US and UK), BuzzFeed News, Vox,
# the Verge, the Atlantic, Axios, Ars Technica, Slate, a Drupal city
# newsroom, a Joomla regional site, a Wix and a Squarespace site, a
# Google News-style aggregator and a Reddit-like link page.  8 to 30
# lines come before the title (consent and reCAPTCHA notices, sign-in and
# subscribe links, editions, mastheads and slogans, market tickers and
# weather, paywall offers, "Advertisement", kickers, now and then other
# headlines under a label such as "Most Read"); then each site's byline,
# dateline and read-time forms ("4 January 2019 • 6:12pm", "Friday 4
# January 2019 18:22, UK", "January 4 2019", "Jan 4th 2019 | MOSCOW",
# "Published on January 4, 2019, at 6:12 pm (Paris)", "Published Jan 4,
# 2019, 6:12 pm SGT", "JAN 04, 2019 | 6:12 PM", "By X Globe
# Staff,Updated January 4, 2019, 6:12 p.m.", "04/01/2019 18:12 GMT"
# (HuffPost UK, day first), "Posted on January 4, 2019, at 6:12 p.m.
# ET", "1/4/2019, 6:12 PM" (Ars), "Posted on: 01/04/2019", Joomla's
# "Published: 04 January 2019" and "Hits: 812", "Jan 4, 2019" / "2 min
# read"), on the article's day; only the Economist's "From the January
# 5th 2019 edition", after the body, may be later.  Captions ("Open this
# photo in gallery:", "Enlarge / ...", "Image: ... Pic: AP"), share rows,
# in-body "Story continues below advertisement" or "Read more:" lines;
# after the body tags, related stories on earlier days, newsletter and
# donation boxes, comments, footers.  Pages come as innerText or
# copy-paste, lynx -dump -nolist, w3m -dump, python's html2text
# (Markdown: "  * " lists, "### " labels, "**bold**", links kept or not,
# images, 78 columns, and the title as "# Title"), a naive converter
# that prints the <title> ("Title | Site") first and each link's text on
# a line of its own, a Jina-style reader ("Title: Title | Site", "URL
# Source:", "Published Time:", then Markdown with the title underlined by
# "="), a browser's reader view (host, title, author, "3–4 minutes",
# dateline, body) or an archive.today capture (its header dated the
# article's day).
# variant=8 (seed 67867967), a final held-out check, written
# after variant 7 in fresh words, takes 14 other sites: the Sun, the
# Mirror, the Evening Standard, RTÉ, the Hindustan Times, NDTV, Dawn,
# News24, the New Zealand Herald, the Toronto Star, the Seattle Times,
# Newsweek, Forbes and Business Insider.  8 to 30 lines come before the
# title (consent, paywall and notification prompts, sign-in and
# subscribe links, mastheads, weather and market tickers, kickers such
# as "WORLD NEWS" or "SHOCK MOVE", "Advertisement", now and then other
# headlines under a label such as "MOST READ IN NEWS"); then each site's
# byline, dateline and read-time forms ("Published: 18:22, 4 Jan 2019",
# "18:22, 4 JAN 2019", "Friday 4 January 2019 18:22", "Updated / Friday,
# 4 Jan 2019 18:22", "Updated: Jan 04, 2019 18:22 IST", "World |
# Agence France-Presse | Updated: January 04, 2019 18:22 IST", "AFP
# Published January 4, 2019", "Updated 04 Jan, 2019", "2019-01-04
# 18:22", "4 Jan, 2019 6:12pm" / "3 mins to read", "Fri., Jan. 4, 2019"
# / "timer3 min read", "Originally published January 4, 2019 at 6:12
# pm", Newsweek's "BY X ON 1/4/19 AT 6:12 PM EST" (two-digit year),
# Forbes' "Jan 4, 2019,06:12pm EST", "Jan. 4, 2019, 6:12 PM"), on the
# article's day; NDTV's highlights and Business Insider's key points,
# captions with their credits run together ("...the courtCredit: AFP",
# "Photo / AP", "(Image: Getty Images)"), in-body "Advertisement", "Also
# Read |" and "READ MORE" lines; after the body tags, related stories
# on earlier days, newsletter and comment boxes, wire notes ("The
# Seattle Times does not append comment threads..."), footers.  Pages
# come in variant 7's layouts (innerText, copy-paste, lynx, w3m,
# html2text, a naive converter, a Jina-style reader, a reader view,
# archive.today).
# variant=9 (seed 86028121), a final held-out check, written
# after variant 8 in fresh words, takes 16 other sites in 15 templates:
# the Korea Herald, the Bangkok Post, the Jakarta Post, the Manila Times,
# Arab News, the National (UAE), the Jerusalem Post, the Kyiv
# Independent, the Moscow Times, Balkan Insight, the Local (Sweden), the
# Buenos Aires Times or the Rio Times, Premium Times (Nigeria) or the
# East African, a Patch town page and a Gannett local daily.  8 to 30
# lines come before the title (consent, notification and subscription
# prompts, language editions, mastheads, KOSPI, SET, dollar and oil
# tickers, weather and prayer times, kickers, now and then other
# headlines under a label such as "MOST VIEWED"); then each site's
# byline, dateline and read-time forms ("Published : Jan 4, 2019 -
# 18:22", "PUBLISHED : 4 Jan 2019 at 18:22" / "WRITER: X", "Paris,
# France | Fri, January 4, 2019 | 06:12 pm", "Updated 04 January 2019",
# "Fri, 2019-01-04 18:22", "Jan 04, 2019", "JANUARY 4, 2019 18:22",
# "January 4, 2019 6:12 PM 3 min read", "Jan. 4, 2019", "Published: 4
# January 2019 18:22 CET", "04-01-2019 18:22" (day first), "Friday
# January 04 2019", "Posted Fri, Jan 4, 2019 at 6:12 pm ET", "Jan. 4,
# 2019, 6:12 p.m. ET"), in the site's zone, on the article's day;
# captions with credits ("(photo credit: REUTERS)", ". AFP PHOTO",
# "Photo: X/TT"), short URLs, highlights, in-body "Read also:" and ad
# lines; after the body tags, related stories on earlier days, member,
# donation and newsletter boxes, reply rules, footers.  Pages come in
# variant 7's layouts without html2text and the Jina-style reader, so
# the title line stays plain (innerText, copy-paste, lynx, w3m, a naive
# converter, a reader view, archive.today).
# variant=10 (seed 104395301), a final held-out check, written
# after variant 9 in fresh words, takes 21 other sites in 16 templates:
# the Scotsman, the Irish Independent or the Belfast Telegraph, ABC News
# (US), CNBC, the Hill, the Christian Science Monitor, PBS NewsHour, the
# Times of Israel, Gulf News or Khaleej Times, the Star (Malaysia), CNA,
# the Taipei Times or Hong Kong Free Press, the Conversation, ProPublica,
# Reason or National Review, and a Sinclair or Nexstar local TV station.
# 8 to 30 lines come before the title (consent, notification, paywall
# meter and ad-blocker prompts, editions, mastheads and slogans, DOW,
# S&P, KLCI and gold tickers, weather, "Support Provided By:", the Hill's
# "Just In..." column, kickers, now and then other headlines under a
# label such as "Trending Now"); then each site's byline, dateline and
# read-time forms ("Published 4th Jan 2019, 18:22 GMT", "Fri 4 Jan 2019
# at 18:22", "January 04 2019 06:12 PM", "ByJane Doe" / "January 4, 2019,
# 6:12 PM" / "• 3 min read", "Published Fri, Jan 4 2019 6:12 PM EST", now
# and then in capitals, "BY X - 01/04/19 06:12 PM EST", "World Jan 4,
# 2019 6:12 PM EST", "4 January 2019, 6:12 pm", "Published: 18:22
# January 4, 2019", "Filed on January 4, 2019 | Last updated on January
# 4, 2019 at 06.12 pm", "Friday, 04 Jan 2019 6:12 PM MYT", "04 Jan 2019
# 06:12PM (Updated: ...)", "Fri, Jan 04, 2019 - page 5", "2019/01/04
# 18:22", "18:22, 4 January 2019", "Published: January 4, 2019 6.12pm
# EST", "Jan. 4, 2019, 6 a.m. EST", "X | 1.4.2019 6:12 PM", "Fri, January
# 4th 2019, 6:12 PM EST", "Posted: Jan 4, 2019 / 06:12 PM CST"), in the
# site's zone, on the article's day; key points, highlights, "Why We
# Wrote This", the Conversation's author box and disclosure statement
# (above or below the body), captions with credits ("(Picture: X)",
# "Image Credit: AFP", ". — Reuters", ". Photo by X/AP", "Illustrative:
# ... (X/Flash90)", "PHOTO: ..."), and now and then an AP file photo's
# caption with its own, earlier day ("FILE - In this Dec. 20, 2018, file
# photo, ..."), as AP's are; in-body "Advertisement" / "Hide Ad", "Read
# More", "READ:" and "watch now" / "VIDEO02:3102:31" lines; after the
# body AP contribution notes, "Source: AFP/ec", "—Updated at 7:05 p.m.",
# tags, related stories on earlier days, member, republishing and
# newsletter boxes, comment rules, footers.  Pages come in variant 9's
# layouts, so the title line stays plain.
# variant=11 (seed 122949823), a final held-out check, written
# after variant 10 in fresh words, takes 37 other sites and 4 kinds of
# copy in 17 templates: the Wall Street Journal, the Times (or the
# Sunday Times), Metro or the i, Swissinfo, ANSA English or
# eKathimerini, the Hürriyet Daily News or Daily Sabah, the Nikkei Asian
# Review, Yonhap, Xinhua or the Global Times, VnExpress International,
# the Inquirer or Rappler, the Daily Star (Bangladesh), the Kathmandu
# Post or Pakistan Today, Vanguard, Daily Maverick or GhanaWeb,
# MercoPress, Mexico News Daily or El País in English, RFE/RL or the
# Voice of America, Middle East Eye, Al-Monitor or the Tehran Times, the
# Daily Beast, Salon, Mother Jones or the Intercept, a MediaNews Group,
# McClatchy or Star Tribune daily, and copies made elsewhere: MSN's, a
# Pocket save, an RSS reader's view (Inoreader, Feedly), a newsletter
# email (Gmail's print view, Outlook, Apple Mail).  8 to 30 lines come
# before the title (reprint notices, consent, notification and paywall
# prompts, language editions, DJIA, Nikkei 225, BIST 100 ("91.270,03"),
# PSEi and peso tickers, weather, kickers, mail headers, a newsletter's
# masthead and contents, now and then other headlines under a label such
# as "What's News"); then each site's byline, dateline and read-time
# forms ("Updated Jan. 4, 2019 6:12 pm ET", "Friday January 04 2019,
# 6.12pm GMT, The Times", "January 4, 2019 6:12 pm(Updated 7:05 pm)",
# "This content was published on Jan 4, 2019 - 18:22", "ROME, 04 January
# 2019, 18:22", "04.01.2019 • 18:22", "January 04 2019 18:22:00", "JAN
# 04, 2019 - 6:12 PM GMT+3", "January 4, 2019 18:22 JST", "All News
# 18:22 January 04, 2019", "Source: Xinhua| 2019-01-04 18:22:13|Editor:
# X", "Source:Global Times Published: 2019/1/4 18:22:33", "January 4,
# 2019 | 06:12 pm GMT+7", "Associated Press / 06:12 PM January 04,
# 2019", "Published 6:12 PM, January 04, 2019", "06:12 PM, January 04,
# 2019 / LAST MODIFIED: ...", "Published at : January 4, 2019", "On
# January 4, 2019 6:12pmIn Newsby X", "04 Jan 2019", "General News of
# Friday, 4 January 2019", "Friday, January 4th 2019 - 18:22 UTC",
# "Published on Friday, January 4, 2019", "Madrid 4 JAN 2019 - 18:22
# CET", "January 04, 2019 18:22 GMT", "January 04, 2019 06:12 PM",
# "Published date: 4 January 2019 18:22 UTC", "January 4, 2019 - 18:22",
# "Published Jan. 04, 2019 6:12PM ET", "Published January 4, 2019 6:12PM
# (EST)", "January 4 2019, 6:12 p.m.", "PUBLISHED: January 4, 2019 at
# 6:12 p.m. | UPDATED: ...", "January 04, 2019 06:12 PM", "JANUARY 4,
# 2019 — 6:12PM", MSN's "1/4/2019" or, in its UK edition, "04/01/2019",
# "Sent: Friday, January 4, 2019 6:12 PM", "Fri, Jan 4, 2019 at 6:12
# PM"), in the site's zone, on the article's day; wire datelines run
# into the first paragraph ("SEOUL, Jan. 4 (Yonhap) -- ", "BEIJING, Jan.
# 4 (Xinhua) -- ", "(ANSA) - ROME, JAN 4 - ", "TOKYO -- ", "TEHRAN – "),
# sign-offs onto the last ("– Rappler.com"); captions with credits
# ("PHOTO: X/AGENCE FRANCE-PRESSE", "[InTime News]", "(AA Photo)",
# "(Photo: EPA-EFE / X)", "BEIJING, Jan. 4, 2019 (Xinhua) -- ..."), a
# video player's controls, in-body "MORE:", "READ:", "- Advertisement -"
# lines; after the body "Write to X at ...", the Wall Street Journal's
# "Appeared in the January 5, 2019, print edition", a paywall that cuts
# the body short, "(END)", "With reporting by ...", "Read it at ...",
# "English version by X.", Mexico News Daily's "Source: Milenio (sp)",
# Rappler's mood meter, tags, related stories on earlier days,
# newsletter, member and comment boxes, unsubscribe lines, footers.  The
# sites' pages come in variant 9's layouts; a copy that is no web page
# (Pocket, a feed reader, an email) as innerText, copy-paste, lynx or
# w3m, or a naive converter's text, with no ad or cookie banner.
# variant=12 (seed 141650939), a final held-out check, written
# after variant 11 in fresh words, takes 31 other sites (six of them
# Postmedia dailies) and 2 kinds of copy in 16 templates: Kyodo News, the Hindu BusinessLine, Haaretz,
# Stars and Stripes, Euractiv, Radio New Zealand, Stuff, the Jamaica
# Gleaner or the Jamaica Observer, the Daily Nation or the Standard
# (Kenya), Reuters and AP copy on US News & World Report or a Postmedia
# daily (National Post, Ottawa Citizen, ...), UPI, AFP copy on Digital
# Journal or Barron's, Anadolu Agency, the Times of Malta or the Cyprus
# Mail, pages read through Google's AMP viewer (the Daily Express, the
# New York Post, the Washington Times), a Hugo or Jekyll blog, a Revue or
# Buttondown newsletter archive, and copies made in Apple News or
# Flipboard.  8 to 30 lines come before the title (consent, newsletter
# and notification prompts, language editions, the AMP viewer's bar,
# Nikkei, Sensex, Nifty, rupee, DJIA and S&P tickers, weather, kickers,
# now and then other headlines under a label such as "Most Viewed"); then
# each site's byline, dateline and read-time forms ("KYODO NEWS - Jan 4,
# 2019 - 18:12 | World, All", "Reuters London | Updated on January 04,
# 2019 Published on January 04, 2019", "Jan 04, 2019 6:12 PM", "Jan 4,
# 2019 6:12 pm IST" (Israel's), "By X | STARS AND STRIPES Published:
# January 4, 2019", "By X | EURACTIV.com Jan 4, 2019 (updated: Jan 7,
# 2019)", "6:12 pm on 4 January 2019", "Last updated 18:12, January 4
# 2019", "Published:Friday | January 4, 2019 | 12:00 AM", "Friday, January
# 04, 2019 | 6:12 PM", "Friday January 4 2019" / "In Summary", "January
# 4th 2019 at 18:12:33 GMT +0300" / "3 hours ago", "By Reuters, Wire
# Service Content Jan. 4, 2019, at 6:12 p.m.", "Jan. 4, 2019 / 6:12 PM",
# "Published Jan 04, 2019 • Last updated 5 years ago • 3 minute read",
# "By AFP     Jan 4, 2019 in World", "Updated Jan 4, 2019, 7:05 pm EST /
# Original Jan 4, 2019, 6:12 pm EST", "X   |04.01.2019", "Friday, 4
# January 2019, 18:12 by AFP", "04/01/2019", "PUBLISHED: 18:12, Fri, Jan
# 4, 2019 | UPDATED: ...", "January 4, 2019 | 6:12pm", "By X - The
# Washington Times - Friday, January 4, 2019", "apnews.com - X • 3h",
# "2019-01-04T18:12:00Z", "2019-01-04 18:12:00 +0000 UTC", "January 4,
# 2019 · 4 min · X", "By X • Issue #58 • View online"), in the site's
# zone, on the article's day, but for a photo taken the day before
# (Kyodo's "... on Jan. 3, 2019. (Kyodo) ==Kyodo"), an update on a
# later day printed beside the first, a copyright of the year a page was
# seen again, and times relative to the copy; wire datelines run into
# the first paragraph ("GENEVA (Reuters) - ", "Jan. 4 (UPI) -- ", "Paris
# (AFP) - ", Anadolu's city on a line of its own), credits and sign-offs
# after the last ("(Reporting by X; Editing by Y)", "- Reuters", "[Edited
# by X]", AFP's "ab/jm"); captions with credits ("| Photo Credit:
# REUTERS", ". Credit: AFP", ". [X/EPA-EFE]", ". Photo: RNZ / X", ". -
# Contributed", "( X - Anadolu Agency )", "(Image: Getty Images)"),
# in-body "READ MORE:" lists of other headlines, "SEE ALSO:", "READ
# ALSO:"; after the body tags, related stories on earlier days,
# newsletter, app and comment boxes, footers.  The sites' pages come in
# variant 9's layouts, as lynx -dump prints them with its numbered links
# ("[12]World", then "References" and the list of addresses), or as
# pandoc -t plain prints them (lists "-   ", 72 columns); a copy (Apple
# News, Flipboard) as innerText, copy-paste, lynx or w3m, or a naive
# converter's text, with no ad or cookie banner.
# variant=13 (seed 179424673), a final held-out check, written
# after variant 12 in fresh words, takes 25 other sites and 5 kinds of
# copy in 16 templates: the Herald (Glasgow) or the Glasgow Times,
# TheJournal.ie or the Irish Examiner, 9News or Sky News Australia,
# Malaysiakini, Focus Taiwan, the Asahi Shimbun's AJW, the Mainichi or
# the Japan News (Yomiuri), Global News, CTV News or the Winnipeg Free
# Press, the Texas Tribune, CalMatters or the Salt Lake Tribune, ThePrint
# or Scroll.in, the Korea Times or Korea JoongAng Daily, Ahram Online or
# the Mail & Guardian, wire copy on AOL or inkl, and copies: a SmartNews
# or NewsBreak page, an Instapaper or Readwise Reader save, an Obsidian
# Web Clipper note, a page printed to PDF and read back by pdftotext, an
# e-mail forward.  8 to 30 lines come before the title (consent, meter
# and app prompts, city editions and weather, TAIEX and ringgit tickers,
# kickers, now and then other headlines under a label such as "Most
# Read"); then each site's byline, dateline and count forms ("4th
# January 2019", "4 January 2019 — 6:12pm", "Published 18:12, Friday 4
# January 2019", "Friday 4 Jan 2019, 6:12 PM" / "28,136 Views" / "37
# Comments", "Friday, January 04, 2019 - 06:12 PM", "6:12pm Jan 4, 2019",
# "Updated 12 minutes ago" over "Published 6:12pm Jan 4, 2019", "By X•Jan
# 4, 2019 6:12pm", "Friday, January 4th, 2019", "January 4th, 2019 - 6:12
# PM", "Published:  4 Jan 2019, 6:12pm  |  Modified: ...", "中文版 ·
# 2019年1月4日", "2019/01/04 18:12", "January 4, 2019 at 18:12 JST",
# "18:12 JST, January 4, 2019", the Mainichi's "January 4, 2019 (Mainichi
# Japan)" after the body beside "毎日新聞 2019年1月4日 18時12分", "Posted
# January 4, 2019 6:12 pm", "Published Friday, January 4, 2019 6:12PM
# EST" / "Last Updated ...", "Posted: 6:12 PM CST Friday, Jan. 4, 2019",
# "Jan. 4, 2019" / "6:12 PM Central", "Published: Jan. 4, 2019 | Updated:
# 7:05 p.m.", "4 January, 2019 6:12 pm IST", "Published Jan 04, 2019 ·
# 06:12 pm", "Posted : 2019-01-04 18:12 | Updated : ...", "Jan 04,2019",
# "AFP , Friday 4 Jan 2019", "04 Jan 2019", "Jan 4 2019 6:12 PM ET"), in
# the site's zone, on the article's day, but for an update on a later
# day labelled as such ("Updated January 7, 2019"), a Global News video's
# "WATCH: ... – Jan 4, 2019", and the day a copy was made: saved
# ("Saved Oct 15, 2022"), clipped (YAML front matter: "title:", "source:",
# "published: 2019-01-04T18:12:00+09:00", "created: 2022-10-15"; the
# title is only there), printed (pdftotext, plain or -layout: the day
# printed, "1/9/23, 10:15 AM", and the <title>, cut with "…", atop each
# page, the address and "1/3" below it, a form feed after it, the
# headline wrapped as its larger type was, the body at 84 to 97 columns)
# or forwarded (the forward's Gmail print view, Outlook or plain headers
# on a later day, a note, then a Gmail, Outlook, Apple Mail, Thunderbird
# or mutt forward header on the story's day over a news alert or a story
# pasted into a mail).  Wire lines run into the body ("Taipei, Jan. 4
# (CNA) ") and after it ("(By X)" / "Enditem/AW", "(Japanese original by
# X, Y Department)"); captions with credits ("Image: X/RollingNews.ie",
# ". (AAP)", ". CNA photo Jan. 4, 2019", "(Photo: Reuters)", ". [YONHAP]",
# "Photo/Illustration"); in-body "READ MORE:" lines; after the body tags,
# related stories on earlier days, disclosure, republishing, donation and
# newsletter boxes, tip and typo links, footers; Malaysiakini's paywall
# may cut the body.  The sites' pages come in variant 12's layouts; a
# copy as text only (innerText, copy-paste, lynx or w3m, a naive
# converter), the note as it is, the print and the mail as they come.
# variant=14 (seed 198491317), a final held-out check, written
# after variant 13 in fresh words, goes back to the core case, ordinary
# news pages as scraped, and takes 21 other sites in 16 templates:
# Newsday, the Houston Chronicle or the San Antonio Express-News, the
# Philadelphia Inquirer, an Advance Local site (the Oregonian/OregonLive,
# cleveland.com, NJ.com, al.com, MLive), the Tampa Bay Times, the Atlanta
# Journal-Constitution, the Irish News, the Deccan Herald, Business
# Standard or the Economic Times, Gulf Times or the Peninsula (Qatar),
# Ynetnews or i24NEWS, the Brussels Times, BloombergQuint, MarketWatch or
# Nasdaq.com, Punch (Nigeria), and the West Australian or the Otago Daily
# Times.  8 to 30 lines come before the title (menus one item a line, in
# rows or run together, consent, meter and newsletter prompts, weather,
# traffic, DJIA, Sensex, Nifty, QE and naira tickers, breaking-news bars
# with another story's headline and age, kickers, now and then other
# headlines under a label such as "Most Popular"); then each site's
# byline (one to three names, roles such as "Times staff writer", agency
# credits, e-mail addresses and handles), dateline and count forms
# ("Updated January 4, 2019 6:12 PM" / "Published ...", "Updated 6:12 pm
# CST, Friday, January 4, 2019", "Jan. 4, 2019" / "Updated: Jan. 4, 2019
# 7:05 p.m.", "by X, Updated: January 4, 2019- 6:12 PM", "Posted: January
# 4, 2019 - 6:12 PM", "Updated Jan 04, 2019; Posted Jan 04, 2019", now and
# then updated on a later day, "Published: Jan. 04, 2019, 6:12 p.m.",
# "Published Jan. 4, 2019|Updated Jan. 4, 2019", "Friday, January 4, 2019
# 6:12pm", "Posted: 6:12 p.m. Friday, January 04, 2019", "Filed in World",
# "04 January, 2019 18:12" (01:00 for print stories), "Jan 4 2019 -
# 6:12pm", "X, Bengaluru, JAN 04 2019, 18:12 IST | UPDATED: ...", "Jan 04
# 2019, 18:12pm ist", "Last Updated 04 January 2019, 18:12 IST" / "3 hours
# ago", "X  |  City Last Updated at January 4, 2019 18:12 IST", "Updated:
# Jan 04, 2019, 06:12 PM IST", "AFP/Paris" / "January 04 2019 06:12 PM",
# "Published: 04 Jan 2019 - 6:12pm | Last Updated: ...", Ynetnews'
# "X|Published: 01.14.19 , 18:12" (month first, only on a day no other
# reading fits), "January 4th 2019 | 06:12 PM" / "3 min read", "Friday, 04
# January 2019", "14.01.2019 | 18:12" (only as for Ynetnews), "Friday 4
# January 2019 18:12 CET", "Jan 04 2019, 6:12 PM" / "7 hours ago",
# "Published On" / "Jan 04 2019, 6:12 PM IST" / "Last Updated" / ...,
# "Published: Jan. 4, 2019 at 6:12 p.m. ET", "Last Updated: ... First
# Published: ...", "January 04, 2019 06:12 PM EST", "Published 4 January
# 2019", "January 4, 2019" / "6:12pm", "Friday, 4 January 2019 6:12PM",
# "Fri, 4 Jan 2019 - 6:12pm"), in the site's zone, on the article's day;
# captions with credits (". Credit: AP/X", "1of9" / "Image 1 of 9" /
# "Buy photo", ". [ X | Times ]", "Representative image. Credit: iStock
# Photo", ". (Photographer: X/Bloomberg)", "Camera Icon..." run into the
# caption, "Picture by X"), shares and comment counts, in-body "READ
# MORE:", "Also read:", "ALSO READ:" and advertisement lines, Bloomberg's
# "(Bloomberg) -- " lead and "To contact the reporter on this story: ..."
# sign-off; after the body contribution notes, author bios and contacts,
# Business Standard's "First Published: Fri, January 04 2019. 18:12 IST",
# wire-feed notes, tags and topics, "Read more", "Most Popular" and
# related lists of other headlines on earlier days, newsletter, donation,
# paywall and "Kindly share this story:" boxes, legal lines, footers.  The
# pages come in variant 12's layouts (lynx -dump with its numbered links,
# pandoc -t plain, innerText, copy-paste, lynx, w3m, a naive converter, a
# reader view, archive.today).
# variant=15 (seed 217645177), a final held-out check, written
# after variant 14 in fresh words, stays with the core case, ordinary news
# pages as scraped, and takes 24 other sites in 16 templates: the Las
# Vegas Review-Journal, the Honolulu Star-Advertiser, the Anchorage Daily
# News, the Indian Express, the Tribune (India), the Nation or the Express
# Tribune (Pakistan), Thai PBS World or Khaosod English, Tuoi Tre News,
# TODAY or Mothership (Singapore), 1News or Newshub (New Zealand), SBS
# News, the Guardian (Nigeria) or ThisDay, the Daily Monitor or New Vision
# (Uganda), TimesLIVE or SowetanLIVE, the Buenos Aires Herald or the Tico
# Times, and EUobserver.  8 to 30 lines come before the title (menus one
# item a line, consent, meter and app prompts, weather with the day's high
# and low, surf and PM2.5 lines, Sensex, Nifty, KSE-100, VN-Index and NSE
# ASI tickers, peso, rand and colón rates, breaking-news bars with another
# story's headline and age, kickers, EUobserver's date bar, now and then
# other headlines under a label such as "Most Popular"); then each site's
# byline (one or two names, "A & B", desks such as "Thai PBS World's
# Political Desk", agency credits, e-mail addresses and handles), dateline
# and count forms ("January 4, 2019 - 6:12 pm" / "Updated January 4, 2019
# - 7:05 pm", "Posted January 04, 2019" / "Updated January 04, 2019 7:05
# p.m.", "Posted January 04, 2019 6:12 a.m. HST", "Author: X" / "Updated:
# January 4, 2019" / "Published January 4, 2019", now and then updated on
# a later day, "Written by X | New Delhi | Updated: January 4, 2019 6:12:34
# pm", "By: X | City | Published: ... | Updated: ...", "Posted at: Jan 4,
# 2019, 6:12 PM; last updated: Jan 4, 2019, 7:05 PM (IST)" or "Updated At:
# Jan 04, 2019 06:12 PM (IST)" with the place and day over the story
# ("Chandigarh, January 4", no year), "06:12 PM | January 04, 2019",
# "PUBLISHED JANUARY 04, 2019" / "UPDATED ...", "4 January 2019", "04 Jan
# 2019 | 18:12", "January 4, 2019 6:12 pm", "Updated : 01/14/2019 18:12 GMT
# + 7" (month first, only on a day no other reading fits) or "Updated :
# Monday, January 14, 2019 18:12 GMT+7", "Published January 4, 2019" over
# "6:12 PM", "PUBLISHED: JANUARY 4, 2019" / "UPDATED: ...", "X | January
# 04, 2019, 06:12 PM", "Published: 6:12PM Friday January 04, 2019 Source:
# 1 NEWS", "Friday 4 Jan 2019 6:12pm", "4 January 2019 - 6:12pm",
# "Published 4 January 2019 at 6:12pm AEDT", "04 January 2019   |   6:12
# pm", "X in Abuja" / "January 4, 2019", "Friday, January 04, 2019 —
# updated on January 05, 2019", "Added 4th January 2019 06:12 PM", "04
# January 2019 - 18:12" / "Updated 19:05", "By X - 04 January 2019",
# "Friday, January 4, 2019", "January 4, 2019 · 18:12", "BRUSSELS, 4. Jan
# 2019, 18:12", "Friday, 4 January 2019, 18:12 CET"), in the site's zone,
# on the article's day; captions with credits ("(X/Las Vegas
# Review-Journal) @x", the Star-Advertiser's credit line in capitals, now
# and then with the photo's own earlier day, "ASSOCIATED PRESS / JAN. 3",
# ". — PTI", "(Express Photo by X)", "PHOTO: AFP", "Photo credit: Getty
# Images", ". Source: AAP", "PHOTO | AFP", "(Credit: Xinhua)", "Image:
# REUTERS/X", "(Via X/AFP)"), the Daily Monitor's "What you need to know:"
# points, in-body "RELATED", "Also Read |", "READ MORE:" and "Read more:"
# lines, sign-offs ("Newshub / AFP.", "With AAP", "Top photo via ...");
# after the body contact lines and author bios, "Published in The Express
# Tribune, January 5th, 2019." (the print edition's later day), tags,
# related, most-read and "Top News" lists of other headlines on earlier
# days ("January 03, 2019", "3rd January 2019", "3. Jan 2019", "headline
# (January 3, 2019)"), comment rules, newsletter, membership and donation
# boxes, EUobserver's paywall that cuts the body, footers.  The pages come
# in variant 12's layouts (lynx -dump with its numbered links, pandoc -t
# plain, innerText, copy-paste, lynx, w3m, a naive converter, a reader
# view, archive.today).
# variant=16 (seed 236887691), a final held-out check, written
# after variant 15 in fresh words, stays with the core case, ordinary news
# pages as scraped, and takes 22 other sites in 16 templates: the Post and
# Courier, a BH Media daily (the Richmond Times-Dispatch, the Tulsa World
# or the Omaha World-Herald), the Buffalo News, MaltaToday, in-cyprus or
# Greek Reporter, Duvar English, the Jordan Times, the Saudi Gazette or
# the Oman Observer, the Dhaka Tribune, Republica or the Nepali Times, the
# Daily Mirror (Sri Lanka), Taiwan News, the Namibian, the Herald
# (Zimbabwe) or Lusaka Times, Folha de S.Paulo in English, and Colombia
# Reports.  8 to 30 lines come before the title (menus one item a line,
# consent, meter and notification prompts, weather with the sky, harbour
# tides, a lake-effect snow warning, AQI lines, ASE, TASI, MSX 30, DSEX,
# ASPI and Ibovespa lines, lira, rupee, Namibian dollar, real, peso and
# Taiwan dollar rates, the Namibian's date bar, breaking-news bars with
# another story's headline and age, kickers, now and then other headlines
# under a label such as "Most Read"); then each site's byline (one or two
# names, desks such as "Tribune Desk", "Saudi Gazette report", agency
# credits, e-mail addresses, a city under the name, now and then the
# byline as the story's first line), dateline and count forms ("Jan 4,
# 2019 Updated Jan 4, 2019", "Jan 4, 2019" / "Updated 5 hrs ago", now and
# then updated on a later day, labelled, "By X World-Herald staff writer
# Jan 4, 2019", "By X | Published Fri, Jan 4, 2019 | Updated Fri, Jan 4,
# 2019", "Published 6:12 p.m. Fri, Jan 4, 2019", "4 January 2019, 6:12pm"
# / "Last updated on 4 January 2019, 7:05pm", "January 4, 2019 | 18:12",
# "By X - Jan 4, 2019", "04 January 2019 Friday 18:12", "Published: 04
# January 2019 18:12" / "Updated: ...", "14.01.2019 18:12" (day first,
# only on a day no other reading fits), "By JT - Jan 04,2019 - Last
# updated at Jan 04,2019", "January 04, 2019 6:12 PM" / "Last Update:
# ...", "Jan 4, 2019 - 6:12 pm", "Published at 06:12 pm January 4th, 2019"
# / "Last updated at ...", "Published On: January 4, 2019 06:12 PM NPT",
# "04 January 2019 06:12 pm - 7 - {{hitsCtrl.values.hits}}" (comments,
# then views or the template's unfilled tag), "2019/01/04 18:12" (year
# first), "X | 2019-01-04", "Friday, January 04, 2019", "by Chief Editor"
# / "January 4, 2019" / "15 Comments", "Jan.4.2019 6:12PM" / "Updated:
# ...", "by X January 4, 2019"), in the site's zone, on the article's day;
# leads run into the first paragraph ("AMMAN — ", "RIYADH — ", "MUSCAT,
# Jan 4 - ", "KATHMANDU, Jan 4: ", "Colombo, Jan 4 (Daily Mirror) - ",
# "TAIPEI (Taiwan News) — "), sign-offs below the last ("(CNA)", "–
# Nampa", "— New Ziana"); captions with credits ("X/Staff", "SHELBY
# KNOX/TIMES-DISPATCH", "(X/Buffalo News)", "Photo: DOI/X", "Credit:
# Wikimedia Commons/CC BY-SA 4.0", "Photo: AA", "(Photo courtesy of
# Petra)", "— SPA photo", "| Collected", "Representational photo |
# Bigstock", "Pic by X", "(Flickr, Presidential Office photo)", "Photo:
# Contributed", "- X/Folhapress", "(Image: Presidency)"), now and then an
# AP file photo with its own, earlier day ("FILE - ... on Dec. 20, 2018.
# (AP Photo/X, File)"); in-body "Related coverage:", "Related Story",
# "Also read:" and "Also Read -" lines; after the body contact lines,
# Folha's "Translated by X" and "Read the article in the original
# language", Colombia Reports' "Sources", Lusaka Times readers' comments
# on the day and the days after, tags, related, most-read and latest lists
# of other headlines on earlier days ("Jan 3, 2019", "Thu, Jan 3, 2019",
# "3 January 2019, 11:40am", "Jan 03,2019", "January 3rd, 2019",
# "2019/01/03", "Jan.3.2019", "03 January 2019 Thursday", "headline |
# 2019-01-03"), newsletter, donation and comment boxes, footers.  The
# pages come in variant 12's layouts (lynx -dump with its numbered links,
# pandoc -t plain, innerText, copy-paste, lynx, w3m, a naive converter, a
# reader view, archive.today).
# variant=17 (seed 256203161), a final held-out check, written
# after variant 16 in fresh words, stays with the core case, ordinary news
# pages as scraped, and takes 25 other sites in 16 templates: the Kyiv
# Post, Meduza in English, Romania Insider, Hungary Today or Prague
# Morning, Notes from Poland, one of ERR News, LSM or the Baltic Times, Yle
# News or the Copenhagen Post, Le News, the Jakarta Globe, the Phnom Penh Post,
# Frontier Myanmar or Myanmar Now, GMA News or Philstar, the Malay Mail or
# the Borneo Post, the Fiji Times or the Samoa Observer, the Trinidad and
# Tobago Guardian or the Nassau Guardian, and Barbados Today.  8 to 30
# lines come before the title (menus one item a line, consent, meter and
# notification prompts, weather on one line with a symbol or over two or
# three, hryvnia, ruble, leu, forint, koruna, zloty, krone, franc, rupiah,
# riel, kyat, peso, ringgit, Fiji dollar, tala, TT and Barbados dollar
# rates, BET, BUX, PX, WIG20, OMX Tallinn, SMI, JCI, PSEi and FBM KLCI
# lines, breaking-news bars with another story's headline and age,
# kickers, now and then other headlines under a label such as "Most
# Read"); then each site's byline (one or two names, "A, B", agencies and
# desks, "By NAME, GMA News" in capitals, "Reporter : X", an e-mail address
# or "Staff Reporter" under the name), dateline and count forms ("Published
# Jan. 4, 2019. Updated Jan. 4 at 7:05 pm", "Published Jan. 4, 2019" /
# "Updated Jan. 6, 2019" (a later update, labelled), "By X. Published Jan.
# 4, 2019, 6:12 pm", "6:12 pm, January 4, 2019" / "Source: Interfax", "04
# January 2019" / "5 min read", "X | 04 January 2019", "By X | 2019.01.04."
# or "2019.01.04. 18:12" (year first), "by X | January 4, 2019", "14.01.2019
# 18:12" or "14.1.2019 18:12" (day first, only on a day no other reading
# fits), else "4 January 2019 18:12" or "4 January 2019 at 18:12" /
# "Updated 19:05", "January 4, 2019 18:12", "2019-01-04", "January 4th,
# 2019 6:12 pm | by X", "Posted 4 January 2019 by X", "By : X | on 06:12 PM
# January 04, 2019", "Friday, January 4, 2019 | 18:12 WIB", "Publication
# date 04 January 2019 | 18:12 ICT" / "6,582 views", "By X | FRONTIER",
# "Published January 4, 2019 6:12pm" / "Updated ..." (now and then on a
# later day), "X (Philstar.com) - January 4, 2019 - 6:12pm", "Published 6
# years ago on 04 Jan 2019", "January 4, 2019, Friday at 6:12 PM", "04
# January 2019, 6:12PM", "Published: Friday, January 4, 2019 @ 06:12 PM",
# "Posted by X on January 4, 2019", "Published on January 4, 2019 at 6:12
# pm"), in the site's zone, on the article's day; leads run into the first
# paragraph ("Prague, Jan 4 (CTK) – ", "RIGA – ", "Jakarta. ", "MANILA,
# Philippines — ", "KUALA LUMPUR, Jan 4 — ", "KUCHING: ", "CASTRIES, St
# Lucia, Jan 4, CMC – "), sign-offs run onto the last ("—KG, GMA News") or
# below it ("— Bernama", "(CMC)", "via MTI, hirado.hu", "(Photo source:
# ...)", "Main image credit: X/KPRM (under CC BY-NC-ND 2.0)"); captions
# with credits ("(Photo source: Inquam Photos/X)", "X / Reuters / Scanpix /
# LETA", "Featured photo via MTI/X", "Photo credit: ČTK/X", "Image: X /
# Lehtikuva", "(photo: Ritzau Scanpix)", "© Keystone / X", "(Antara
# Photo/X)", ". — Bernama pic", "Photo for illustration purposes only.",
# "Picture: NAME", "PICTURE NAME", "(Photo: File)"), now and then a file
# photo with its own, earlier day ("File photo: ... on Dec. 20, 2018.
# (UNIAN)"); in-body "READ MORE:" and "Read also:" lines; after the body
# ERR's "Editor: X" and "Source: BNS", Meduza's "Summary by X" or
# "Translation by X", Le News's "More on this:" and its sources ("Article
# in Le Temps (in French)"), e-mail and "Feedback:" lines, author notes,
# donation, newsletter and app boxes, Barbados Today readers' comments on
# the day and the days after, tags, related, most-read and latest lists of
# other headlines on earlier days ("Jan. 3, 2019", "11:40 am, January 3,
# 2019", "03 January 2019", "2019.01.03.", "3 January 2019", "January 3rd,
# 2019", "03 Jan 2019", "headline (2019-01-03)", "Jan 3, 2019", "Thursday 3
# January 2019"), footers.  The pages come in variant 12's layouts (lynx
# -dump with its numbered links, pandoc -t plain, innerText, copy-paste,
# lynx, w3m, a naive converter, a reader view, archive.today).
# variant=18 (seed 275604541), a final held-out check, written
# after variant 17 in fresh words, stays with the core case, ordinary news
# pages as scraped, and takes 24 other sites in 16 templates: the
# Pittsburgh Post-Gazette, the Arkansas Democrat-Gazette, WRAL or a TEGNA
# station (KARE 11, WFAA, KING 5, 9NEWS, 11Alive, WUSA9), KQED or WBUR
# (public radio), New York magazine's Intelligencer or Texas Monthly, the
# Harvard Crimson or the Michigan Daily (student papers), a GOV.UK or
# Canada.ca news release (government press rooms), CityNews (often
# Canadian Press copy), ITV News, the Canberra Times, Phys.org or New
# Scientist, China Daily, Japan Today or the Hankyoreh, the New Indian
# Express, Asharq Al-Awsat, and SABC News or the New Times (Rwanda).  8 to
# 30 lines come before the title (menus one item a line, editions and
# language links, consent, privacy, meter, newsletter and notification
# prompts, GOV.UK's own cookie banner and breadcrumbs, weather in the
# season's range ("Pittsburgh 34°F", or the city, "22°" and the sky a line
# each), closings and traffic lines, a rand rate, breaking-news bars with
# another story's headline and age, kickers such as "early and often" or
# "News story", now and then other headlines under a label such as "Most
# Read"); then each site's byline (one or two names, "A and B", roles such
# as "Crimson Staff Writer", "Daily Staff Reporter", "WRAL reporter", "ITV
# News Correspondent", agencies and desks, "Author: X", "BY THE CANADIAN
# PRESS", "City - X", a paper's name under the name), dateline and count
# forms ("JAN 4, 2019 6:12 PM" / "UPDATED: ...", "January 4, 2019 at 6:12
# p.m.", "Originally Published January 4, 2019 at 6:12 p.m. | Updated ...",
# "by X | January 4, 2019 at 6:12 p.m.", "Posted January 4, 2019 6:12 p.m.
# EST" / "Updated ...", "Posted 6:12 p.m. Jan 4, 2019 — Updated 7:05 p.m.
# Jan 4, 2019", "Published: 6:12 PM CST January 4, 2019" / "Updated: ...",
# "Jan 4, 2019" / "Updated Jan 4, 2019 7:05 PM", "January 04, 2019", "Jan.
# 4, 2019" with or without "6:12 p.m.", "January 4, 2019", "By X, Crimson
# Staff Writer January 4, 2019" or "Updated: January 4, 2019, at 7:05
# p.m.", "Published January 4, 2019", GOV.UK's "Published" / "4 January
# 2019" (dt and dd a line each or on one) with now and then "Last updated
# 11 January 2019 — See all updates" (a later day, labelled), Canada.ca's
# "January 4, 2019 - Ottawa, Ontario - Global Affairs Canada" as the first
# paragraph and "Date modified: 2019-01-04" below, "Posted Jan 4, 2019
# 6:12pm EST" / "Last Updated Jan 4, 2019 at 7:05pm EST" or "Posted Jan 4,
# 2019, 6:12PM EST. Last Updated ...", "Friday 4 January 2019, 6:12pm",
# "Updated January 4 2019 - 7:05pm, first published 6:12pm", "January 4
# 2019 - 6:12PM", Phys.org's "January 4, 2019 by X" or "JANUARY 4, 2019
# report" above the title, "4 January 2019" (or "Environment 4 January
# 2019" above the title), "By X | China Daily | Updated: 2019-01-04 18:12"
# (year first), "Jan. 4, 2019 06:12 pm JST" / "12 Comments", "Posted on :
# Jan.4,2019 18:12 KST" / "Modified on : ...", "Published: 04th January
# 2019 06:12 PM  |   Last Updated: ...", "Friday, 4 January, 2019 -
# 18:12", "4 January 2019, 6:12 PM", "Friday 4 January 2019", "Published :
# January 04, 2019 | Updated : January 04, 2019" (now and then a later
# update, labelled), "Friday, January 04, 2019"), in the site's zone, on
# the article's day; leads run into the first paragraph ("OTTAWA — ",
# "WASHINGTON (AP) — ", "NEW DELHI: ", Japan Today's city on a line of its
# own), sign-offs below the last ("—Staff writer X can be reached at ...",
# the Hankyoreh's "By X, staff reporter" and "Please direct questions or
# comments to [english@hani.co.kr]", "This report by The Canadian Press
# was first published Jan. 4, 2019.", "Copyright 2019 NPR. ...", "©2019
# GPlus Media Inc.", SABC's "Click below for more on the story:");
# captions with credits ("(X/Post-Gazette)", "(Arkansas Democrat-Gazette/X)",
# "Credit: AP" on a line of its own, "(X/KQED)", "Photo: X/Getty Images",
# "By X" (the Crimson), "THE CANADIAN PRESS/X", "Credit: PA", "Picture: X",
# "Credit: CC0 Public Domain", "[Photo/Xinhua]", "(Yonhap News)", "(Photo |
# EPS, X)", "(AFP)", "[File Image]", "(Courtesy)"), a video report's
# credit, in-body "ADVERTISEMENT", "RELATED:", "Read more:", "ALSO READ:"
# lines; after the body the Post-Gazette's "First Published January 4,
# 2019, 6:12pm" and contact lines, wire contribution notes, author notes,
# GOV.UK's "Is this page useful?", topics and licence lines, Canada.ca's
# contacts, keywords and "Date modified", Phys.org's "Explore further" and
# "Citation: Title (2019, January 4) retrieved 9 March 2020 from ..." (the
# day it was read, later), a journal reference, Japan Today readers'
# comments on the day and the days after, the New Indian Express's comment
# disclaimer, tags, related, most-read and latest lists of other headlines
# on earlier days ("JAN 3, 2019", "Jan 3, 2019", "January 03, 2019",
# "January 3 2019", "Thursday 3 January 2019", "03rd January 2019",
# "Thursday, 3 January, 2019 - 11:40", "headline (Jan.3,2019)", "3 January
# 2019"), donation, newsletter and app boxes, footers.  The pages come in
# variant 12's layouts (lynx -dump with its numbered links, pandoc -t
# plain, innerText, copy-paste, lynx, w3m, a naive converter, a reader
# view, archive.today).
# variant=19 (seed 295075147), the newest final held-out check, written
# after variant 18 in fresh words, stays with the core case, ordinary news
# pages as scraped, and takes 25 other sites in 16 templates: the Dallas
# Morning News or the Baltimore Sun, the Stranger (an alt-weekly's Slog),
# Courthouse News Service, a Reach site (the Manchester Evening News or
# WalesOnline), the Press and Journal, BreakingNews.ie, the Chronicle
# Herald or the Tyee, news.com.au or the Courier-Mail, Newsroom (New
# Zealand), India Today or Mint, Geo News, the Himalayan Times or Ada
# Derana, the Kuwait Times, IOL or Graphic Online, the Register or
# TechCrunch (tech trade news), and the Philippine News Agency or Prensa
# Latina (news agencies).  8 to 30 lines come before the title (menus one
# item a line, editions and language links, consent, meter, newsletter
# and notification prompts, weather in the season's range ("Dallas 41°F",
# "Galway 9°C", or "7°C" over "Kathmandu"), Sensex, Nifty and KSE-100
# lines, cedi, rand and rupee rates, "1 USD = 0.303 KWD", Kuwait's prayer
# times, gold and silver per tola, the Register's "Biting the hand that
# feeds IT", breaking-news bars with another story's headline and age,
# kickers, now and then other headlines under a label such as "Most
# Read"); then each site's byline (one or two names, "A and B", roles such
# as "Senior Reporter" or "Political Editor" beside or under the name,
# "Staff Writer", "Digital Desk", "Web Desk", "India Today Web Desk",
# "Written By: X" / "Edited By: Y", "Author: X", names in capitals, an
# e-mail address, a handle, agencies), dateline and count forms ("6:12 PM
# on Jan 4, 2019 CST — Updated at 7:05 PM on Jan 4, 2019 CST", "The
# Baltimore Sun |" / "Jan 04, 2019 | 6:12 PM", "By X | x@baltsun.com | The
# Baltimore Sun", "by X • Jan 4, 2019 at 6:12 pm", "Posted by X on Fri,
# Jan 4, 2019 at 6:12 PM", "X / January 4, 2019", "18:12, 4 Jan 2019" /
# "Updated19:05, 4 Jan 2019" (run together, as innerText gives it) or
# "18:12, 4 JAN 2019", "January 4 2019, 6.12pm" / "Updated: January 4
# 2019, 7.05pm" (now and then on a later day, labelled), "Friday, January
# 04, 2019 - 06:12 PM", "Fri, 04 Jan, 2019 - 18:12" / "Updated: ...",
# "Published: Jan. 4, 2019 at 6:12 p.m. | Updated: ...", "Published
# January 4, 2019" / "4 min read", "X 4 Jan 2019 | TheTyee.ca", "January
# 4, 2019 6:12pm" under "news.com.au" or after "Subscriber only",
# "January 4, 2019 • 6:12pm", "Updated January 4, 2019", "New
# Delhi,UPDATED: Jan 4, 2019 18:12 IST", "Mumbai, January 4, 2019" /
# "UPDATED: January 4, 2019 18:12 IST", "3 min read . Updated: 04 Jan 2019,
# 06:12 PM IST", "January 04, 2019", "Friday Jan 04 2019", "Published:
# 06:12 pm Jan 04, 2019", "January 4, 2019  06:12 pm" with no byline,
# "January 4, 2019 in International", "Jan 4, 2019 | 18:12", "Time of
# article published Jan 4, 2019", "Jan - 04 - 2019 , 18:12", "Fri 4 Jan
# 2019 // 18:12 UTC" or "4 Jan 2019 at 18:12, X" / "82 ☐", "X @x / 6:12 pm
# EST • January 4, 2019" or "6:12 PM EST · January 4, 2019", "By X
# January 4, 2019, 6:12 pm", "4 January 2019 | 18:12"), in the site's
# zone, on the article's day; leads run into the first paragraph, their
# place the first the story names ("WASHINGTON (CN) — ", "(CN) — ",
# "HALIFAX — ", "PARIS: ", "MANILA -- ", "Havana, Jan 4 (Prensa Latina) ",
# "KATHMANDU, JANUARY 4" on a line of its own), sign-offs run onto the
# last ("(PNA)", " (AFP)") or below it ("-Agencies", "— with AAP", "[Tyee]",
# Prensa Latina's "ef/jcc", "®"); standfirsts, India Today's "In Short" or
# "HIGHLIGHTS" and Mint's "Summary"; captions with credits ("(X / Staff
# Photographer)", "(Image: Getty Images)", "Picture by X", "Photo: X/PA",
# ". - Contributed", "Picture: AFPSource:AFP" run together, "Photo: X/THT",
# ". — KUNA photo", "File picture: AFP", "PICTURE: X", "Image Credits:
# ...", "(PNA photo by X)"); in-body "Read More" / "Related Articles",
# "READ MORE:", "RELATED:", "READ | ", "Also Read:", "Sponsored" and
# advertisement lines; after the body contact and contribution lines,
# author notes, India Today's "Published By:" / "Published On: Jan 4,
# 2019", tags and topics, "Share this article:", WordPress reply forms,
# comment rules and counts, newsletter, donation and membership boxes,
# "All times AEDT (GMT +11).", related, most-read and latest lists of
# other headlines on earlier days ("Jan 3, 2019", "Jan 03, 2019",
# "January 3 2019, 11.40am", "Thu, 03 Jan, 2019 - 11:40", "3 Jan 2019",
# "03 Jan 2019", "January 03, 2019", "11:40 am Jan 03, 2019", "January 3,
# 2019  11:40 am", "Jan - 03 - 2019 , 11:40", "Thu 3 Jan 2019", "January
# 3, 2019, 11:40 am", "3 January 2019", "Jan. 3, 2019"), footers.  The
# pages come in variant 12's layouts (lynx -dump with its numbered links,
# pandoc -t plain, innerText, copy-paste, lynx, w3m, a naive converter, a
# reader view, archive.today).

function rnd(n) {	# 0 .. n-1
	seed = (seed * 16807) % 2147483647
	return seed % n
}
function pick(list,    a, k) {	# one of the "|"-separated choices
	k = split(list, a, "~")
	return a[rnd(k) + 1]
}

BEGIN {
	seed = variant == 19 ? 295075147 : variant == 18 ? 275604541 : variant == 17 ? 256203161 : variant == 16 ? 236887691 : variant == 15 ? 217645177 : variant == 14 ? 198491317 : variant == 13 ? 179424673 : variant == 12 ? 141650939 : variant == 11 ? 122949823 : variant == 10 ? 104395301 : variant == 9 ? 86028121 : variant == 8 ? 67867967 : variant == 7 ? 49979687 : variant == 6 ? 32452843 : variant == 5 ? 15485863 : variant == 4 ? 1299709 : variant == 3 ? 104729 : variant == 2 ? 7919 : 20190104
	split("January February March April May June July August September October November December", month, " ")
	split("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.", ap, " ")
	split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", abbr, " ")
	split("Sunday Monday Tuesday Wednesday Thursday Friday Saturday", dayname, " ")
	LI = "\036"	# marks a line of a list (nav, tags), for lynx -dump's "* "
	bytewise = length("\303\251") == 2	# length() counts bytes, not UTF-8 characters
	# variant 3's words
	cap3 = "Rescue workers on Sunday~The scene on Monday morning~Crowds gathered outside the building~" \
	    "Officials spoke to reporters~Police cordoned off the area~Many residents spent the night outside~" \
	    "The site seen from above~Supporters waved flags"
	gen3 = "Authorities have promised a full investigation~The announcement was met with a mixed reaction~" \
	    "Officials say the number of victims is likely to rise~Critics say the move could have far-reaching consequences~" \
	    "It is the latest in a series of setbacks for the government"
	tags3 = "Russia~Europe~Politics~Elections~Climate~Health~Economy~Protests~Science~Space~Football~Technology~" \
	    "Crime~Migration~Weather~Africa~Asia~Brexit~Energy~Disasters"
	heads3 = "Rescuers race to reach survivors after deadly quake~Leaders gather for emergency summit~Why the vote matters~" \
	    "Thousands march in capital as protests grow~Storm cuts power to hundreds of thousands~" \
	    "Police arrest suspect after overnight raid~Markets slide as trade fears mount~The town that refused to give up~" \
	    "Minister resigns over spending row~What we know about the attack so far"
	vid3 = "Watch: the moment the building came down~See the aftermath from the air~" \
	    "Hear from residents forced from their homes~Why this vote could change everything"
	ads3 = "This Game Will Keep You Up All Night~Doctors Stunned: Simple Trick Melts Belly Fat~" \
	    "The Most Beautiful Beaches You've Never Heard Of~Here's What a New Roof Should Cost You in 2019"
	# variant 4's words
	cap4 = "Residents watched as crews cleared the debris~A man walks past a damaged storefront~" \
	    "Demonstrators outside parliament~Emergency vehicles lined the street~Delegates arrive for the talks~" \
	    "Volunteers handed out food and water"
	gen4 = "Experts warn the situation could get worse before it gets better~Here is what we know so far~" \
	    "The decision marks a turning point, analysts say~Residents describe scenes of confusion and disbelief~" \
	    "The move is expected to face legal challenges"
	tags4 = "Accidents~Courts~Government~Environment~Immigration~Storms~Education~Legislature~Wildfires~" \
	    "Transportation~Earthquakes~Diplomacy~Labor~Religion~Military~Oceans~Agriculture~Terrorism~Trade~Medicine"
	heads4 = "Officials Weigh Next Steps After Deadly Blast~A Quiet Village Braces for the Worst~" \
	    "Court Blocks Controversial Law, for Now~Inside the Race to Contain the Outbreak~Opposition Calls for New Elections~" \
	    "Floodwaters recede, leaving ruin behind~How a small newsroom broke a big story~Strike halts trains across the country~" \
	    "Ceasefire holds as talks resume~Why Prices Keep Rising"
	# variant 5's words
	heads5 = "Winter storm set to dump a foot of snow across the Northeast~" \
	    "Shutdown talks collapse as both sides dig in~Passenger train derails in northern India, dozens hurt~" \
	    "Investigators recover black box from crashed cargo plane~Teen pulls neighbor from burning car, police say~" \
	    "Stocks rally after surprisingly strong jobs report~Mayor promises crackdown after surge in car thefts~" \
	    "Royal couple visit flood-hit towns as clean-up goes on~Supreme Court takes up major gun rights case~" \
	    "Dozens rescued after fire breaks out on ferry~Former minister charged in bribery probe~" \
	    "Heatwave grips southern Australia as bushfire danger soars~Here's why your next flight may cost more~" \
	    "Hiker dies after fall at popular lookout~Recount ordered in razor-thin House race~Oil jumps after pipeline attack~" \
	    "Moment hero dad dives into icy river to save his dog as stunned onlookers film~" \
	    "Wildlife officials warn of aggressive elk near ski resort~Opposition leader detained at airport~" \
	    "What the new tax rules mean for your refund"
	trend5 = "Powerball jackpot~Golden Globes~Polar vortex~Mortgage rates~Government shutdown~Flu season~CES 2019~" \
	    "Tom Brady~Mega Millions~Super Bowl ads~Bird Box~Kevin Hart"
	cap5 = "Firefighters work at the scene~A resident walks past the rubble~Lawmakers leave the chamber after the vote~" \
	    "Police officers stand guard outside the court~Mourners gather for a candlelight vigil~Smoke rises over the city~" \
	    "Passengers wait on a station platform~Rescuers search through debris for survivors~" \
	    "Protesters march through the city centre"
	gen5 = "The incident has prompted calls for tighter safety rules~Officials warned the toll could rise further~" \
	    "The vote follows months of bitter wrangling~Investigators are still working to establish the cause~" \
	    "Neighbors described hearing a loud bang before dawn~The move drew swift criticism from opposition leaders~" \
	    "Families are still waiting for answers"
	tags5 = "World~Russia~Disasters~U.S. Congress~Explosions~Elections~Crime~Courts~Space~Weather~Sports~Health~" \
	    "Transportation~Human rights~Europe~Asia~Middle East~Latin America~Energy~Fires~Aviation~Public safety"
	photo5 = "Marta Kowal/Reuters~Dmitri Lovetsky/AP~Olivier Morin/AFP via Getty Images~Chip Somodevilla/Getty Images~" \
	    "Anadolu Agency via Getty Images~Bloomberg via Getty Images~Shutterstock~Sipa USA via AP"
	ads5 = "Seniors Are Flocking to This New Hearing Aid~You Won't Believe What This Former Child Star Looks Like Now~" \
	    "The One Kitchen Tool Chefs Swear By~Drivers Who Switch Are Saving Hundreds on Car Insurance"
	# variant 6's words
	LK = "\035"	# brackets a link's text, on a line of its own for a naive HTML-to-text converter
	LC = "\034"	# marks a list item's second line (a date under a headline)
	heads6 = "Avalanche buries mountain road, two drivers missing~Parliament passes budget after all-night sitting~" \
	    "Chemical plant fire forces thousands to stay indoors~Coast guard calls off search for missing trawler crew~" \
	    "Central bank leaves rates on hold and signals caution~Striking nurses turn down latest pay offer~" \
	    "Scientists chart the deepest trench in the Southern Ocean~Bridge shut indefinitely after cracks found in pier~" \
	    "Court upholds ban on street protests in the capital~Tornado rips roof off rural school~" \
	    "Hundreds evacuated as river bursts its banks~Former governor pleads not guilty to fraud~" \
	    "Ride-hailing drivers walk out in nationwide strike~Rare snowfall blankets desert city~" \
	    "Ferry operator fined over faulty lifeboats~How a tiny island became a tax haven~" \
	    "Ruling party sweeps regional vote~Zoo welcomes birth of endangered tiger cubs~" \
	    "Hackers cripple hospital network, delaying surgeries~Measles cases climb as vaccination rates slip~" \
	    "Power back for most homes after ice storm~Veteran broadcaster dies at 84~" \
	    "Opinion: The housing crisis needs more than slogans~Police release footage of suspect in jewellery heist~" \
	    "Wildfire smoke prompts health warning for three states~Airline grounds fleet after engine scare"
	caps6 = "Emergency crews at the site on Friday~A view of the damaged area~Volunteers sort donated supplies~" \
	    "People queue outside a polling station~Officers patrol near the scene~The vessel moored in the harbour~" \
	    "Relatives comfort each other outside the hospital~Firefighters tackle the blaze~" \
	    "A general view of the city~Students attend a memorial service~Soldiers unload aid from a truck"
	credits6 = "Getty Images~AFP via Getty Images~EPA-EFE~Xinhua~Kyodo News via AP~Reuters~AP Photo~" \
	    "dpa/picture alliance~Handout~iStock~Supplied~PA Wire~NurPhoto via Getty Images~SOPA Images/LightRocket"
	gen6 = "Authorities are urging people to stay away from the area~The cause has not yet been established~" \
	    "It is the worst incident of its kind in more than a decade~Critics say officials were slow to respond~" \
	    "Bad weather has hampered the rescue effort~The result could reshape the country's politics~" \
	    "Investigators are expected to report within weeks"
	tags6 = "Accidents and disasters~World news~Government~Public health~Courts and justice~Fire~Elections~Police~" \
	    "Science~Transport~Europe~Asia Pacific~Africa~Americas~Environment~Sport~Space~Weather~Human rights~" \
	    "Energy~Technology~Diplomacy~Religion~Aviation"
	ads6 = "Homeowners Born Before 1965 Should Claim This Benefit~This Smart Thermostat Pays for Itself~" \
	    "The Walking Shoes Podiatrists Keep Recommending~A New Rule Lets Drivers Cut Their Premiums~" \
	    "Ranked: The Cheapest Places to Retire in 2019~Why Everyone Is Switching to This Mattress"
	# variant 7's words
	HD = "\037"	# marks a heading line (### in Markdown)
	BO = "\033"	# brackets bold text (** in Markdown)
	CP = "\031"	# marks a photo's caption (an image before it in Markdown)
	heads7 = "Landslide cuts off mountain villages after a week of rain~Finance ministers clash over debt relief plan~" \
	    "Lorry drivers block ports in fuel price protest~Glacier collapse prompts flood warning in Alpine valley~" \
	    "Prime minister survives confidence vote by 19 votes~Cargo ship runs aground off rocky coast, crew airlifted~" \
	    "Teachers vote to strike over class sizes~New species of gecko found on remote island~" \
	    "Prosecutors drop case against opposition journalist~Metro fire injures dozens during morning rush~" \
	    "Drought pushes grain prices to five-year high~Election commission delays count amid fraud claims~" \
	    "Heavy snow strands hundreds on motorway overnight~Thieves tunnel into bank vault under city centre~" \
	    "Dam operators release water as reservoir nears capacity~Rebels free aid workers held for three months~" \
	    "Council approves plan for a car-free city centre~Mine collapse traps 14 workers underground~" \
	    "Astronomers track comet heading for the inner solar system~Government unveils plan to plant a billion trees~" \
	    "Tanker spill threatens protected wetlands~Hospital staff walk out over unpaid wages~" \
	    "Volcano spews ash, grounding flights across the region~Court orders release of detained activists~" \
	    "Ferry capsizes on lake, dozens feared drowned~Parliament votes to lower voting age to 16~" \
	    "Police seize record haul of counterfeit banknotes~Why the price of eggs keeps climbing~" \
	    "Inside the fight over a tiny border river~The last lighthouse keeper on the coast retires~" \
	    "Museum returns looted bronzes after 120 years~Rocket launch scrubbed minutes before liftoff~" \
	    "A new battery chemistry could halve charging times~What a warmer winter means for farmers"
	caps7 = "Rescue teams search the rubble on Saturday~Residents survey the damage~" \
	    "A police officer directs traffic near the scene~Demonstrators hold placards outside the ministry~" \
	    "An aerial view of the flooded district~Mourners lay flowers at a makeshift memorial~" \
	    "Soldiers patrol a deserted street~The main square on the eve of the vote~" \
	    "Engineers inspect the damaged section~A family waits for news outside the hospital~" \
	    "Election officials count ballots~Smoke billows from the building"
	credits7 = "Piotr Malec/AFP via Getty Images~Ines Montalvo/EPA~Kenji Araki/Kyodo~Sam Tuller/Bloomberg~" \
	    "Hamid Nouri/Reuters~Getty Images~Alamy~PA Media~ANP/AFP~Xinhua/Zuma Press~Lars Berg/AP~Handout via Reuters~" \
	    "Marco Bellini/Shutterstock~Yui Mok/PA"
	tags7 = "Natural disasters~Russia~European Union~Middle East~China~Elections~Climate crisis~Public health~Aviation~" \
	    "Rail~Courts~Policing~Space exploration~Archaeology~Wildlife~Labour disputes~Terrorism~Religion~Football~" \
	    "Energy policy~Refugees~Earthquakes~Floods~Tech industry"
	gen7 = "Rescuers worked through the night in freezing temperatures~The decision caps months of uncertainty~" \
	    "Officials have yet to say what caused it~Local people say warnings were ignored for years~" \
	    "The move sets up a clash with neighbouring states~What happened, and what comes next~" \
	    "It is the deadliest event of its kind in decades"
	ads7 = "Retirees in Your Area Are Switching to This Plan~The Clever Gadget Every Driver Should Own~" \
	    "Ten Hotels So Good You Will Never Want to Leave~This Is What Dental Implants Should Cost~" \
	    "Famous Athletes Who Lost Everything~A Wine Club That Sends Only What You Like"
	src7 = "The Telegraph~Sky News~Financial Times~The Japan Times~The Straits Times~The Globe and Mail~Axios~" \
	    "HuffPost~Vox~Ars Technica~Slate~Chicago Tribune~The Boston Globe~The Atlantic"
	comm7 = "This is awful. Thoughts with everyone affected.~Does anyone have a non-paywalled source?~" \
	    "The headline is a bit misleading, read the whole thing.~I was there last year, it's a beautiful place.~" \
	    "Wait, isn't this the same story from last week?~Submission statement: posting because it has had almost no coverage here.~" \
	    "Source is Wikinews, so take it with the usual grain of salt.~This deserves way more attention than it's getting."
	# variant 8's words
	heads8 = "Gritters out in force as Arctic blast sweeps in overnight~Ruling coalition loses key vote on fuel subsidy~" \
	    "Minibus plunges into ravine, killing at least 11~Harbour crane topples in high winds, no one hurt~" \
	    "Schoolgirl, 9, raises thousands for burns unit~Central bank surprises markets with half-point cut~" \
	    "Monsoon floods cut off hill towns for a third day~Two held after cash machine ripped from wall~" \
	    "Opposition walks out as budget bill is rushed through~Fans queue overnight for final tickets~" \
	    "Quake of magnitude 6.1 jolts coastal provinces~Ministers under fire over hospital waiting lists~" \
	    "Pilot praised after emergency landing on motorway~Water restrictions extended as dams run low~" \
	    "Tech giant fined record sum over data breach~Grandmother's lottery win was 'meant to be'~" \
	    "Border crossing reopens after six-month closure~Cyclone upgraded to category four as it nears coast~" \
	    "Jury retires in trial of former police chief~Power station blast leaves city in darkness~" \
	    "Teenager missing at sea found clinging to buoy~Why your electricity bill is about to rise~" \
	    "Warehouse blaze sends plume of smoke over suburbs~Rugby star announces shock retirement~" \
	    "Landmark bridge to close for two years of repairs~Protesters clash with police outside parliament~" \
	    "Rare whale washes up on popular beach~Election body orders rerun in three districts~" \
	    "Inflation eases for first time in a year~Bus drivers vote to strike over new rosters"
	caps8 = "Emergency services at the scene on Friday~Locals gather near the site~Rescue crews search for survivors~" \
	    "Police tape seals off the road~The damaged building seen from the street~Supporters rally outside the court~" \
	    "An aerial view of the area~Officials address the media~Firefighters damp down the blaze~" \
	    "Commuters wait for delayed trains~Volunteers clear debris from a street~Delegates arrive for the meeting"
	credits8 = "AFP~Reuters~AP~Getty Images~EPA~PA~Alamy~Supplied~Twitter~Shutterstock~Xinhua~Bloomberg~" \
	    "Anadolu Agency~SWNS~Handout~Facebook"
	tags8 = "World news~Russia~Europe~Asia~Africa~US politics~Climate change~Health~Crime~Courts~Disasters~Weather~" \
	    "Aviation~Space~Science~Elections~Protests~Wildlife~Terrorism~Economy~Transport~Religion~Sport~Technology"
	gen8 = "Rescue teams are still at the scene~The cause is under investigation~Officials have promised a full inquiry~" \
	    "Residents say they were given no warning~The decision has divided opinion~It comes after weeks of tension~" \
	    "More details are expected later today"
	src8 = "2 hours ago~5 mins ago~AFP~Reuters~1 hour ago~Just now~Yesterday"
	# variant 9's words
	heads9 = "Typhoon remnants flood coastal villages as thousands flee~Court orders release of jailed opposition mayor~" \
	    "Ferry with 140 aboard runs aground off island port~Finance ministry trims growth forecast for the year~" \
	    "Volcano alert raised after ash column reaches 5 km~Lawmakers approve bill capping rice prices~" \
	    "Three soldiers killed in ambush near border post~Airport expansion approved despite protests~" \
	    "Teachers' union calls nationwide strike over pay~Landslide blocks main highway to the capital~" \
	    "Police seize record haul of methamphetamine at port~Prime minister reshuffles cabinet ahead of polls~" \
	    "Fuel tanker explosion kills at least 20~Heat records broken across the region for second week~" \
	    "Electoral commission rejects bid to delay vote~Smog forces schools to close for three days~" \
	    "Currency slides to lowest level in a decade~Fishermen missing after boat capsizes in storm~" \
	    "Metro line opens after years of delays~Former minister jailed for seven years over graft~" \
	    "Drought pushes food prices to record high~Rebels agree to talks as ceasefire takes hold~" \
	    "Town council votes to ban plastic bags~Local man wins state lottery for second time~" \
	    "School board delays vote on new start times~Water main break closes downtown streets"
	caps9 = "Rescuers carry a survivor from the rubble~Residents wade through a flooded street~" \
	    "Delegates pose for a photo before the meeting~Police officers stand guard near the scene~" \
	    "Smoke billows from the damaged building~Mourners lay flowers at a makeshift memorial~" \
	    "Protesters hold placards outside the ministry~A woman looks at the wreckage~" \
	    "Officials speak to reporters after the session~Workers clear debris on Friday~" \
	    "Supporters cheer during a rally~Firefighters battle the blaze overnight"
	credits9 = "AFP~Reuters~AP~EPA~Yonhap~Xinhua~Antara Foto~Getty Images~Bloomberg~Anadolu Agency~" \
	    "NurPhoto via Getty Images~File photo~Handout~Courtesy photo~WAM~Sputnik"
	tags9 = "World~Asia~Middle East~Europe~Africa~Latin America~Disasters~Politics~Elections~Diplomacy~Security~" \
	    "Economy~Environment~Health~Crime~Courts~Science~Space~Energy~Human rights~Migration~Transport~Weather~Religion"
	gen9 = "Authorities have launched an investigation~The full extent of the damage is not yet known~" \
	    "The decision is expected to be challenged in court~Residents said they had been warned for years~" \
	    "The government has promised swift action~Officials said more details would be released later~" \
	    "The development marks a sharp turn in the long-running dispute"
	src9 = "3 hours ago~45 minutes ago~AFP~Reuters~Yesterday~Just in~1 hour ago~Breaking"
	# variant 10's words
	heads10 = "Snowstorm strands hundreds of drivers at mountain pass~Senate panel advances nominee on party-line vote~" \
	    "Freight train derails near river, spilling grain~Regulators clear merger of two largest phone carriers~" \
	    "Crews gain ground on wildfire as winds ease~Museum recovers painting stolen 30 years ago~" \
	    "Prime minister calls snap election for March~Health officials confirm second case of rare virus~" \
	    "Dock workers end strike after pension deal~Satellite images show glacier shrinking faster than thought~" \
	    "Lawmakers grill executives over customer data leak~Council votes to rename downtown park~" \
	    "Six rescued after fishing boat capsizes in heavy swell~Oil slips as supply worries fade~" \
	    "Appeals court hears landmark climate case~Opposition leader returns from exile to cheering crowds~" \
	    "Bus carrying pilgrims overturns on highway, 30 hurt~Cold snap pushes power grid to the limit~" \
	    "Stock futures edge higher ahead of jobs data~Archaeologists map Roman road beneath farmland~" \
	    "Chipmaker to cut 800 jobs in restructuring~Ambassador recalled in widening diplomatic row~" \
	    "Flooding shuts schools in three counties~Deputies hunt inmate who escaped during hospital visit~" \
	    "Minimum wage goes up in 20 states~What to watch as lawmakers return to the capital~" \
	    "Central bank chief hints at pause in rate hikes~Cargo jet skids off runway in heavy fog~" \
	    "Vaccination drive reaches remote island villages~Thousands rally against new mining law"
	caps10 = "A rescue worker searches through debris~Commuters cross a bridge in the morning fog~" \
	    "Voters line up outside a polling station~Firefighters hose down the smouldering ruins~" \
	    "Protesters gather outside the parliament building~A view of the harbour at dusk~" \
	    "Police officers secure the area near the scene~Relatives wait for news outside the hospital~" \
	    "Officials hold a news conference~Workers repair a damaged power line~" \
	    "A man walks past a mural in the old town~Delegates applaud at the close of the session"
	credits10 = "AP Photo/Lee Jin-man~Reuters/Yves Herman~AFP/Getty Images~EPA/Shutterstock~Bloomberg via Getty Images~" \
	    "Flash90~Bernama~Central News Agency~WAM~PA Images~Xinhua/Sipa USA~Handout via AFP~" \
	    "Anadolu Agency via Getty Images~SOPA Images/LightRocket via Getty Images~iStock/Getty Images Plus"
	tags10 = "World news~Europe~Asia~Middle East~Africa~Americas~Politics~Elections~Courts~Crime~Disasters~Weather~" \
	    "Climate~Science~Space~Health~Economy~Markets~Energy~Transport~Aviation~Religion~Human rights~Conflict"
	gen10 = "Officials said the investigation was continuing~The full toll is not yet clear~" \
	    "Opponents vowed to fight the decision~Emergency crews were still at the scene late in the day~" \
	    "Rights groups condemned the decision within hours~It is the latest blow to the embattled government~" \
	    "Analysts say the outcome remains uncertain"
	src10 = "2 hours ago~30 minutes ago~AP~AFP~Reuters~An hour ago~Updated~Yesterday"
	names10 = "Peter Dahl in Brussels~Sarah Whitcombe in London~Kenji Ota in Tokyo~Ines Kessler in Berlin~" \
	    "Marco Ruiz in Mexico City~Amira Saleh in Cairo"
	# variant 11's words
	heads11 = "Gale-force winds topple cranes at container terminal~Lawmakers reject plan to raise the pension age~" \
	    "Search resumes for climbers missing on glacier~Regulator orders banks to review mortgage lending~" \
	    "Rail union calls weekend walkouts over staffing~Drone sightings halt flights at regional airport~" \
	    "Court frees journalist after eight months in custody~Cholera outbreak spreads to a second province~" \
	    "Governor orders water rationing as reservoirs dry up~Riot police break up rally outside energy ministry~" \
	    "Tanker seized in disputed waters, crew held~Shares tumble as factory output disappoints~" \
	    "Villagers flee as lava creeps toward homes~Vote count resumes after hours-long power cut~" \
	    "Record number of migrants cross in small boats~Truck bomb kills 12 at army checkpoint~" \
	    "Scientists find microplastics in Arctic snow~Prisoner swap talks stall as truce frays~" \
	    "Hospital fire forces patients out into the cold~Cabinet minister quits over leaked messages~" \
	    "Heavy snow shuts schools across the north~Border guards find 40 people inside sealed lorry~" \
	    "Central bank lifts key rate for third time this year~Hundreds mourn firefighters killed in warehouse blaze~" \
	    "Bushfire destroys dozens of homes in hill town~Football club fined over crowd trouble~" \
	    "Seaside town braces for storm surge~Electronics maker recalls 2 million chargers~" \
	    "Twelve-year-old becomes country's youngest chess grandmaster~Dam breach floods farmland downstream~" \
	    "Divers find ancient shipwreck off rocky cape~Opposition candidate wins mayoral race in capital~" \
	    "Pump prices hit four-year high~Gas blast in coal pit leaves 30 unaccounted for~" \
	    "Parliament speaker ousted in late-night vote~Fishing ban extended to protect dwindling stocks"
	caps11 = "Rescue workers search a collapsed building~A woman walks past a shuttered shop~" \
	    "Riot police stand in line during the protest~The ministry building in the capital~" \
	    "Passengers wait in the departure hall~Lawmakers attend a session of parliament~" \
	    "Smoke rises after the explosion~Villagers carry their belongings through floodwater~" \
	    "A soldier stands guard at a checkpoint~Mourners carry a coffin during the funeral~" \
	    "Workers clear snow from a runway~Supporters wave flags at a campaign rally"
	credits11 = "Reuters~AFP~AP~EPA-EFE~Getty Images~Anadolu Agency~Xinhua~Kyodo~Yonhap~ANSA~Keystone~dpa~" \
	    "NurPhoto~Bloomberg~SOPA Images~Sipa"
	tags11 = "World~Europe~Asia~Middle East~Africa~Latin America~North America~Diplomacy~Politics~Elections~Conflict~" \
	    "Security~Economy~Markets~Energy~Climate~Disasters~Health~Science~Crime~Courts~Migration~Transport~Human rights"
	gen11 = "Officials said the cause was still being investigated~Rescue teams were working through the night~" \
	    "The vote was closer than most polls had predicted~Critics called the decision rushed and poorly explained~" \
	    "Residents said help arrived too late~The ruling can still be appealed~" \
	    "Diplomats expect further talks in the coming weeks"
	src11 = "1 hour ago~25 minutes ago~Reuters~AFP~AP~4 hours ago~Breaking~Yesterday"
	# variant 12's words
	heads12 = "Ice storm leaves thousands without heat for a third night~Finance minister survives no-confidence motion~" \
	    "Search widens for fishing boat missing off northern cape~Port workers end blockade after wage deal~" \
	    "Court overturns ban on opposition newspaper~Wildfire forces evacuation of mountain resort~" \
	    "Trade talks resume with tariffs still in place~Two climbers rescued after night on the summit~" \
	    "Inflation eases for the first time in six months~Army deployed as flood waters rise~" \
	    "Coalition partners agree on new budget rules~Police question suspect over hospital cyberattack~" \
	    "Rare whale stranding draws crowds to beach~Airline cancels hundreds of flights as pilots strike~" \
	    "Bridge collapse kills four on busy highway~Regional vote seen as test for ruling party~" \
	    "Scientists warn of record coral bleaching~Carmaker recalls 300,000 vehicles over airbag fault~" \
	    "Protesters clash with police outside parliament~Earthquake rattles capital, no damage reported~" \
	    "Cabinet approves plan to sell state telecom stake~Train services resume after landslide~" \
	    "New antibiotic shows promise in early trials~Central bank warns of slowing growth~" \
	    "Football fans banned after stadium violence~Drought prompts water cuts in three provinces~" \
	    "Migrant boat sinks off coast, dozens missing~Former president questioned in corruption probe~" \
	    "Heat wave breaks all-time records in the south~Mayor unveils plan for free buses"
	caps12 = "Police officers guard the entrance to the ministry~A resident clears mud from his home~" \
	    "Lawmakers gather before the vote~Firefighters work through the night~" \
	    "Rescuers search the wreckage with sniffer dogs~A woman lights a candle at a vigil~" \
	    "Containers stacked at the port~Students march through the city~" \
	    "Officials inspect the damaged bridge~Supporters greet the candidate at the airport~" \
	    "Traffic backs up on the coast road~Soldiers unload sandbags from a truck"
	credits12 = "Reuters~AFP~AP~EPA-EFE~Getty Images~Bloomberg~Anadolu Agency~Kyodo~Xinhua~PA~dpa~Supplied~" \
	    "Handout~NurPhoto~SOPA Images~Shutterstock"
	tags12 = "World~Asia-Pacific~Europe~Middle East~Africa~Americas~Pacific~Politics~Elections~Diplomacy~Defence~" \
	    "Economy~Trade~Energy~Climate~Environment~Disasters~Health~Science~Crime~Justice~Migration~Transport~Human rights"
	gen12 = "Authorities say the investigation could take months~Emergency services remain at the scene~" \
	    "The decision sets up a showdown with the opposition~Residents say they had raised concerns for years~" \
	    "The government has pledged to act quickly~Analysts say the outcome is far from certain~" \
	    "Officials expect to release more details in the coming days"
	src12 = "2 hours ago~40 minutes ago~Reuters~AFP~AP~6 hours ago~Updated~Yesterday"
	names12 = "Anneke Visser~Tomasz Zielinski~Farah Qureshi~Diego Salas~Mei Ling Tan~Kwame Asante~Ruth Okonkwo~" \
	    "Henrik Dahl~Sana Mirza~Pablo Ortega~Ilse Brandt~Yusuf Demir"
	# variant 13's words
	heads13 = "Snowplough crews work through the night as blizzard closes passes~Parliament delays vote on electoral reform bill~" \
	    "Freighter loses containers in heavy seas off the coast~Rail operator and union reach deal to end overtime ban~" \
	    "Firefighters contain blaze at recycling plant~Health ministry extends measles vaccination drive~" \
	    "Opposition leader sworn in as interim mayor~Landslide buries section of coastal railway~" \
	    "Stock exchange halts trading after software glitch~Village celebrates return of stolen church bell~" \
	    "Diplomats meet in Vienna to salvage nuclear talks~Drivers warned of black ice on mountain roads~" \
	    "Court jails former bank chief for fraud~Typhoon season forecast to be busier than usual~" \
	    "Police dismantle smuggling ring at border crossing~Pension reform protests spread to five cities~" \
	    "Research ship returns from six months in the Antarctic~Heavy rain floods underground car park~" \
	    "Ministers agree to cap energy bills for small firms~Astronauts complete seven-hour spacewalk~" \
	    "Toll road operator fined over billing errors~Cricket board names new national coach~" \
	    "Factory fire sends smoke over capital~Scientists decode genome of ancient wheat~" \
	    "Two arrested after armoured van robbery~City council approves new tram line~" \
	    "Volcano observatory raises alert level~Hundreds queue for free flu jabs~" \
	    "Striking doctors return to work after pay offer~Earthquake drill held in schools across the region~" \
	    "Airport passenger numbers hit record~Wind farm plan rejected by planning board~" \
	    "Ferry service suspended as gales batter coast~Central bank names first woman governor~" \
	    "Museum reopens after five-year renovation~Election monitors report long queues at polling stations"
	caps13 = "Rescue workers at the site on Friday~A police cordon near the scene~Passengers stranded at the terminal~" \
	    "Members of parliament during the debate~Volunteers hand out blankets~Smoke over the industrial estate~" \
	    "The flooded main street~Supporters outside the courthouse~A view of the harbour at dawn~" \
	    "Officials brief reporters~Students at a candlelit vigil~Workers inspect the damaged track"
	credits13 = "Reuters~AFP~AP~EPA~Getty Images~PA~Bloomberg~Xinhua~Kyodo~Yonhap~Bernama~CNA~ANI~PTI~The Canadian Press~AAP"
	tags13 = "World~Europe~Asia~Middle East~Africa~Americas~Oceania~Politics~Elections~Courts~Crime~Disasters~Weather~" \
	    "Climate~Environment~Health~Science~Space~Economy~Energy~Transport~Conflict~Diplomacy~Human rights"
	gen13 = "Officials say the cause is still being examined~Crews are expected to remain on site for several days~" \
	    "The ruling may yet be appealed~Neighbours say the warning signs were there for months~" \
	    "Ministers promise a full review~Observers call it a turning point~Questions remain over who knew what, and when"
	src13 = "3 hours ago~20 minutes ago~Reuters~AFP~AP~5 hours ago~Just in~Yesterday"
	# variant 14's words
	heads14 = "Ice jam floods riverside homes as temperatures plunge~County executive unveils plan to freeze property taxes~" \
	    "Commuter rail service suspended after signal fire~Appeals court revives lawsuit over toxic landfill~" \
	    "Two firefighters hurt battling warehouse blaze~School district weighs later start times for teens~" \
	    "Pipeline company fined over spill near wetlands~Port strike ends after 11 days, cargo backlog remains~" \
	    "Governor signs bill raising minimum age to buy tobacco~Search for missing kayaker enters fourth day~" \
	    "Stocks close higher as oil prices rebound~Hospital merger wins approval from state regulators~" \
	    "City council delays vote on stadium deal~Tornado watch issued for most of the region~" \
	    "Police investigate string of catalytic converter thefts~Airport unveils new terminal after years of delay~" \
	    "Rupee slips to three-week low against the dollar~Lawmakers clash over water-sharing agreement~" \
	    "Ceasefire talks stall over prisoner exchange~Tech start-up raises record funding round~" \
	    "Heavy rain triggers landslides in hill district~Opposition stages walkout during budget debate~" \
	    "Central bank keeps rates on hold, signals patience~Ferry operator cancels sailings as storm nears~" \
	    "Farmers protest falling milk prices outside parliament~New bridge opens to traffic after 30 years of talk~" \
	    "Measles outbreak prompts vaccination clinics at schools~Former mayor sentenced in kickback scheme~" \
	    "Drone sighting halts flights for an hour~Teachers reach tentative deal, ending strike threat~" \
	    "Wildfire smoke blankets valley for second day~Researchers map coral reefs using underwater robots~" \
	    "Shares of chipmaker slump after profit warning~Bus crash on mountain road leaves 14 injured~" \
	    "Housing starts fall to lowest level in two years~Zoo mourns death of its oldest elephant~" \
	    "Minister resigns after expenses row deepens~Desalination plant to double capacity by 2021"
	caps14 = "Emergency crews work at the scene on Friday~A woman walks past the damaged storefront~" \
	    "Lawmakers listen during the debate~Demonstrators march toward the legislature~" \
	    "Traders work on the floor of the exchange~Residents wait for buses after the closure~" \
	    "Investigators examine the wreckage~Smoke rises over the industrial area~" \
	    "Officials speak at a news conference~Volunteers stack sandbags along the river~" \
	    "Supporters gather outside the courthouse~Police block a road near the site"
	credits14 = "AP~Reuters~AFP~Getty Images~Bloomberg~EPA~PTI~AAP~Belga~Shutterstock~iStock~Pool~" \
	    "Handout~File~NurPhoto~Sipa USA"
	tags14 = "World~Nation~Politics~Courts~Crime~Public Safety~Weather~Climate~Environment~Health~Education~" \
	    "Transportation~Economy~Markets~Energy~Business~Technology~Science~Diplomacy~Elections~Immigration~" \
	    "Human Rights~Conflict~Disasters"
	gen14 = "Officials said more details would be released in the coming days~The cause remains under investigation~" \
	    "Critics say the plan does not go far enough~The decision is likely to be challenged in court~" \
	    "Residents say they were given little warning~It marks a sharp reversal from last year~" \
	    "Both sides say talks will continue"
	src14 = "2 hours ago~35 minutes ago~AP~Reuters~AFP~4 hours ago~Just now~Yesterday"
	names14 = "Marisa Lowell~Derek Sandoval~Keisha Warren~Tom Kuczynski~Lauren Feld~Raymond Osei~Bianca Ruiz~" \
	    "Gregory Tan~Nora Whitfield~Samir Haddad~Colleen Boyle~Victor Amaya"
	# variant 15's words
	heads15 = "Flash flood warning issued as storms stall over the valley~Transit board approves fare-free weekends for the summer~" \
	    "Lawmakers override veto on school funding bill~Fishing fleet stays in port as diesel prices climb~" \
	    "Wildlife officers close trail after bear encounter~Senators grill airline bosses over holiday cancellations~" \
	    "Lava flow slows and evacuated residents are allowed home~Exporters brace for higher steel duties~" \
	    "Prime minister reshuffles cabinet ahead of polls~Court orders release of detained reporters~" \
	    "Power cuts hit the capital for a third straight evening~Refinery blast injures nine workers~" \
	    "Teachers' union calls off planned walkout~Seaside town votes to ban single-use plastics~" \
	    "Helicopter crew plucks hikers from flooded gorge~Currency sinks to record low as prices soar~" \
	    "Ruling coalition splits over pension overhaul~Health officials confirm first dengue death of the season~" \
	    "Mining firm agrees to compensate displaced villagers~Border crossing reopens after week-long closure~" \
	    "Police seize record haul of methamphetamine~Parliament passes data protection law~" \
	    "Heat advisory extended through the weekend~University cancels classes after water main bursts~" \
	    "Ferry runs aground near harbour entrance, no one hurt~Rail staff walk out over safety concerns~" \
	    "Election body postpones local council vote~Drought forces water rationing in farm belt~" \
	    "Court acquits former minister of graft charges~Cyclone weakens as it nears the coast~" \
	    "Carmaker to build battery plant, creating 2,000 jobs~Foreign ministers meet to ease maritime tensions~" \
	    "Apartment fire leaves dozens of families homeless~Rare snowfall shuts mountain highway~" \
	    "Rescuers free miners trapped for two days~Central bank cuts key rate in surprise move~" \
	    "Police chief suspended pending inquiry~Dam operators release water as rivers swell~" \
	    "City unveils plan to plant 100,000 trees~Opposition leader granted bail after week in custody"
	caps15 = "Rescue workers search through debris on Friday~A man walks past a shuttered shop~" \
	    "Members of parliament arrive for the session~Protesters hold banners outside the ministry~" \
	    "Passengers wait in the departure hall~Police stand guard near the site~" \
	    "Floodwater surrounds homes in a low-lying district~Officials address the media~" \
	    "Firefighters battle the blaze~Voters queue at a polling station~" \
	    "Workers clear debris from the road~Mourners gather at the memorial"
	credits15 = "AP~Reuters~AFP~EPA-EFE~Getty Images~Bloomberg~Xinhua~AAP~PTI~ANI~Anadolu~Shutterstock~File~Handout~Supplied~Twitter"
	tags15 = "World~Asia~Europe~Africa~Americas~Pacific~Middle East~Politics~Elections~Government~Courts~Crime~Police~" \
	    "Disasters~Weather~Environment~Climate~Health~Education~Transport~Economy~Business~Energy~Diplomacy~Conflict"
	gen15 = "Authorities said an inquiry would begin next week~Details of the agreement have not been made public~" \
	    "The move drew swift criticism from opposition parties~Residents were told to stay indoors until further notice~" \
	    "Officials did not say when services would resume~It was not immediately clear who was responsible~" \
	    "The government is expected to respond in the coming days"
	src15 = "1 hour ago~15 minutes ago~AP~Reuters~AFP~3 hours ago~Updated~Today"
	# variant 16's words
	heads16 = "Harbor pilots slow ship traffic as fog lingers for a second day~County approves budget with raises for deputies~" \
	    "Lawmakers advance bill to cap insulin prices~Bakery owner wins fight over sidewalk seating~" \
	    "Transit agency adds late-night buses on two routes~Wildfire near ski town forces road closures~" \
	    "Opposition boycotts vote on new electoral map~Grain prices slide on hopes of bumper harvest~" \
	    "Coast guard tows disabled yacht to safety~Judge halts demolition of historic cinema~" \
	    "Water utility lifts boil notice for eastern suburbs~Striking dockworkers return after pay deal~" \
	    "Monsoon rains wash away section of highway~Minister promises review of fuel subsidy rules~" \
	    "Desert locust swarms reach farmland in the south~Tourist arrivals climb to a record for the month~" \
	    "City to replace lead pipes under 4,000 homes~Three charged after armed robbery at jewellery store~" \
	    "Rare leopard caught on camera in national park~Parliament rejects plan to extend emergency powers~" \
	    "Rail link to the airport delayed until 2022~Hospital opens new cancer ward after long wait~" \
	    "Fishermen protest quota cuts in front of ministry~Court clears way for landmark wind farm~" \
	    "Central bank holds rates as inflation cools~Power restored after transformer fire in old town~" \
	    "Students stage walkout over tuition increase~Police dismantle fake medicine ring~" \
	    "Bus fares to rise by 10 percent next month~Villagers cut off by landslide receive food drops~" \
	    "Refinery fire sends plume over industrial zone~New ferry service links the two islands~" \
	    "Ex-mayor jailed for taking bribes over building permits~Archaeologists uncover Roman mosaic beneath car park~" \
	    "Heatwave pushes electricity demand to all-time high~Nurses threaten strike over unfilled posts~" \
	    "Election commission extends voter registration~Storm topples trees and cuts power to thousands~" \
	    "Currency gains after surprise trade surplus~Families mark anniversary of mine disaster~" \
	    "Drone delivery trial takes off in rural district~Airport runway reopens after repairs"
	caps16 = "Firefighters hose down a smouldering warehouse~A boy wades along a flooded road~" \
	    "Delegates take their seats before the opening session~Police officers stand behind a metal barrier~" \
	    "Shoppers pass a shuttered bank branch~Rescue divers prepare to enter the water~" \
	    "A crane lifts a damaged carriage from the tracks~Voters line up outside a school~" \
	    "Health workers unload boxes of vaccine~Protesters carry banners through the old town~" \
	    "Soldiers check vehicles at a roadblock~Fishermen haul their boats onto the beach~" \
	    "Workers repair power lines after the storm~A woman lights candles at a roadside shrine"
	credits16 = "AP~Reuters~AFP~EPA-EFE~Getty Images~Xinhua~Anadolu~Bloomberg~Shutterstock~Pixabay~Wikimedia Commons~" \
	    "Handout~File photo~Courtesy photo~Social media~Supplied"
	tags16 = "World~Region~Politics~Government~Elections~Parliament~Courts~Crime~Police~Security~Conflict~Diplomacy~Economy~" \
	    "Trade~Energy~Environment~Climate~Weather~Disasters~Health~Science~Education~Transport~Migration~Human rights~Religion"
	gen16 = "Officials have promised an update by the end of the week~The announcement came after weeks of speculation~" \
	    "Residents said they had been warned months ago~No group has said it was behind the attack~" \
	    "The case is likely to end up before a higher court~Talks are set to resume after the holiday~" \
	    "The full cost of the damage is not yet known"
	src16 = "2 hours ago~45 min ago~AP~Reuters~AFP~6 hours ago~New~This morning"
	# variant 17's words
	heads17 = "Ice on power lines leaves three villages dark for a second night~Regional council backs plan for a new ring road~" \
	    "Customs officers find cigarettes hidden in a timber lorry~Committee summons health minister over waiting lists~" \
	    "Tram drivers vote to strike over rota changes~Floodgates opened as river rises after snowmelt~" \
	    "Court orders recount in disputed mayoral race~Ferry crossing cancelled as gale warning is raised~" \
	    "Minimum wage to rise by 8 percent from July~Medieval coins found under parish church floor~" \
	    "Teachers' union turns down ministry's pay offer~Fire guts covered market in the old quarter~" \
	    "Fishermen plucked from capsized boat off the headland~Central bank lifts key rate for the first time in four years~" \
	    "Suspect held over string of cash machine thefts~New metro line opens after nine years of work~" \
	    "Farmers block highway in protest over grain prices~Opposition files complaint over campaign spending~" \
	    "Cyclone warning raised for the northern islands~Heavy rain cuts only road to mountain resort~" \
	    "Stray dog bites prompt rabies vaccination drive~Hospital staff walk out over unpaid overtime~" \
	    "Airline adds direct flights to three Asian cities~Former minister questioned in land deal probe~" \
	    "Dengue cases climb as rainy season sets in~Lawmakers vote to ban single-use plastic bags~" \
	    "Two workers killed in coal mine accident~Cabinet approves draft budget with record defence spending~" \
	    "Tourist boat runs aground on coral reef~Border guards find 40 migrants in refrigerated truck~" \
	    "City hall to plant 5,000 trees along the river~Household electricity prices to fall next quarter~" \
	    "Earth tremor rattles windows across the capital~Students march against cuts to university grants~" \
	    "Ash cloud grounds domestic flights for a day~Fuel shortage leaves long queues at petrol stations~" \
	    "Top court upholds ban on billboards along highways~Inquiry reopened into collapse of shopping centre roof~" \
	    "Bank branch closures anger rural residents~National airline posts first profit in a decade"
	caps17 = "A firefighter walks through the burnt-out hall~Passengers queue at a ticket office~" \
	    "Lawmakers raise their hands during the vote~Police tape across the entrance~" \
	    "People lay flowers by the gate~A flooded street in the suburbs~The minister speaks to journalists~" \
	    "Farmers drive tractors towards the capital~Divers search the harbour~A street vendor shelters from the rain~" \
	    "Election officials count ballots~Workers clear snow from the square~Students hold placards outside the ministry~" \
	    "A tugboat guides a ship into port"
	tags17 = "World~Europe~Asia~Pacific~Caribbean~Politics~Government~Parliament~Elections~Justice~Crime~Security~War~" \
	    "Diplomacy~Economy~Finance~Energy~Transport~Environment~Climate~Weather~Disasters~Health~Education~Society~Migration~Media"
	gen17 = "Officials said they would publish a full report next month~The decision follows weeks of pressure from local groups~" \
	    "Opposition parties called the move a mistake~It was not clear how long the measures would stay in place~" \
	    "Emergency services stayed at the scene late into the evening~The ministry declined to comment on the details~" \
	    "Analysts expect the issue to dominate the next session"
	src17 = "3 hours ago~25 minutes ago~AP~Reuters~AFP~5 hours ago~Just in~Earlier today"
	# variant 18's words
	heads18 = "Water main break floods downtown intersection during rush hour~School board delays vote on later start times~" \
	    "County jail to add body scanners after overdose deaths~Snowplow crews stretched thin as second storm moves in~" \
	    "Researchers tag sharks off the coast to track winter migration~Transit agency weighs fare-free buses on two routes~" \
	    "Hospital opens new trauma wing after six years of planning~Man charged in hit-and-run that injured crossing guard~" \
	    "State auditor flags missing equipment at highway department~Wildfire smoke prompts air quality alert for valley towns~" \
	    "Union and airport reach deal to avert baggage handler strike~Landslide closes coastal highway in both directions~" \
	    "Council approves rent relief fund for small shop owners~Telescope captures rare image of comet breaking apart~" \
	    "Farmers count losses after late frost hits orchards~Police seek witnesses after shots fired near shopping plaza~" \
	    "Ferry service suspended after engine fault in mid-crossing~Legislators file bill to cap insulin prices~" \
	    "Museum returns looted statues to their country of origin~Outbreak of measles confirmed at two day care centres~" \
	    "Port handles record number of containers in a single month~Students rally for mental health funding on campus~" \
	    "Drought forces town to truck in drinking water~Minister resigns over expenses claims~" \
	    "Court blocks plan to drill for oil near wildlife refuge~Bridge inspection finds cracks in main support beams~" \
	    "Heat wave breaks temperature records in three cities~Archaeologists uncover Roman villa under car park~" \
	    "Pension fund pulls out of coal investments~Search resumes for hikers missing in national park~" \
	    "Regulator fines bank over failed fraud checks~Voters back bond measure for new library branches~" \
	    "Rare white bison calf born on tribal ranch~Chemical plant fire sends black smoke over river district~" \
	    "Census shows suburbs growing faster than city core~Lottery winner steps forward after six weeks~" \
	    "Nurses vote to accept contract with staffing limits~Typhoon leaves thousands without power on islands~" \
	    "Scientists find microplastics in deep sea snow~Train derails in freight yard, no injuries reported~" \
	    "Mayor unveils plan to turn vacant offices into homes~Zoo welcomes twin red panda cubs~" \
	    "Election board orders audit of mail-in ballots~Coast guard rescues crew from sinking trawler"
	caps18 = "Firefighters douse the remains of a warehouse~Commuters wait on a crowded platform~" \
	    "Delegates applaud after the vote~Investigators walk past a cordon~" \
	    "Mourners gather outside the church~Floodwater surrounds parked cars~A spokesperson briefs reporters~" \
	    "Tractors line a rural road~Rescue workers search the rubble~A vendor packs up a market stall~" \
	    "Poll workers sort envelopes~A plough clears a snowy street~Demonstrators hold signs outside the courthouse~" \
	    "A cargo ship leaves the harbour~Scientists examine samples in a laboratory~Emergency vehicles block the highway"
	tags18 = "World~US & World~National~International~Politics~Government~Elections~Courts~Crime~Public safety~Military~" \
	    "Foreign affairs~Economy~Business~Energy~Transportation~Environment~Climate~Weather~Disasters~Health~Science~" \
	    "Space~Education~Immigration~Sports~Culture"
	gen18 = "Officials say more details will be released in the coming days~The move drew swift criticism from opponents~" \
	    "Neighbours say the problem has been building for years~Investigators have not said what caused it~" \
	    "The decision could face a legal challenge~Both sides are expected to meet again next week~" \
	    "It is not yet clear how many people were affected"
	src18 = "2 hours ago~30 minutes ago~AP~Reuters~AFP~4 hours ago~Just now~Updated"
	# variant 19's words
	heads19 = "Crews restore power to the last homes cut off by the ice storm~Council puts off vote on downtown arena financing~" \
	    "Police recover stolen ambulance after slow-speed chase~Two hikers rescued from ravine after a night in the cold~" \
	    "Airport unveils plan for a third terminal~Health officials confirm first flu death of the season~" \
	    "Teachers set strike date in row over class sizes~Rail operator apologises for a week of cancellations~" \
	    "Harbour dredging project finally gets the green light~Fire guts century-old hotel on Main Street~" \
	    "Drivers warned of black ice on mountain pass~Supermarket chain to shut 14 stores by spring~" \
	    "Appeal court hears decades-old murder case~Volunteers haul two tonnes of rubbish off the beach~" \
	    "Rare whale spotted in the bay for the first time in 30 years~Water bills to rise for second year running~" \
	    "Village school saved after parents' campaign~Man jailed for smuggling snakes in his suitcase~" \
	    "Bus drivers walk out over new rosters~Cyclone bears down on northern towns as residents stock up~" \
	    "Premier shuffles cabinet ahead of budget~Minister denies seeing leaked memo~" \
	    "Startup raises $40 million to build electric ferries~Chipmaker shares slump on weak forecast~" \
	    "Central bank leaves interest rates on hold~Data breach exposes details of half a million customers~" \
	    "Landslides cut off hill districts after days of rain~Petrol prices to fall from midnight~" \
	    "Tanker overturns on motorway, two lanes shut~Opposition stages walkout in parliament~" \
	    "Border crossing reopens after three-day closure~Record crowd expected for New Year test match~" \
	    "Growers warn dry spell will push up vegetable prices~Hospital waiting lists hit new high~" \
	    "Church leaders appeal for calm after night of clashes~Stolen painting turns up in an attic~" \
	    "Zoo names newborn giraffe after public vote~Bridge to close for six months of repairs~" \
	    "Landlord fined over damp and unsafe flats~Quake rattles coastal city, no damage reported~" \
	    "Review ordered into speed cameras on country roads~Dengue outbreak spreads to three more provinces~" \
	    "Outage leaves thousands without air conditioning in heat~Mayor's aide quits over expense claims~" \
	    "Divers find bleached coral further south than ever~Small brewery scoops national award~" \
	    "Students march against fee rise outside ministry~Regulator orders refunds for dropped calls~" \
	    "Rocket launch scrubbed because of high winds~Ferry firm adds extra winter sailings~" \
	    "Inquest told of missed chances to save teenager~Tech giant fined over children's data~" \
	    "Cargo ship refloated after a week aground~Town celebrates as high street bank stays open"
	caps19 = "Smoke drifts over the hills behind the town~An aerial view of the damaged neighbourhood~" \
	    "Officials leave the building after the meeting~A soldier checks papers at a roadblock~" \
	    "Candles and flowers left at the gates~Cars stranded in brown floodwater~" \
	    "The spokeswoman speaks at a news conference~A farmer holds up a withered crop~" \
	    "Paramedics wheel a stretcher into the emergency department~Shoppers at a busy street market~" \
	    "Voters line up before the polls open~Workers patch a damaged road~" \
	    "Protesters wave banners in the square~Cranes unload a container ship~" \
	    "A scientist holds up a sample jar~Traffic backs up on the approach to the bridge~" \
	    "Police officers escort the suspect to a van~Delegates pose for a group photo"
	tags19 = "World~International~Global affairs~Politics~Government~Parliament~Elections~Law & Justice~Courts~Crime~Policing~" \
	    "Defence~Diplomacy~Economy~Markets~Trade~Energy~Transport~Environment~Climate change~Weather~Natural disasters~" \
	    "Health~Science~Space~Technology~Education~Human rights~Religion~Migration~Sport"
	gen19 = "Authorities said an investigation was under way~Further details were expected later in the day~" \
	    "Critics said the measures did not go far enough~Residents were urged to follow official advice~" \
	    "The government has yet to respond publicly~Talks are set to resume next week~" \
	    "Observers say the outcome is far from certain"
	src19 = "1 hour ago~45 minutes ago~3 hours ago~Reuters~AFP~AP~6 hours ago~10 mins ago~Developing"
	nfield = 0; field = ""; inq = 0; nrec = 0
}

# A CSV parser across lines: fields may hold quoted newlines.
{
	line = $0 "\n"
	for (i = 1; i <= length(line); i++) {
		c = substr(line, i, 1)
		if (inq) {
			if (c == "\"") {
				if (substr(line, i + 1, 1) == "\"") { field = field "\""; i++ }
				else inq = 0
			} else field = field c
		} else if (c == "\"") inq = 1
		else if (c == ",") { f[++nfield] = field; field = "" }
		else if (c == "\n") {
			f[++nfield] = field; field = ""
			if (++nrec > 1) article(f[2], f[3], f[4])
			nfield = 0
		} else if (c != "\r") field = field c
	}
}

function dateline(iso, orig,    y, m, d, h, mi) {
	y = substr(iso, 1, 4) + 0; m = substr(iso, 6, 2) + 0; d = substr(iso, 9, 2) + 0
	h = rnd(12) + 1; mi = sprintf("%02d", rnd(60))
	if (variant == 2)
		return pick(orig "~" \
		    "Last updated on " d " " month[m] " " y "~" \
		    "Published: " abbr[m] " " d ", " y "~" \
		    month[m] " " d ", " y " at " h ":" mi " " pick("am~pm") "~" \
		    "Posted " d " " month[m] ", " y "~" \
		    d " " month[m] " " y " " sprintf("%02d", h) ":" mi " GMT")
	return pick(orig "~" \
	    "Published " d " " month[m] " " y "~" \
	    ap[m] " " d ", " y " " h ":" mi " " pick("AM~PM") "~" \
	    iso "~" \
	    "Updated: " month[m] " " d ", " y ", " h ":" mi " " pick("a.m.~p.m.") " ET~" \
	    "Posted on " month[m] " " d ", " y "~" \
	    d " " abbr[m] " " y "~" \
	    month[m] " " d ", " y)
}

function nav() {
	if (variant == 2)
		return menu("Jump to navigation~Toggle navigation~Open menu~Sections~Log in · Register",
		    "Coastal Courier~THE EVENING STANDARD-POST~Global Wire~Tri-County Record~Newsroom Daily",
		    "News » World » Asia~Home • International~Top Stories | Europe | Americas | Asia~" \
		    "News    Opinion    Sport    Culture~World News > Africa~International",
		    "Newsletters~Sign up~Follow us~Advertisement~Most Read")
	return menu("Skip to content~Skip to main content~Menu~Subscribe~Sign in~Search",
	    "Example News~The Daily Planet~Riverside Herald~NEWS24~World Report Online~Metro Times",
	    "Home | World | Politics~Home › World › Europe~Home / News / International~" \
	    "World   Business   Science   Sport~News > World~Latest News~World~Politics",
	    "Menu~Subscribe~Log in~Newsletter~Search")
}
function menu(top, site, path, more,    s) {	# a line of each, then half the time one of more
	s = pick(top)
	s = s "\n" pick(site)
	s = s "\n" pick(path)
	if (rnd(2)) s = s "\n" pick(more)
	return s
}

function byline() {
	if (variant == 2)
		return pick("By Oluwaseun Adeyemi~Written by Claire Dubois~By The Associated Press~" \
		    "Karin Lindqvist~By Ahmed Hassan and Mei Lin")
	return pick("By Jane Smith~By Anna Lee and Tom Brown~By MARK JOHNSON~" \
	    "Reporting by Carlos Diaz~Jane Smith~Staff Reporter~" \
	    "By Priya Natarajan, Science Correspondent")
}

function footer() {
	if (variant == 2)
		return foot("Share this story~Share on Facebook~Share via", "Twitter LinkedIn Reddit~Print~Copy link",
		    "Read more:~Recommended for you~Most popular~Trending Now", "Show comments~# Comments~Join the conversation", 90,
		    "Copyright © 2019 Global Wire~All rights reserved.~Cookie Settings~Contact us · Careers · Advertise")
	return foot("Share this:~Share~Share this article", "Facebook Twitter Email~Facebook~Tweet~WhatsApp",
	    "Related articles~Related~You may also like~More stories", "Comments (#)~# comments~Leave a comment", 40,
	    "© 2019 Example News~Copyright 2019 The Daily Planet. All rights reserved.~" \
	    "Privacy Policy~Terms of Use~About us | Contact | Advertise")
}
# a line of share and of links, half the time one of more and one of
# comments (each "#" a count below n, drawn only then), then one of legal
function foot(share, links, more, comments, n, legal,    s, i) {
	s = pick(share)
	s = s "\n" pick(links)
	if (rnd(2)) s = s "\n" pick(more)
	if (rnd(2)) {
		while ((i = index(comments, "#")) > 0) comments = substr(comments, 1, i - 1) rnd(n) substr(comments, i + 1)
		s = s "\n" pick(comments)
	}
	s = s "\n" pick(legal)
	return s
}

# Variants 3 and 4: the plain text a scraper gets from real sites
# (innerText, copy-paste, lynx -dump): long menus of one or two words,
# mastheads and section kickers, bylines, datelines and share rows in the
# site's own order, captions, and tags, related stories, comment forms
# and legal lines after the body.  Variant 3 draws from BBC News, the
# Guardian, CNN, Reuters and a WordPress blog; variant 4 from AP News,
# the New York Times, Al Jazeera, a small-town paper (BLOX), Medium and
# Substack.  Every date before the body is the article's own day (Y, M,
# D, weekday W); other days appear only after it.

function cat(a, b) {	# two blocks of lines, either may be empty
	return a == "" ? b : b == "" ? a : a "\n" b
}
# HEAD: its blocks in one of the "~"-separated orders, drawn; "st by dl sh
# im" for the standfirst, byline, dateline, share row and image, x for a
# site's own block
function order(orders, st, by, dl, sh, im, x,    o, n, i, s) {
	n = split(pick(orders), o, " ")
	s = ""
	for (i = 1; i <= n; i++)
		s = cat(s, o[i] == "st" ? st : o[i] == "by" ? by : o[i] == "dl" ? dl : o[i] == "sh" ? sh : o[i] == "im" ? im : x)
	return s
}
function some(list, lo, hi,    a, n, k, i, s) {	# lo..hi of the items, in order, one a line, marked LI (a list)
	n = split(list, a, "~")
	if (hi > n) hi = n
	if (lo > hi) lo = hi
	k = lo + rnd(hi - lo + 1)
	s = ""
	for (i = 1; i <= n && k > 0; i++)
		if (rnd(n - i + 1) < k) { s = s "\n" LI a[i]; k-- }
	return substr(s, 2)
}
function wday(y, m, d,    t) {	# 0 = Sunday (Sakamoto)
	split("0 3 2 5 0 3 5 1 4 6 2 4", t, " ")
	if (m < 3) y--
	return (y + int(y / 4) - int(y / 100) + int(y / 400) + t[m] + d) % 7
}
function ukdst(y, m, d) {	# last Sunday of March to last Sunday of October
	if (m == 3) return d >= 31 - wday(y, 3, 31)
	if (m == 10) return d < 31 - wday(y, 10, 31)
	return m > 3 && m < 10
}
function usdst(y, m, d) {	# second Sunday of March to first Sunday of November
	if (m == 3) return d >= 8 + (7 - wday(y, 3, 1)) % 7
	if (m == 11) return d < 1 + (7 - wday(y, 11, 1)) % 7
	return m > 3 && m < 11
}
function ustz() { return usdst(Y, M, D) ? "EDT" : "EST" }
function uktz() { return ukdst(Y, M, D) ? "BST" : "GMT" }
function mdays(y, m) {
	if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28
	return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31
}
function shift(k,    y, m, d) {	# the day k days from the page's, in SY SM SD
	y = Y; m = M; d = D + k
	while (d < 1) {
		if (--m < 1) { m = 12; y-- }
		d += mdays(y, m)
	}
	while (d > mdays(y, m)) {
		d -= mdays(y, m)
		if (++m > 12) { m = 1; y++ }
	}
	SY = y; SM = m; SD = d
}
function d2(n) { return sprintf("%02d", n) }
function h12(h) { return h % 12 == 0 ? 12 : h % 12 }	# the hour on a 12-hour clock
function ptclock(h, mi, sep, am, pm) {	# "6.12pm", "6:12 p.m.", "6:12pm"
	return h12(h) sep d2(mi) (h < 12 ? am : pm)
}
function clock(h, mi, am, pm) { return ptclock(h, mi, ":", " " am, " " pm) }	# "7:05 PM"
function clk(h, mi) { return ptclock(h, mi, ":", "am", "pm") }	# "8:12pm"
function clock0(h, mi, am, pm) { return (h12(h) < 10 ? "0" : "") clock(h, mi, am, pm) }	# "07:05 PM"
function ord(d) {	# 1st 2nd 3rd 4th .. 11th .. 21st
	if (d % 10 == 1 && d != 11) return d "st"
	if (d % 10 == 2 && d != 12) return d "nd"
	if (d % 10 == 3 && d != 13) return d "rd"
	return d "th"
}
function fmt(style, y, m, d) {	# a day as a site prints it in its lists
	if (style == "uk") return d " " month[m] " " y
	if (style == "ukday") return dayname[wday(y, m, d) + 1] " " d " " month[m] " " y
	if (style == "ukabbr") return d " " abbr[m] " " y
	if (style == "ap") return ap[m] " " d ", " y
	if (style == "abbr") return abbr[m] " " d ", " y
	if (style == "irish") return substr(dayname[wday(y, m, d) + 1], 1, 3) ", " abbr[m] " " d ", " y
	if (style == "econ") return abbr[m] " " ord(d) " " y
	if (style == "ft") return month[m] " " d " " y
	if (style == "long0") return month[m] " " d2(d) ", " y
	if (style == "joomla") return d2(d) " " month[m] " " y
	if (style == "num") return m "/" d "/" y
	if (style == "num0") return d2(m) "/" d2(d) "/" y
	if (style == "dmy") return d2(d) "/" d2(m) "/" y
	if (style == "dot") return d2(d) "." d2(m) "." y
	if (style == "prn") return abbr[m] " " d2(d) ", " y ", " d2(6 + rnd(13)) ":" d2(rnd(60)) " ET"
	if (style == "toi") return abbr[m] " " d ", " y ", " d2(rnd(24)) ":" d2(rnd(60)) " IST"
	if (style == "dm") return d2(d) " " abbr[m] " " y
	if (style == "iso") return y "-" d2(m) "-" d2(d)
	if (style == "merco") return dayname[wday(y, m, d) + 1] ", " month[m] " " ord(d) " " y
	return month[m] " " d ", " y
}
# other stories, each 1 to gap days before the one above (the first,
# before the page's), the day in fmt's style or "ago" ("3 days ago");
# form 0 headline over day, 1 day over headline (list items, LI and LC),
# 2 "headline - day", 3 "headline · day" (LI), 4 headline over day, 5
# day over headline (unmarked)
function related(pool, lo, hi, gap, style, form,    a, n, i, s, k, t, h) {
	n = split(some(pool, lo, hi), a, "\n")
	s = ""; k = 0
	for (i = 1; i <= n; i++) {
		k += 1 + rnd(gap)
		shift(-k)
		t = style == "ago" ? (k == 1 ? "1 day ago" : k " days ago") : fmt(style, SY, SM, SD)
		h = substr(a[i], 2)
		if (form == 1) s = cat(s, LI t "\n" LC h)
		else if (form == 2) s = cat(s, LI h " - " t)
		else if (form == 3) s = cat(s, LI h " · " t)
		else if (form == 4) s = cat(s, h "\n" t)
		else if (form == 5) s = cat(s, t "\n" h)
		else s = cat(s, LI h "\n" LC t)
	}
	return s
}
function headlines(pool, lo, hi,    s) {	# other stories, no days
	s = some(pool, lo, hi)
	gsub(LI, "", s)
	return s
}
function standfirst(gen,    p, s, w, n, i, c) {	# the body's first sentence without its full stop, cut short
	p = BODY; sub(/\n.*/, "", p)
	s = p
	if (match(p, /[a-z0-9)][.!?]"? +[A-Z"]/))
		s = substr(p, 1, RSTART)
	sub(/[. ]+$/, "", s)
	n = split(s, w, " ")
	if (n < 6 || n > 40 || rnd(4) == 0) return pick(gen)
	if (n > 26) {
		for (i = 7; i <= 24 && w[i] !~ /[,;]$/; i++)
			;
		if (i > 24) return pick(gen)
		s = w[1]
		for (c = 2; c <= i; c++) s = s " " w[c]
		sub(/[,;]$/, "", s)
	}
	return balanced(s) ? s : pick(gen)
}
function balanced(s,    t) {	# as many ( as ), [ as ], and an even number of "
	t = s
	if (gsub(/\(/, "", t) != gsub(/\)/, "", t) || gsub(/\[/, "", t) != gsub(/\]/, "", t)) return 0
	return gsub(/"/, "", t) % 2 == 0
}
function insert(lines, k,    a, n, i, s) {	# lines into BODY after its paragraph k, if it has more
	if (k == 0) { BODY = lines "\n" BODY; return }
	n = split(BODY, a, "\n")
	if (n <= k) return
	s = a[1]
	for (i = 2; i <= n; i++) {
		if (i == k + 1) s = s "\n" lines
		s = s "\n" a[i]
	}
	BODY = s
}
function archive(k,    i, m, y, s) {	# k months back from the page's, "January 2019"
	s = ""; m = M; y = Y
	for (i = 0; i < k; i++) {
		s = cat(s, LI month[m] " " y)
		if (--m < 1) { m = 12; y-- }
	}
	return s
}

# Variant 3's sites.

function bbc(    s, h, by, dl, sh, im) {
	s = ""
	if (rnd(3)) s = pick("BBC Homepage~Homepage~BBC")
	s = cat(s, some("Accessibility links~Skip to content~Accessibility Help~BBC Account~Notifications", 1, 3))
	s = cat(s, some("Home~News~Sport~Weather~iPlayer~Sounds~CBBC~CBeebies~Food~Bitesize~Arts~Taster~Local~Three", 4, 10))
	s = cat(s, some("Menu~More~Search~Search the BBC", 1, 2))
	if (rnd(2)) s = cat(s, pick("News~BBC News~News Navigation") "\n" pick("Sections~Navigation~Menu"))
	s = cat(s, some("Home~Video~World~US & Canada~UK~Business~Tech~Science~Stories~Entertainment & Arts~" \
	    "Health~World News TV~In Pictures~Reality Check~Newsbeat~Long Reads", 3, 9))
	s = cat(s, some("Africa~Asia~Australia~Europe~Latin America~Middle East~US & Canada", 0, 6))
	NAV = s
	dl = pick(D " " month[M] " " Y "~" D " " month[M] " " Y "~Published " D " " month[M] " " Y "~" \
	    D " " month[M] " " Y " Last updated at " sprintf("%02d:%02d", rnd(24), rnd(60)) " " uktz())
	by = rnd(2) ? "" : "By " pick("Sarah Rainsford~Jonathan Marcus~Laura Bicker~Priya Joshi~Marcus Feld~Helen Okafor") "\n" \
	    pick("BBC News~BBC News, Moscow~Diplomatic correspondent~BBC World Service~Science correspondent, BBC News")
	sh = rnd(3) ? "Share this with\n" some("Facebook~Messenger~Twitter~Email~Share", 2, 5) : ""
	if (sh != "" && rnd(2)) sh = sh "\nThese are external links and will open in a new window"
	im = rnd(4) ? "Image copyright " pick("Getty Images~Reuters~AFP~EPA~PA Media~AP") "\nImage caption " pick(cap3) : \
	    "Media playback is unsupported on your device\nMedia caption" pick(vid3)
	HEAD = order("dl sh im by~by dl sh im", "", by, dl, sh, im)
	if (rnd(2)) insert("Image copyright " pick("Getty Images~Reuters~AFP") "\nImage caption " pick(cap3), 2 + rnd(3))
	s = "Related Topics\n" some(tags3, 2, 6)
	if (rnd(2)) s = cat(s, "Share this story About sharing\n" some("Email~Facebook~Messenger~Twitter~Pinterest~WhatsApp~LinkedIn", 3, 7))
	if (rnd(3)) s = cat(s, "More on this story\n" related(heads3, 1, 3, 20, "uk", 4))
	if (rnd(2)) s = cat(s, "Top Stories\n" headlines(heads3, 2, 3))
	if (rnd(2)) s = cat(s, some("Features~Elsewhere on the BBC~Most Read~Around the BBC", 1, 2))
	FOOT = cat(s, "Copyright © " Y " BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.")
}

function guardian(    s, st, im, by, dl, lm, sh, h, mi) {
	s = some("Skip to main content~Skip to navigation~Close dialogue~1/1~Next image~Previous image~Toggle captions", 1, 3)
	s = cat(s, some("Support The Guardian~Available for everyone, funded by readers~Contribute~Subscribe~" \
	    "Print subscriptions~Search jobs~Sign in~Search~Dating~Holidays", 3, 7))
	if (rnd(3)) s = cat(s, "The Guardian - Back to home")
	s = cat(s, some("News~Opinion~Sport~Culture~Lifestyle~Show~More", 3, 7))
	s = cat(s, some("World~UK~Science~Cities~Global development~Football~Tech~Business~Environment~Obituaries", 2, 8))
	if (rnd(2)) s = cat(s, "Show more")
	s = cat(s, pick("World news~Europe~Politics~Analysis~Live~Environment~Science~US news~Global development~Russia~Technology"))
	if (rnd(4) == 0) s = cat(s, "This article is more than " pick("1 year~2 years~4 months~11 months") " old")
	NAV = s
	st = rnd(4) ? standfirst(gen3) : ""
	im = pick(cap3) ". Photograph: " pick("Maxim Shemetov/Reuters~Getty Images~AFP/Getty Images~EPA~Anadolu Agency via Getty Images~AP")
	by = pick("Tom Phillips in Rio de Janeiro~Andrew Roth in Moscow~Guardian staff and agencies~Agence France-Presse~" \
	    "Daniel Boffey in Brussels~Helen Davidson in Taipei~Jason Burke in Johannesburg~Associated Press")
	h = rnd(20); mi = rnd(60)
	dl = substr(dayname[W + 1], 1, 3) " " D " " abbr[M] " " Y " " sprintf("%02d.%02d", h, mi) " " uktz()
	if (rnd(3) == 0) dl = "First published on " dl
	lm = rnd(2) ? "Last modified on " substr(dayname[W + 1], 1, 3) " " D " " abbr[M] " " Y " " \
	    sprintf("%02d.%02d", h + 1 + rnd(3), rnd(60)) " " uktz() : ""
	sh = rnd(3) ? "Shares\n" (12 + rnd(900)) : ""
	if (sh != "" && rnd(2)) sh = sh "\nComments\n" (1 + rnd(300))
	HEAD = order("st im by dl x sh~st by dl x sh im~by dl x st im", st, by, dl, sh, im, lm)
	if (rnd(3) == 0) insert(pick(cap3) ". Photograph: " pick("Reuters~EPA~Getty Images"), 3 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = "Since you’re here …\n… we have a small favour to ask. More people, like you, are reading and supporting " \
	    "the Guardian’s independent, investigative journalism than ever before. And unlike many news organisations, we made " \
	    "the choice to keep our reporting open for all, regardless of where they live or what they can afford to pay.\n" \
	    "Support The Guardian"
	s = cat(s, "Topics\n" some(tags3, 2, 6))
	s = cat(s, some("Share on Facebook~Share on Twitter~Share via Email~Share on LinkedIn~Share on Pinterest~Share on WhatsApp~Share on Messenger", 2, 7))
	if (rnd(2)) s = cat(s, "Reuse this content")
	if (rnd(2)) s = cat(s, "comments (" (1 + rnd(300)) ")\nSign in or create your Guardian account to join the discussion.")
	if (rnd(2)) s = cat(s, "Most popular\n" headlines(heads3, 2, 4))
	FOOT = cat(s, "© " Y " Guardian News & Media Limited or its affiliated companies. All rights reserved.")
}

function cnn(    s, by, dl, ch, im, v) {
	s = some("Edition~U.S.~International~Arabic~Español", 2, 5)
	s = cat(s, some("Search CNN...~Live TV~Audio~Menu", 1, 3))
	s = cat(s, some("U.S.~World~Politics~Business~Opinion~Health~Entertainment~Tech~Style~Travel~Sports~Videos~Features~Weather~More", 5, 12))
	s = cat(s, some("Africa~Americas~Asia~Australia~China~Europe~India~Middle East~United Kingdom", 0, 5))
	if (rnd(3) == 0) s = cat(s, pick("World~Europe~Politics~Live Updates~Analysis"))
	NAV = s
	by = "By " pick("Ashley Strickland~Ben Westcott and Yoonjung Seo~Nathan Hodge and Mary Ilyushina~" \
	    "Laura Smith-Spark~Jack Guy~Tara John") pick(", CNN~, CNN~, CNN Business~, CNN~")
	dl = pick("Updated~Updated~Published") " " clock(6 + rnd(16), rnd(60), "AM", "PM") " " \
	    pick("ET~" ustz()) ", " substr(dayname[W + 1], 1, 3) " " month[M] " " D ", " Y
	ch = rnd(2) ? "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds." : ""
	if (rnd(3) == 0) {
		v = pick(vid3)
		im = "JUST WATCHED\n" v "\nReplay\nMore Videos ...\nMUST WATCH\n" v " " sprintf("0%d:%02d", rnd(4), rnd(60))
	} else if (rnd(2))
		im = "Photos: " pick(cap3) "\n" pick(cap3) ".\nHide Caption\n1 of " (3 + rnd(20))
	else im = ""
	HEAD = order("im by dl x~by dl x im", "", by, dl, "", im, ch)
	if (rnd(2)) BODY = "(CNN)" BODY
	s = ""
	if (rnd(2)) s = "Paid Content\n" headlines(ads3, 2, 4)
	s = cat(s, "Search CNN...")
	s = cat(s, some("U.S.~World~Politics~Business~Opinion~Health~Entertainment~Tech~Style~Travel~Sports~Videos", 3, 10))
	if (rnd(2)) s = cat(s, "Terms of Use | Privacy Policy | Accessibility & CC | AdChoices | About Us | CNN Studio Tours | CNN Store | Newsletters | Transcripts")
	FOOT = cat(s, "© " Y " Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved.\nCNN Sans ™ & © 2016 Cable News Network.")
}

function reuters(    s, kick, dl, by, rt, im, k) {
	s = some("Skip to main content~Discover Thomson Reuters~Directory of sites~Login~Contact~Support", 1, 4)
	if (rnd(4)) s = cat(s, "Reuters")
	s = cat(s, some("Business~Markets~World~Politics~TV~Breakingviews~Tech~Sports~Lifestyle~Pictures~Wires~More~Edition~United States", 6, 12))
	if (rnd(3) == 0) s = cat(s, "Advertisement")
	kick = pick("WORLD NEWS~BUSINESS NEWS~TECHNOLOGY NEWS~ENVIRONMENT~HEALTH NEWS~SPORTS NEWS~POLITICS~SCIENCE NEWS~US~EUROPE")
	dl = toupper(month[M]) " " D ", " Y " / " clock(rnd(24), rnd(60), "AM", "PM") " / " \
	    pick("UPDATED 2 HOURS AGO~UPDATED AN HOUR AGO~A YEAR AGO~2 YEARS AGO~UPDATED 14 MINUTES AGO")
	by = pick("Henning Gloystein~Andrew Osborn, Maria Tsvetkova~Reuters Staff~Polina Ivanova~Guy Faulconbridge~David Stanway")
	rt = (2 + rnd(7)) " Min Read"
	im = rnd(2) ? pick("FILE PHOTO: ~~") pick(cap3) ". REUTERS/" pick("Maxim Shemetov~Stringer~Staff~Yves Herman") pick("/File Photo~") : ""
	k = rnd(3)
	if (k == 0) { NAV = cat(cat(s, kick), dl); HEAD = cat(cat(by, rt), im) }
	else if (k == 1) { NAV = cat(s, kick); HEAD = cat(cat(cat(dl, by), rt), im) }
	else { NAV = cat(s, kick); HEAD = cat(cat(cat(by, dl), im), rt) }
	s = "Reporting by " pick("Andrew Osborn~Polina Devitt~Tom Balmforth~Gabrielle Tétrault-Farber") \
	    pick("; Additional reporting by Maria Kiselyova~~") "; Editing by " pick("Mark Heinrich~Alison Williams~Kevin Liffey~Nick Macfie~Gareth Jones")
	s = cat(s, "Our Standards: The Thomson Reuters Trust Principles.")
	if (rnd(2)) s = cat(s, "MORE FROM REUTERS\n" headlines(heads3, 2, 4))
	s = cat(s, some("Apps~Newsletters~Advertise with Us~Advertising Guidelines~Cookies~Terms of Use~Privacy", 3, 7))
	if (rnd(2)) s = cat(s, "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.")
	FOOT = cat(s, "© " Y " Reuters. All Rights Reserved.")
}

function wordpress(    s, blog, who, dl, k) {
	blog = pick("The Morning Ledger~Kettle Valley Notes~Newsroom Watch~Dispatches from Elsewhere~My WordPress Blog")
	who = pick("admin~admin~editor~newsdesk~J. Carter")
	s = "Skip to content\n" blog
	if (rnd(2)) s = cat(s, pick("Just another WordPress site~Independent news and commentary~News, views and everything in between"))
	s = cat(s, pick("Menu~Primary Menu~Toggle navigation"))
	s = cat(s, some("Home~About~Contact~News~World~Politics~Opinion~Local~Archives~Blog~Privacy Policy~Donate~Subscribe", 4, 10))
	s = cat(s, some("Search for:~Search~Search …", 1, 2))
	if (rnd(2)) s = cat(s, pick("Uncategorized~News~World~Politics~World News"))
	k = rnd(6)
	if (k == 0) dl = "Posted on " Y "-" sprintf("%02d-%02d", M, D) " by " who
	else if (k == 1) dl = "Posted on " month[M] " " D ", " Y " by " who
	else if (k == 2) dl = "Posted by " who "\n" month[M] " " D ", " Y
	else if (k == 3) dl = month[M] " " D ", " Y " " who " " rnd(6) " Comments"
	else if (k == 4) dl = "by " who " · Published " month[M] " " D ", " Y " · Updated " month[M] " " D ", " Y
	else dl = "Posted by " who " on " ord(D) " " month[M] " " Y
	if (rnd(4) == 0) { NAV = cat(s, toupper("Posted on " month[M] " " D ", " Y)); HEAD = "" }
	else { NAV = s; HEAD = dl }
	if (rnd(3) == 0) HEAD = cat(HEAD, pick("Leave a comment~No Comments~" (1 + rnd(9)) " Comments"))
	s = "Share this:\n" some("Twitter~Facebook~Email~Print~Reddit~WhatsApp", 2, 4)
	if (rnd(2)) s = cat(s, "Like this:\nLike Loading...")
	if (rnd(2)) s = cat(s, "Related")
	if (rnd(2)) s = cat(s, "Posted in " pick("News~Uncategorized~World") " | Tagged " pick(tags3) ", " pick(tags3) " | Leave a comment")
	else s = cat(s, "Tags:\n" some(tags3, 2, 5))
	if (rnd(2)) s = cat(s, "Post navigation\nPrevious Post\n" headlines(heads3, 1, 1))
	s = cat(s, pick("Leave a Reply~Leave a Reply Cancel reply~Leave a Comment") \
	    "\nYour email address will not be published. Required fields are marked *\nComment\n" \
	    pick("Name~Name *") "\n" pick("Email~Email *") "\nWebsite")
	if (rnd(2)) s = cat(s, "Save my name, email, and website in this browser for the next time I comment.")
	s = cat(s, "Post Comment")
	if (rnd(2)) s = cat(s, "Recent Posts\n" some(heads3, 2, 5))
	if (rnd(2)) s = cat(s, "Archives\n" archive(2 + rnd(5)))
	FOOT = cat(s, pick("Proudly powered by WordPress~Proudly powered by WordPress | Theme: Twenty Seventeen~© " Y " " blog))
}

# Variant 4's sites.

function apnews(    s, by, dl, sh, im, k) {
	s = "AP NEWS"
	s = cat(s, some("Top Stories~Topics~Video~Listen~AP RADIO~Sign up for newsletters~Close", 2, 6))
	s = cat(s, some("AP Top News~U.S. News~World News~Politics~Sports~Entertainment~Business~Technology~Health~" \
	    "Science~Oddities~Lifestyle~Photography~Videos~Travel~Religion~Press Releases~AP Fact Check", 5, 14))
	if (rnd(3) == 0) s = cat(s, "RELATED TOPICS\n" some(tags4, 1, 4))
	NAV = s
	by = pick("By " toupper(pick("Mary Clare Jalonick~Vladimir Isachenkov~Jim Heintz and Daria Litvinova~Lisa Mascaro~" \
	    "John Leicester~Danica Kirka")) "~By The Associated Press~Associated Press")
	k = rnd(4)
	if (k == 0) dl = month[M] " " D ", " Y
	else if (k == 1) dl = ap[M] " " D ", " Y
	else if (k == 2) dl = pick("Published~Updated") " " clock(rnd(24), rnd(60), "AM", "PM") " " \
	    ustz() ", " month[M] " " D ", " Y
	else dl = month[M] " " D ", " Y "\n" pick("2 hours ago~5 hours ago~38 minutes ago")
	sh = rnd(2) ? some("Share~Click to copy~Facebook~Twitter~Email~Print", 2, 5) : ""
	im = rnd(2) ? "In this " dayname[W + 1] ", " ap[M] " " D ", " Y ", photo, " tolower(substr(pick(cap4), 1, 1)) \
	    substr(pick(cap4), 2) ". (AP Photo/" pick("Sergei Grits~Evan Vucci~Felipe Dana~Francisco Seco") ")" : ""
	HEAD = order("im by dl sh~by dl sh im", "", by, dl, sh, im)
	if (rnd(3) == 0) insert("ADVERTISEMENT", 1 + rnd(4))
	s = ""
	if (rnd(2)) s = "___\nAssociated Press " pick("writer Jim Heintz~writers Jane Doe and Kwame Mensah~writer Elif Yilmaz") " contributed to this report."
	if (rnd(2)) s = cat(s, "RELATED TOPICS\n" some(tags4, 2, 6))
	if (rnd(2)) s = cat(s, "More from AP\n" related(heads4, 1, 3, 20, "long", 4))
	if (rnd(2)) s = cat(s, "Ad Choices")
	FOOT = cat(s, "All contents © copyright " Y " The Associated Press. All rights reserved.")
}

function nyt(    s, st, im, by, dl, lang, k) {
	s = some("Skip to content~Skip to site index", 1, 2)
	s = cat(s, pick("World~Europe~Politics~Science~Business~Asia Pacific~Middle East~Americas~Africa~Climate"))
	s = cat(s, some("Log In~Today’s Paper~Subscribe~SEARCH~Sections~Account", 1, 4))
	s = cat(s, some("World~U.S.~Politics~N.Y.~Business~Opinion~Tech~Science~Health~Sports~Arts~Books~Style~Food~Travel~" \
	    "Magazine~T Magazine~Real Estate~Video", 4, 12))
	s = cat(s, some("Africa~Americas~Asia Pacific~Australia~Canada~Europe~Middle East", 0, 5))
	s = cat(s, "Advertisement\nSupported by")
	if (rnd(4) == 0) s = cat(s, pick("News Analysis~Live~The Saturday Profile~Letter From Europe"))
	NAV = s
	st = rnd(4) ? standfirst(gen4) : ""
	im = rnd(2) ? pick(cap4) "." pick("Credit...~Credit~Credit Credit ") pick("Sergei Ilnitsky/EPA, via Shutterstock~Mauricio Lima for The New York Times~" \
	    "Agence France-Presse — Getty Images~Andrew Testa for The New York Times") : ""
	by = "By " pick("Andrew E. Kramer~Megan Specia and Richard Pérez-Peña~Ivan Nechepurenko~Patrick Kingsley~" \
	    "Hannah Beech~Somini Sengupta~Austin Ramzy and Elaine Yu")
	k = rnd(4)
	if (k == 0) dl = ap[M] " " D ", " Y
	else if (k == 1) dl = "Published " ap[M] " " D ", " Y
	else if (k == 2) dl = ap[M] " " D ", " Y ", " clock(rnd(24), rnd(60), "a.m.", "p.m.") " ET"
	else dl = ap[M] " " D ", " Y "\nUpdated " clock(12 + rnd(12), rnd(60), "a.m.", "p.m.") " ET"
	lang = rnd(4) ? "" : pick("Leer en español~阅读简体中文版~閱讀繁體中文版~Read in English")
	HEAD = order("st by dl x im~st im by dl x", st, by, dl, "", im, lang)
	if (rnd(2)) insert("Advertisement\nContinue reading the main story", 2 + rnd(3))
	if (rnd(3) == 0) insert("Advertisement", 5 + rnd(3))
	shift(1)
	s = ""
	if (rnd(2)) s = "A version of this article appears in print on " fmt("ap", SY, SM, SD) ", Section A, Page " (4 + rnd(10)) \
	    " of the New York edition with the headline: " pick(heads4) ". Order Reprints | Today’s Paper | Subscribe"
	if (rnd(2)) s = cat(s, "Related Coverage\n" related(heads4, 1, 3, 20, "ap", 4))
	s = cat(s, "Advertisement")
	if (rnd(2)) s = cat(s, "Site Index\nSite Information Navigation")
	s = cat(s, "© " Y " The New York Times Company")
	FOOT = cat(s, some("NYTCo~Contact Us~Work with us~Advertise~T Brand Studio~Your Ad Choices~Privacy~Terms of Service~" \
	    "Terms of Sale~Site Map~Help~Subscriptions", 3, 12))
}

function aljazeera(    s, st, dl, by, sh, im, h, mi, k) {
	s = some("Skip to Content~Skip links~Skip to Featured Content~Skip to Content Feed~Click here to search~Search", 1, 3)
	if (rnd(2)) s = cat(s, pick("Al Jazeera English~Navigation menu~Show navigation menu"))
	s = cat(s, some("News~Middle East~Africa~Asia~US & Canada~Latin America~Europe~Asia Pacific~Features~Economy~Opinion~" \
	    "Video~More~Sport~Science & Technology~Climate Crisis~Investigations~Interactives~In Pictures~Podcasts", 6, 14))
	s = cat(s, some("Live~Watch Live~Show more~Close navigation menu", 1, 2))
	s = cat(s, pick("News~News|Europe~News/Asia~Middle East~Africa~Europe~Americas~Features"))
	NAV = s
	st = rnd(5) ? standfirst(gen4) : ""
	k = rnd(4)
	h = rnd(24); mi = rnd(60)
	if (k == 0) dl = "Published On " D " " abbr[M] " " Y D " " abbr[M] " " Y
	else if (k == 1) dl = D " " abbr[M] " " Y
	else if (k == 2) dl = sprintf("%02d", D) " " abbr[M] " " Y " " sprintf("%02d:%02d", h, mi) " GMT"
	else dl = D " " abbr[M] " " Y "\n" pick("3 hours ago~Updated 1 hour ago~5 hours ago")
	by = rnd(2) ? "" : pick("by Linah Alsaafin~by Al Jazeera~by Zena Al Tahhan~Al Jazeera and news agencies")
	sh = rnd(2) ? some("click here to share on facebook~click here to share on twitter~Facebook~Twitter~WhatsApp~Email~Save", 2, 4) : ""
	im = rnd(2) ? pick(cap4) " [" pick("Maxim Shemetov/Reuters~AFP~Anadolu~Al Jazeera~AP Photo") "]" : ""
	HEAD = order("dl st im sh by~st by dl sh im", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick(cap4) " [" pick("Reuters~AFP") "]", 2 + rnd(3))
	s = "SOURCE: " pick("Al Jazeera and news agencies~Al Jazeera News~News Agencies~Al Jazeera")
	if (rnd(2)) s = cat(s, pick("KEEP READING~Read more~More from News") "\n" related(heads4, 2, 4, 20, "ukabbr", 4))
	if (rnd(2)) s = cat(s, "Most Read\n" headlines(heads4, 2, 4))
	s = cat(s, some("About~About Us~Code of Ethics~Terms and Conditions~EULA~Privacy Policy~Cookie Policy~Cookie Preferences~" \
	    "Sitemap~Work for us~HQ~Connect~Contact Us~User Accounts Help~Advertise with us", 4, 12))
	FOOT = cat(s, "© " Y " Al Jazeera Media Network")
}

function blox(    s, paper, by, dl, sh, im, h, mi, k) {
	paper = pick("Mid-Valley Tribune~The Harbor Gazette~Cedar County Courier~Lakeside Daily News~The Prairie Sentinel")
	s = some("Skip to main content~You are the owner of this article.~Edit Article~Add New Content~Log out", 1, 2)
	s = cat(s, some("Toggle navigation~Menu~Search~Close", 2, 4))
	s = cat(s, some("Sign Up~Log In~Dashboard~Logout~My Account~Subscribe", 2, 4))
	s = cat(s, some("News~Local News~Obituaries~Sports~Opinion~Weather~Classifieds~e-Edition~Contact Us~Submit News~" \
	    "Place an Ad~Calendar~Jobs~Community~Business", 5, 12))
	if (rnd(2)) s = cat(s, pick("Partly cloudy~Clear~Mostly sunny~Light rain~Cloudy") "\n" (10 + rnd(85)) "°")
	s = cat(s, paper)
	s = cat(s, pick("Local News~News~State~National~World~Top Story~AP~Breaking"))
	NAV = s
	by = pick("By Jim Walker Staff Writer~By Rosa Delgado | Staff Writer~From staff reports~By KEVIN MARSH kmarsh@harborgazette.com~" \
	    "By The Associated Press~Dana Whitfield, Correspondent")
	h = 7 + rnd(14); mi = rnd(60)
	k = rnd(4)
	if (k == 0) dl = abbr[M] " " D ", " Y
	else if (k == 1) dl = abbr[M] " " D ", " Y "\n" abbr[M] " " D ", " Y " Updated " pick("2 hrs ago~" (1 + rnd(9)) " min ago~" abbr[M] " " D ", " Y)
	else if (k == 2) dl = "Posted: " dayname[W + 1] ", " month[M] " " D ", " Y " " clock(h, mi, "am", "pm")
	else dl = "Posted: " dayname[W + 1] ", " month[M] " " D ", " Y " " clock(h, mi, "am", "pm") " | Updated: " \
	    clock(h + 1 + rnd(3), rnd(60), "am", "pm") ", " substr(dayname[W + 1], 1, 3) " " abbr[M] " " D ", " Y "."
	sh = some("Facebook~Twitter~WhatsApp~SMS~Email~Print~Save", 3, 7)
	im = rnd(2) ? "Buy Now\n" pick(cap4) ". " pick("Photo courtesy of the county sheriff's office~Staff photo~Submitted photo") : ""
	HEAD = order("im dl by sh~by dl sh im", "", by, dl, sh, im)
	s = ""
	if (rnd(2)) s = "Tags\n" some(tags4, 2, 6)
	if (rnd(2)) s = cat(s, "Load comments")
	if (rnd(2)) s = cat(s, "Be the first to know\nGet local news delivered to your inbox!\nSign up!")
	if (rnd(2)) s = cat(s, "Most Popular\n" some("Articles~Images~Videos~Commented", 2, 4) "\n" headlines(heads4, 2, 5))
	if (rnd(2)) s = cat(s, "Latest e-Edition")
	s = cat(s, "Copyright " Y " " paper)
	FOOT = cat(s, pick("Powered by BLOX Content Management System from TownNews.com.~Terms of Use | Privacy Policy"))
}

function medium(    s, who, st, dl, im, n) {
	who = pick("Maya Lindgren~Kwame Mensah~Elif Yilmaz~Jonathan Reed")
	n = 3 + rnd(9)
	s = some("Sign in~Get started~Open in app~Homepage~Notifications~Bookmarks", 2, 4)
	s = cat(s, pick("The Startup~Towards Politics~Dispatch~The Coffeelicious~Global Notes"))
	s = cat(s, some("Home~World~Politics~Culture~Tech~Science~Archive~About~Newsletter~Write for us~Submit", 5, 10))
	if (rnd(2)) s = cat(s, "Follow")
	NAV = s
	st = rnd(4) ? standfirst(gen4) : ""
	dl = abbr[M] " " D ", " Y pick(" · " n " min read~\n" n " min read")
	im = rnd(2) ? "Photo by " pick("Jon Tyson~Markus Spiske~Annie Spratt~Maxime Sauvage") " on Unsplash" : ""
	HEAD = cat(cat(st, who "\n" pick("Follow~" who)), dl)
	if (rnd(2)) HEAD = cat(HEAD, im)
	else if (im != "") insert(im, 0)
	s = rnd(2) ? "Thanks to " pick("Anna Roe~Sam Patel~the editors") "." : ""
	s = cat(s, some(tags4, 2, 5))
	s = cat(s, (12 + rnd(900)) pick(" claps~"))
	s = cat(s, pick("WRITTEN BY~Written by") "\n" who "\nFollow\n" pick("Writer. Reader. Coffee.~Reporter covering politics and the planet.~Former correspondent, now freelance."))
	if (rnd(2)) s = cat(s, "See responses (" rnd(30) ")")
	if (rnd(2)) s = cat(s, "More From Medium\n" headlines(heads4, 2, 4))
	FOOT = cat(s, some("Discover Medium~Make Medium yours~Become a member~About~Help~Legal", 2, 6))
}

function substack(    s, pub, who, st, dl, k) {
	pub = pick("The Weekly Brief~Notes from the Field~Dispatches~The Long View~Signal & Noise")
	who = pick("Hiroshi Tanaka~Dana Whitfield~Tom Ashby~Lena Ortiz")
	s = pub
	s = cat(s, some("Home~Archive~About~Podcast~Notes~Chat~Leaderboard~Subscribe~Sign in", 4, 9))
	s = cat(s, "Share this post\n" some("Link copied to clipboard~Copy link~Facebook~Email~Notes~More", 2, 6))
	s = cat(s, pick(pub "~Discover more from " pub))
	NAV = s
	st = rnd(4) ? standfirst(gen4) : ""
	k = rnd(3)
	if (k == 0) dl = abbr[M] " " D ", " Y
	else if (k == 1) dl = toupper(abbr[M]) " " D ", " Y
	else dl = month[M] " " D ", " Y
	HEAD = cat(cat(st, who), dl)
	if (rnd(2)) HEAD = cat(HEAD, (1 + rnd(90)) "\n" rnd(30) "\nShare")
	s = "Subscribe to " pub
	if (rnd(2)) s = cat(s, "Type your email…\nSubscribe")
	s = cat(s, (1 + rnd(90)) " Likes")
	s = cat(s, some("Share~Comments~Top~New~Community", 2, 5))
	if (rnd(2)) s = cat(s, "Ready for more?")
	s = cat(s, "© " Y " " who)
	FOOT = cat(s, "Privacy ∙ Terms ∙ Collection notice\nStart Writing\nGet the app\nSubstack is the home for great culture")
}

# Variant 5's sites: Fox News, NBC News, the Washington Post, the Daily
# Mail, the Independent, ABC News (Australia), the Hindu, a local TV
# station (KSL.com, or a Hearst station), NPR, Politico, Yahoo News and
# Bloomberg, in words of their own.  Breaking-news and most-read blocks
# before the title come under their marker line; every date before the
# body is the article's day, other days come only after it.

function hm(h, mi) {	# "19:05"
	return sprintf("%02d:%02d", h, mi)
}
function autz() {	# Sydney: summer time from October's first Sunday to April's
	if (M == 4) return (D < 1 + (7 - wday(Y, 4, 1)) % 7) ? "AEDT" : "AEST"
	if (M == 10) return (D >= 1 + (7 - wday(Y, 10, 1)) % 7) ? "AEDT" : "AEST"
	return (M < 4 || M > 10) ? "AEDT" : "AEST"
}
function numbered(s,    a, n, i, out) {	# "1", a headline, "2", another ...
	n = split(s, a, "\n"); out = ""
	for (i = 1; i <= n; i++) out = cat(out, i "\n" a[i])
	return out
}
function alert5(markers) {	# now and then, one or two other headlines under a marker line
	if (rnd(4)) return ""
	return pick(markers) "\n" headlines(heads5, 1, 2)
}
function ask(titles, texts, buttons, hi) {	# a consent banner: its title, its text and 2 to hi of its buttons
	return pick(titles) "\n" pick(texts) "\n" some(buttons, 2, hi)
}
function consent5() {	# a cookie or privacy banner
	if (rnd(2))
		return ask("We value your privacy~Your privacy choices~We care about your privacy~Cookies on this site",
		    "We and our partners use cookies and similar technologies to store and access information on your device, " \
		    "to measure audiences and to show you personalised ads and content.~" \
		    "This site uses cookies to remember your settings, count visits and tailor the advertising you see. " \
		    "You can change your choice at any time under Privacy settings.~" \
		    "With your permission we and our partners may use precise geolocation data and identification through device scanning.",
		    "Accept all~I Accept~Agree and close~Manage preferences~More options~Reject all~Cookie settings", 3)
	return pick("By continuing to use this site you agree to our updated Privacy Policy and Terms of Use.~" \
	    "We use cookies to give you a better browsing experience. See our Cookie Notice for details.~" \
	    "Our Privacy Policy has changed. Please take a moment to review it.") "\n" pick("OK~Close~Got it~Continue~I Agree")
}
function credit5() { return pick(photo5) }
function banner(c, odds, max,    t) {	# c above NAV (odds-1 in odds, if NAV stays within max lines, 0 any), else below FOOT
	if (rnd(odds) && (max == 0 || split(cat(c, NAV), t, "\n") <= max)) NAV = cat(c, NAV)
	else FOOT = cat(FOOT, c)
}

function fox(    s, who, by, dl, sh, im, st, h, mi, k) {
	s = some("Skip to main content~Fox News~Fox Business~Fox Nation~Fox News Radio~Fox Weather~Fox News Media", 2, 4)
	s = cat(s, some("Watch TV~Menu~Login~Sign up~Search foxnews.com~Search", 2, 4))
	s = cat(s, some("U.S.~Politics~World~Opinion~Media~Entertainment~Sports~Lifestyle~Science~Tech~Health~Business~" \
	    "Video~Shows~Fox Weather~Podcasts~Games", 5, 12))
	s = cat(s, alert5("BREAKING NEWS~Trending~TRENDING NOW"))
	NAV = cat(s, pick("World~U.S.~Politics~Crime~Europe~Asia~Middle East~Disasters~Science~Space~Congress~Russia~Weather"))
	who = pick("Greg Norman~Bradford Betz~Caleb Parke~Danielle Wallace~Talia Kaplan~Louis Casiano")
	by = pick("By " who " | Fox News~By " who ", Adam Sabes | Fox News~Fox News~Associated Press~By " who " | Fox News")
	h = rnd(24); mi = rnd(60)
	k = rnd(4)
	if (k == 0) dl = "Published " month[M] " " sprintf("%02d", D) ", " Y
	else if (k == 1) dl = "Published " month[M] " " D ", " Y " " clk(h, mi) " " ustz()
	else if (k == 2) dl = "Published " month[M] " " sprintf("%02d", D) ", " Y "\nLast Update " pick("2 hrs ago~1 hr ago~35 mins ago")
	else dl = "Published " month[M] " " D ", " Y "\nLast Update " month[M] " " D ", " Y
	st = rnd(3) ? "" : standfirst(gen5)
	sh = some("Facebook~Twitter~Flipboard~Comments~Print~Email", 3, 6)
	if (rnd(4) == 0) sh = cat(sh, "NEW\nYou can now listen to Fox News articles!")
	k = rnd(3)
	if (k == 0) im = pick(cap5) ". (" credit5() ")"
	else if (k == 1) im = "Video\nFox News Flash top headlines for " ap[M] " " D "\nFox News Flash top headlines are here. Check out what's clicking on Foxnews.com."
	else im = ""
	HEAD = order("st im by dl sh~st by dl sh im", st, by, dl, sh, im)
	if (rnd(2)) insert("CLICK HERE TO GET THE FOX NEWS APP", 2 + rnd(4))
	if (rnd(3) == 0) insert("ADVERTISEMENT", 1 + rnd(3))
	s = rnd(2) ? "The Associated Press contributed to this report." : ""
	if (rnd(2)) s = cat(s, who " is a reporter for Fox News Digital" pick(" covering breaking news.~ based in New York.~."))
	if (rnd(2)) s = cat(s, "Related Topics\n" some(tags5, 2, 5))
	if (rnd(2)) s = cat(s, pick("Trending in World~Trending in U.S.~Trending") "\n" numbered(headlines(heads5, 3, 5)))
	if (rnd(3)) s = cat(s, "Get the Fox News app\nSubscribe to our newsletters")
	s = cat(s, some("New Terms of Use~New Privacy Policy~Your Privacy Choices~Closed Captioning Policy~Help~Contact Us~" \
	    "Accessibility Statement~Careers~Fox Around the World~Advertise With Us~Media Relations~Corporate Information~Compliance", 4, 10))
	FOOT = cat(s, "This material may not be published, broadcast, rewritten, or redistributed. ©" Y " FOX News Network, LLC. " \
	    "All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Factset.")
}

function nbc(    s, by, dl, st, sh, im, h, mi, h2, k, t, d1) {
	s = rnd(4) ? "" : "IE 11 is not supported. For an optimal experience visit our site on another browser."
	s = cat(s, some("Skip to Content~NBC News Logo~Sponsored By", 1, 3))
	s = cat(s, some("Politics~U.S. News~World~Local~Business~Health~Investigations~Culture Matters~Science~Sports~" \
	    "Tech & Media~Weather~Video Features~Photos~NBC Latino~NBC BLK~NBC Asian America~NBC OUT", 5, 13))
	s = cat(s, some("Search~Menu~Watch Live~Sign In~Share & Save —", 1, 3))
	s = cat(s, alert5("BREAKING~Breaking News~Trending"))
	NAV = cat(s, pick("World~U.S. News~Politics~Europe~Asia~Weather~Science~Crime & Courts~Congress~Latin America~Mideast"))
	st = rnd(2) ? standfirst(gen5) : ""
	by = pick("By Alexander Smith~By Yuliya Talmazan and Matthew Bodner~By Associated Press~By Reuters~" \
	    "By Rachel Elbaum~By Ben Kesslen and Minyvonne Burke~By Phil Helsel")
	h = rnd(20); mi = rnd(60); h2 = h + 1 + rnd(4)
	d1 = rnd(2) ? ap[M] " " D ", " Y : month[M] " " D ", " Y
	t = pick("UTC~GMT~UTC~" ustz())
	k = rnd(4)
	if (k == 0) dl = d1 ", " clock(h, mi, "AM", "PM") " " t " / Updated " d1 ", " clock(h2, rnd(60), "AM", "PM") " " t
	else if (k == 1) dl = d1 ", " clock(h, mi, "AM", "PM") " " t
	else if (k == 2) dl = d1 " / " clock(h, mi, "AM", "PM") " " t
	else dl = d1 ", " clock(h, mi, "AM", "PM") " " t " / Source: " pick("Associated Press~Reuters~NBC News")
	sh = rnd(2) ? some("Share on Facebook~Share on Twitter~Email~Print~Save~Copy link~Link copied", 2, 5) : ""
	im = rnd(2) ? pick(cap5) ".\n" credit5() : ""
	HEAD = order("st sh im by dl~st by dl sh im~st im dl by sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("ADVERTISEMENT", 4 + rnd(3))
	if (rnd(3) == 0) insert("Related\n" headlines(heads5, 1, 1), 2 + rnd(2))
	s = ""
	if (rnd(2)) s = pick("Alexander Smith is a senior reporter for NBC News Digital based in London.~" \
	    "The Associated Press contributed.~Reuters contributed.~Phil Helsel is a reporter for NBC News.")
	if (rnd(2)) s = cat(s, "Breaking News Emails\nGet breaking news alerts and special reports. The news and stories that matter, " \
	    "delivered weekday mornings.\nSUBSCRIBE")
	if (rnd(2)) s = cat(s, "More from NBC News\n" headlines(heads5, 2, 4))
	if (rnd(3) == 0) s = cat(s, "Sponsored Stories\nBy Taboola\n" headlines(ads5, 2, 3))
	s = cat(s, some("NBC News Logo~MSNBC Logo~Today Logo", 1, 3))
	s = cat(s, some("About~Contact~Help~Careers~Ad Choices~Privacy Policy~Your Privacy Choices~CA Notice~Terms of Service~" \
	    "NBC News Sitemap~Closed Captioning~Advertise~Select Shopping", 4, 11))
	FOOT = cat(s, "© " Y " NBC UNIVERSAL")
}

function wapo(    s, by, dl, st, sh, im, h, mi, k, d1) {
	s = some("Skip to main content~Sections~Sign In~Subscribe~Search~Accessibility statement", 2, 4)
	s = cat(s, "The Washington Post")
	if (rnd(2)) s = cat(s, "Democracy Dies in Darkness")
	s = cat(s, some("Politics~Opinions~Style~Investigations~Climate~Well+Being~Tech~World~D.C., Md. & Va.~Sports~" \
	    "Business~Food~Podcasts~Video~Games~Real Estate~Obituaries~Lifestyle~Local", 4, 12))
	if (rnd(2)) s = cat(s, "Advertisement")
	s = cat(s, alert5("The Post Most~Most Read~Breaking News"))
	NAV = cat(s, pick("Europe~WorldViews~Asia & Pacific~The Americas~Africa~Middle East~National~Politics~Health~Science~Analysis"))
	st = rnd(3) ? "" : standfirst(gen5)
	by = pick("By Anton Troianovski~By Amie Ferris-Rotman and Isabelle Khurshudyan~By Mary Beth Sheridan~" \
	    "By Shibani Mahtani~By Siobhán O’Grady~By Reis Thebault~Associated Press")
	if (rnd(3) == 0) by = by "\nEmail the author"
	h = rnd(24); mi = rnd(60)
	d1 = rnd(2) ? month[M] " " D ", " Y : ap[M] " " D ", " Y
	k = rnd(4)
	if (k == 0) dl = d1 " at " clock(h, mi, "a.m.", "p.m.") " " ustz()
	else if (k == 1) dl = d1
	else if (k == 2) dl = pick("Updated~Published") " " d1 " at " clock(h, mi, "a.m.", "p.m.") " " ustz()
	else dl = d1 " at " clock(h, mi, "a.m.", "p.m.") " " ustz() "\nUpdated " d1 " at " clock(h, mi + rnd(60 - mi), "a.m.", "p.m.") " " ustz()
	sh = rnd(2) ? some("Listen~" (2 + rnd(8)) " min~Gift Article~Share~Comment~Save~Add to list", 2, 5) : ""
	im = rnd(2) ? pick(cap5) ". (" credit5() ")" : ""
	HEAD = order("st im by dl sh~st by dl sh im", st, by, dl, sh, im)
	if (rnd(2)) insert("Story continues below advertisement", 2 + rnd(2))
	if (rnd(2)) insert("Advertisement", 4 + rnd(2))
	s = ""
	if (rnd(2)) s = "Read more:\n" headlines(heads5, 2, 4)
	if (rnd(2)) s = cat(s, "Today’s coverage from Post correspondents around the world")
	if (rnd(3) == 0) s = cat(s, "Like Washington Post World on Facebook and stay updated on foreign news")
	if (rnd(2)) s = cat(s, pick("Comments~" (2 + rnd(400)) " Comments~Comment"))
	if (rnd(2)) s = cat(s, pick("Most Read World~Most Read Politics~Most Read") "\n" numbered(headlines(heads5, 3, 5)))
	if (rnd(2)) s = cat(s, "The Post Most newsletter\nMost popular stories, in your inbox daily.\nSign up")
	s = cat(s, some("About The Post~Newsroom Policies & Standards~Careers~Media & Community Relations~WP Creative Group~" \
	    "Accessibility Statement~Sitemap~Become a Subscriber~Gift Subscriptions~Mobile & Apps~Newsletters & Alerts~" \
	    "Reprints & Permissions~Today’s Paper~Terms of Use~Privacy Policy~Cookie Settings~Submissions & Discussion Policy~" \
	    "RSS Terms of Service~Ad Choices", 5, 14))
	FOOT = cat(s, "washingtonpost.com\n© 1996-" Y " The Washington Post")
}

function dailymail(    s, by, dl, sh, im, h, mi, h2, t, k, b) {
	s = some("Home~News~U.S.~Sport~TV&Showbiz~Australia~Femail~Health~Science~Money~Video~Travel~Best Buys~" \
	    "DailyMailTV", 5, 12)
	s = cat(s, some("Latest Headlines~World News~Headlines~Pictures~Most read~Wires~Games", 2, 5))
	s = cat(s, some("Login~Site~Web~Enter your search~Privacy Policy~Feedback", 2, 5))
	if (rnd(2)) s = cat(s, dayname[W + 1] ", " abbr[M] " " ord(D) " " Y " " (1 + rnd(11)) pick("AM~PM") " " (rnd(25) - 4) \
	    "°C " (1 + rnd(11)) pick("AM~PM") " " (rnd(25) - 4) "°C 5-Day Forecast")
	s = cat(s, alert5("MOST READ NEWS~BREAKING NEWS~Most Read"))
	NAV = s
	b = some(gen5, 1, 3)
	if (rnd(2)) b = LI standfirst(gen5) "\n" b
	by = pick("By JAMES GORDON FOR MAILONLINE~By Associated Press~By Reuters~By CHARLIE MOORE FOR MAILONLINE~" \
	    "By AFP~By Mailonline Reporter~By SARAH MALM and KELLY MCLAUGHLIN FOR MAILONLINE~By Daily Mail Reporter")
	h = rnd(20); mi = rnd(60); h2 = h + rnd(4)
	t = pick(uktz() "~" ustz())
	k = rnd(2)
	dl = (k ? "PUBLISHED: " : "Published: ") hm(h, mi) " " t ", " D " " month[M] " " Y " | " (k ? "UPDATED: " : "Updated: ") \
	    hm(h2, h2 > h ? rnd(60) : mi + rnd(60 - mi)) " " t ", " D " " month[M] " " Y
	sh = "e-mail\n" (rnd(900)) pick(" shares~\nshares") "\n" pick((1 + rnd(400)) "\nView comments~View comments")
	HEAD = order("x by dl sh~by dl sh~x by dl", "", by, dl, sh, "", b)
	if (rnd(2)) insert("Advertisement", 5 + rnd(3))	# from the bottom up: no block splits another
	if (rnd(2)) insert("RELATED ARTICLES\nPrevious\n1\nNext\n" headlines(heads5, 2, 3) "\nShare this article\nShare", 3 + rnd(2))
	if (rnd(2)) insert(cat(pick(cap5) " " pick("on " dayname[W + 1] "~(pictured)~earlier today"), rnd(2) ? "" : credit5()), 1 + rnd(2))
	s = ""
	if (rnd(3) == 0) s = "Share or comment on this article:"
	if (rnd(2)) s = cat(s, "Comments " (1 + rnd(300)) "\nShare what you think\n" some("Newest~Oldest~Best rated~Worst rated", 2, 4) \
	    "\nView all\nThe comments below have not been moderated.\nThe views expressed in the contents above are those of our " \
	    "users and do not necessarily reflect the views of MailOnline.")
	if (rnd(2)) s = cat(s, "MORE TOP STORIES\n" headlines(heads5, 2, 4))
	s = cat(s, some("Back to top~Home~News~U.S.~Sport~TV&Showbiz~Femail~Health~Science~Money~Video~Travel~Sitemap~Archive~" \
	    "Video Archive~Authors~Topics Index~Mobile Apps~Screensaver~RSS~Text-based site~Reader Prints~Our Papers~Top of page", 4, 12))
	FOOT = cat(s, "Published by Associated Newspapers Ltd\nPart of the Daily Mail, The Mail on Sunday & Metro Media Group\n" \
	    pick("© Associated Newspapers Ltd~Contact us How to complain Leadership Team Advertise with us Contributors Terms Privacy policy & cookies"))
}

function independent(    s, st, by, dl, sh, im, h, mi, k) {
	s = some("Skip to main content~Independent~Subscribe now~Register~Log in~Search~Menu", 2, 5)
	s = cat(s, some("News~Sport~Voices~Culture~Lifestyle~Travel~Premium~Money~indy100~Tech~Climate~Bulletin~Video", 4, 10))
	s = cat(s, some("UK~US~World~Europe~Americas~Asia~Middle East~Africa~Australasia~Business~Science~Politics~Health~Long reads", 3, 9))
	s = cat(s, alert5("Trending~Most popular~Breaking"))
	NAV = cat(s, pick("World~News~Europe~Americas~Asia~Middle East~Africa~UK~Science"))
	st = rnd(4) ? standfirst(gen5) : ""
	by = pick("Oliver Carroll~Chris Baynes~Chiara Giordano~Jon Sharman~Harriet Agerholm~Samuel Osborne~Andrew Buncombe")
	if (rnd(2)) by = by "\n" pick("Moscow~Europe Correspondent~Asia Editor~in Delhi~Washington~Science Correspondent")
	if (rnd(3) == 0) by = pick("Associated Press~Reuters~AFP") 
	h = rnd(24); mi = rnd(60)
	k = rnd(4)
	if (k == 0) dl = dayname[W + 1] " " D " " month[M] " " Y " " hm(h, mi)
	else if (k == 1) dl = dayname[W + 1] " " sprintf("%02d", D) " " month[M] " " Y " " hm(h, mi) " " uktz()
	else if (k == 2) dl = substr(dayname[W + 1], 1, 3) " " D " " abbr[M] " " Y
	else dl = dayname[W + 1] " " D " " month[M] " " Y " " hm(h, mi) "\n" pick("Comments~" (1 + rnd(90)) " comments")
	sh = rnd(2) ? some("Click to follow~The Independent World~Bookmark~Share~Comments", 2, 4) : ""
	im = rnd(2) ? pick(cap5) " ( " credit5() " )" : ""
	HEAD = order("st im by dl sh~st by dl sh im", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Get our free " pick("Morning Headlines~Inside Washington~Independent Climate") " email\n" \
	    "Sign up to our free email for the latest headlines\nSIGN UP\nI would like to be emailed about offers, events and updates from The Independent. Read our privacy notice", 3 + rnd(3))
	if (rnd(3) == 0) insert(pick("Read more~Read More") "\n" headlines(heads5, 1, 3), 1 + rnd(2))
	s = ""
	if (rnd(2)) s = pick("Additional reporting by agencies~Reuters and AP contributed to this report~Additional reporting by Associated Press")
	if (rnd(2)) s = cat(s, "More about\n" some(tags5, 2, 6))
	if (rnd(2)) s = cat(s, "Reuse content")
	if (rnd(2)) s = cat(s, "Comments\nJoin our commenting forum\nJoin thought-provoking conversations, follow other Independent readers and see their replies")
	if (rnd(2)) s = cat(s, "Most popular\n" headlines(heads5, 3, 5))
	s = cat(s, some("Install our Apps~Independent Advertising~Contact us~Jobs~Code of conduct and complaints~Syndication~" \
	    "All topics~Archive~Privacy notice~Cookie policy~Subscription Terms & Conditions~Donations Terms & Conditions", 4, 11))
	FOOT = cat(s, pick("© Independent Digital News & Media Ltd~Independent Digital News & Media Ltd"))
}

function abcau(    s, st, by, dl, kp, im, h, mi, k, d1, n, i) {
	s = some("Skip to main content~Skip to navigation~ABC Homepage~Search the ABC~ABC iview~ABC listen~triple j~ABC Kids~Sign in", 2, 6)
	s = cat(s, "ABC News")
	s = cat(s, some("Just In~Australia~World~Politics~Business~Analysis~Sport~Science~Health~Arts~Fact Check~Other~Local news", 4, 11))
	if (rnd(2)) s = cat(s, pick("Top Stories~Watch Live~News Home"))
	s = cat(s, alert5("Just In~Top Stories~Most read"))
	NAV = s
	h = rnd(24); mi = rnd(60)
	d1 = substr(dayname[W + 1], 1, 3) " " D " " abbr[M] " " Y
	k = rnd(4)
	if (k == 0) dl = "Posted " d1 " at " clk(h, mi)
	else if (k == 1) dl = "Posted " d1 " at " clk(h, mi) ", updated " d1 " at " clk(h, mi + rnd(60 - mi))
	else if (k == 2) dl = "Updated " month[M] " " sprintf("%02d", D) ", " Y " " hm(h, mi) ":" sprintf("%02d", rnd(60))
	else dl = D " " month[M] " " Y " " clk(h, mi) " " autz()
	by = pick("By Europe correspondent Linton Besser~By Jack Hawke~By Emily Clark~ABC/wires~By South-East Asia correspondent Anne Barker~" \
	    "By Nick Dole and wires~Reuters")
	st = rnd(3) ? "" : standfirst(gen5)
	kp = ""
	if (rnd(3) == 0) {
		kp = "Key points:\n" some(gen5, 2, 3)
	}
	im = rnd(2) ? "Photo: " pick(cap5) ". (" pick("Reuters: ~AP: ~AFP: ~ABC News: ") pick("Sergei Karpukhin~Dean Lewins~Lisa Marie~Ian Cutmore") ")" : ""
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(cat(st, by), dl), im), kp)
	else if (k == 1) HEAD = cat(cat(cat(cat(by, dl), st), kp), im)
	else HEAD = cat(cat(cat(cat(st, im), by), dl), kp)
	if (rnd(3) == 0) insert("Photo: " pick(cap5) ". (" pick("Reuters~AP~ABC News") ")", 2 + rnd(3))
	s = ""
	if (rnd(2)) s = pick("ABC/wires~Reuters/AP~AFP")
	if (rnd(2)) s = cat(s, "Topics: " tolower(pick("disasters-and-accidents~world-politics~crime~law-crime-and-justice~" \
	    "government-and-politics~explosions~elections~weather")) ", " tolower(pick("russian-federation~united-states~europe~" \
	    "asia~australia~india~france~china")))
	else s = cat(s, "More on:\n" some(tags5, 2, 5))
	if (k == 2 && rnd(2)) s = cat(s, "First posted " month[M] " " sprintf("%02d", D) ", " Y " " hm(h, mi) ":" sprintf("%02d", rnd(60)))
	if (rnd(2)) s = cat(s, "Top Stories\n" headlines(heads5, 2, 4))
	s = cat(s, some("Contact ABC~Editorial Policies~Privacy Policy~Terms of Use~Accessibility~ABC Careers~Help~Contact Us~" \
	    "ABC Corporate~Information and Services", 3, 8))
	if (rnd(2)) s = cat(s, "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and " \
	    "Traditional Custodians of the lands where we live, learn, and work.")
	if (rnd(2)) s = cat(s, "This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the " \
	    "BBC World Service which is copyright and cannot be reproduced.")
	if (rnd(2)) s = cat(s, "AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)")
	FOOT = cat(s, "© " Y " ABC")
}

function hindu(    s, st, by, dl, sh, im, h, mi, k, u) {
	s = some("Skip to main content~e-Paper~Subscribe~Sign in~Menu~Search~Today's Paper~Free Trial", 2, 5)
	s = cat(s, "The Hindu")
	s = cat(s, some("Home~News~India~World~States~Cities~Opinion~Business~Sport~Entertainment~Life & Style~Sci-Tech~" \
	    "Education~Videos~Podcasts~Data~Crossword", 5, 12))
	if (rnd(2)) s = cat(s, some("Chennai~Delhi~Kolkata~Mumbai~Bengaluru~Hyderabad~Kochi~Thiruvananthapuram", 2, 6))
	if (rnd(3) == 0) s = cat(s, pick("Chennai~New Delhi~Mumbai") " " (24 + rnd(10)) "°C")
	s = cat(s, alert5("Trending~TRENDING~Breaking"))
	NAV = cat(s, pick("International~World~News~Europe~Americas~Asia~INTERNATIONAL~News/International"))
	st = rnd(3) ? standfirst(gen5) : ""
	by = pick("Reuters~AP~AFP~PTI~Special Correspondent~Suhasini Haidar~Staff Reporter~Kallol Bhattacherjee")
	h = rnd(24); mi = rnd(60)
	u = h + rnd(24 - h)
	k = rnd(4)
	if (k == 0) dl = toupper(month[M]) " " sprintf("%02d", D) ", " Y " " hm(h, mi) " IST\nUPDATED: " toupper(month[M]) " " \
	    sprintf("%02d", D) ", " Y " " hm(u, u > h ? rnd(60) : mi) " IST"
	else if (k == 1) dl = "Updated - " month[M] " " sprintf("%02d", D) ", " Y " " clock0(u, u > h ? rnd(60) : mi, "am", "pm") " IST"
	else if (k == 2) dl = sprintf("%02d", D) " " abbr[M] " " Y " / " hm(h, mi) " IST"
	else dl = month[M] " " sprintf("%02d", D) ", " Y " " hm(h, mi) " IST"
	sh = rnd(2) ? some("Share Article~Facebook~Twitter~Linkedin~Whatsapp~Email~Reddit~Print~Copy link~A A~Gift this article", 2, 6) : ""
	im = rnd(2) ? pick(cap5) ". File | Photo Credit: " pick("Reuters~AP~AFP~The Hindu~Getty Images") : ""
	HEAD = order("st im dl by sh~st by dl sh im", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Also Read\n" headlines(heads5, 1, 1), 2 + rnd(3))
	s = ""
	if (k == 1) s = "Published - " month[M] " " sprintf("%02d", D) ", " Y " " clock0(h, mi, "am", "pm") " IST"
	if (rnd(2)) s = cat(s, "Related Topics\n" some(tags5, 2, 5))
	if (rnd(2)) s = cat(s, "Related Stories\n" related(heads5, 2, 4, 12, "long0", 4))
	if (rnd(2)) s = cat(s, "Comments\nComments have to be in English, and in full sentences. They cannot be abusive or personal. " \
	    "Please abide by our community guidelines for posting your comments.")
	if (rnd(3) == 0) { shift(1); s = cat(s, "Printable version | " abbr[SM] " " SD ", " SY " " (1 + rnd(11)) ":" sprintf("%02d:%02d", rnd(60), rnd(60)) " am") }
	s = cat(s, some("BACK TO TOP~Terms & conditions~Institutional Subscriber~Contact us~Archive~Sitemap~Group News Sites", 2, 5))
	FOOT = cat(s, "Copyright© " Y ", THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.")
}

function localtv(    s, st, by, dl, sh, im, h, mi, stn, city, k) {
	h = 6 + rnd(17); mi = rnd(60)
	if (rnd(2)) {	# KSL.com
		s = some("KSL.com~KSL TV~KSL NewsRadio~KSL Classifieds~Cars~Homes~Jobs~Deseret News", 3, 6)
		s = cat(s, some("News~Sports~Weather~Traffic~Utah~Politics~National~World~Business~Police & Courts~Outdoors~Entertainment", 4, 9))
		s = cat(s, some("Live~Search~Sign In~Menu", 1, 3))
		if (rnd(2)) s = cat(s, "Salt Lake City, UT\n" (10 + rnd(80)) "°F\n" pick("Cloudy~Sunny~Snow~Partly Cloudy~Clear"))
		s = cat(s, alert5("Trending~Most Read~Breaking News"))
		NAV = cat(s, pick("National~World~Utah~Politics~Business"))
		by = "By " pick("Associated Press~Lindsay Whitehurst, Associated Press~Deseret News~Carter Williams, KSL.com~Reuters")
		dl = rnd(2) ? "Posted - " abbr[M] " " ord(D) ", " Y " @ " clk(h, mi) : \
		    "Posted - " ap[M] " " D ", " Y " at " clock(h, mi, "a.m.", "p.m.")
		dl = by pick(" | ~\n") dl
		k = 1 + rnd(4)
		dl = cat(dl, "Estimated read time: " k "-" (k + 1) " minutes")
		sh = rnd(2) ? some("Save Story~Leer en español~Facebook~Twitter~Email~Print", 2, 5) : ""
		im = rnd(2) ? pick(cap5) ". (Photo: " credit5() ")" : ""
		HEAD = order("dl sh im~im dl sh", "", "", dl, sh, im)
		s = ""
		if (rnd(2)) s = "Related Stories\n" related(heads5, 1, 3, 12, "abbr", 4)
		if (rnd(2)) s = cat(s, "Most recent " pick("World~National~Utah") " stories\n" headlines(heads5, 2, 4))
		if (rnd(2)) s = cat(s, "Comments\nConversation guidelines")
		s = cat(s, some("About Us~Contact Us~Advertise~Careers~Privacy Notice~Terms of Use~Accessibility~Sitemap~Manage Cookie Preferences", 3, 7))
		FOOT = cat(s, "© " Y " KSL.com | Bonneville Communications. All rights reserved.")
		return
	}
	k = rnd(5)	# a Hearst station
	split("KCRA 3~WMUR~WESH 2~WBAL-TV 11~KOCO 5", stn, "~")
	split("Sacramento, CA~Manchester, NH~Orlando, FL~Baltimore, MD~Oklahoma City, OK", city, "~")
	s = some("Menu~Search~Home~News~Weather~Traffic~Sports~Video~Politics~Closings~Live", 4, 8)
	s = cat(s, stn[k + 1])
	s = cat(s, some("Watch Live~Watch now~Advertisement~Sign up for newsletters", 1, 3))
	if (rnd(2)) s = cat(s, city[k + 1] "\n" (15 + rnd(80)) "°\n" pick("Sun~Cloudy~Rain~Fog~Showers"))
	s = cat(s, alert5("BREAKING NEWS~Latest~Trending"))
	NAV = s
	by = pick("Associated Press~Reuters~" stn[k + 1] " Staff~Jane Whitaker\nReporter")
	dl = pick("Updated~Updated~Published") ": " clock(h, mi, "AM", "PM") " " ustz() " " abbr[M] " " D ", " Y
	sh = some("Share~Copy Link~Copy~Facebook~Twitter~Email", 1, 3)
	im = rnd(3) ? "" : "Hide Transcript\nShow Transcript\n" pick(cap5)
	HEAD = order("by dl sh im~im by dl sh", "", by, dl, sh, im)
	insert("Advertisement", 1 + rnd(2))
	if (rnd(2)) insert("Advertisement", 4 + rnd(2))
	s = ""
	if (rnd(2)) s = "Sign up for our newsletter\nGet the latest news delivered to your inbox"
	if (rnd(2)) s = cat(s, "Top Stories\n" related(heads5, 2, 3, 12, "ago", 4))
	s = cat(s, some("Contact Us~News Team~Careers~Advertise with Us~FCC Applications~EEO Report~Privacy Notice~Terms of Use~" \
	    "Public File~Closed Captioning~Your Privacy Choices", 3, 8))
	if (rnd(2)) s = cat(s, "Hearst Television participates in various affiliate marketing programs, which means we may get paid " \
	    "commissions on editorially chosen products purchased through our links to retailer sites.")
	FOOT = cat(s, "©" Y ", Hearst Television Inc. on behalf of " stn[k + 1] ".")
}

function npr(    s, st, by, dl, au, im, h, mi, hp, k, c, d1) {
	s = some("Skip to main content~Keyboard shortcuts for audio player~Open Navigation Menu~Close Navigation Menu", 1, 3)
	s = cat(s, "NPR")
	s = cat(s, some("Hourly News~Listen Live~My Playlist", 1, 3))
	s = cat(s, some("Home~News~Arts & Life~Music~Podcasts & Shows~Search~Newsletters~NPR Shop~Sign In~Donate", 4, 9))
	if (rnd(2)) s = cat(s, "Sponsor Message")
	s = cat(s, alert5("More Stories From NPR~Breaking News~Most Popular"))
	NAV = cat(s, pick("World~National~Politics~Europe~Asia~Middle East~Africa~Latin America~Science~Environment~Law~The Two-Way"))
	st = rnd(4) ? "" : standfirst(gen5)
	h = rnd(24); mi = rnd(60)
	d1 = month[M] " " D ", " Y
	k = rnd(3)
	if (k == 0) dl = d1 " " clock(h, mi, "AM", "PM") " ET"
	else if (k == 1) {
		hp = rnd(h + 1)
		dl = "Updated " d1 " " clock(h, mi, "AM", "PM") " ET\nPublished " d1 " " clock(hp, hp < h ? rnd(60) : rnd(mi + 1), "AM", "PM") " ET"
	}
	else dl = d1 " " clock(h, mi, "AM", "PM") " ET"
	if (rnd(3) == 0) dl = dl "\nHeard on " pick("All Things Considered~Morning Edition~Weekend Edition Saturday~Here & Now")
	by = pick("Lucian Kim~Colin Dwyer~Merrit Kennedy~Bill Chappell~Laurel Wamsley~Vanessa Romo~The Associated Press")
	if (rnd(2)) by = "By " by
	au = rnd(2) ? "Listen · " (1 + rnd(6)) ":" sprintf("%02d", rnd(60)) "\n" some("Queue~Download~Embed~Transcript", 2, 4) : ""
	c = pick(photo5)
	im = rnd(2) ? pick(cap5) ".\n" c "\nhide caption\ntoggle caption\n" c : ""
	k = rnd(2)
	if (k == 0) HEAD = cat(cat(cat(cat(cat(st, dl), by), some("Facebook~Twitter~Flipboard~Email", 2, 4)), au), im)
	else HEAD = cat(cat(cat(cat(st, au), im), by), dl)
	if (rnd(2)) insert(pick(cap5) ".\n" c "\nhide caption\ntoggle caption\n" c, 3 + rnd(3))
	s = ""
	if (rnd(2)) s = pick("Sign Up For The Up First Newsletter~Sign Up For The NPR Politics Newsletter") \
	    "\nStart your day with the essential news, in your inbox every weekday.\nSubscribe"
	if (rnd(2)) s = cat(s, "More Stories From NPR\n" related(heads5, 2, 4, 12, "long", 4))
	if (rnd(2)) s = cat(s, "Sponsor Message")
	s = cat(s, "Read & Listen\n" some("Home~News~Arts & Life~Music~Podcasts & Shows", 3, 5))
	s = cat(s, "Connect\n" some("Newsletters~Facebook~Instagram~Press~Public Editor~Corrections~Contact & Help", 3, 7))
	s = cat(s, "About NPR\n" some("Overview~Diversity~NPR Network~Accessibility~Ethics~Finances", 2, 6))
	s = cat(s, some("terms of use~privacy~your privacy choices~text only", 2, 4))
	FOOT = cat(s, "© " Y " npr")
}

function politico(    s, st, by, dl, sh, im, h, mi, h2, k, eu) {
	eu = rnd(4) == 0
	s = some("Skip to Main Content~POLITICO~Menu~Search~Log In~Sign Up", 2, 5)
	if (eu) s = cat(s, some("POLITICO Europe~Newsletters~Podcasts~Poll of Polls~Policy news~Events~POLITICO Pro", 3, 6))
	else s = cat(s, some("Congress~White House~Elections~Agenda~Magazine~Playbook~POLITICO Pro~Newsletters~Podcasts~Video~" \
	    "Legal~Energy & Environment~Defense~Health Care~Europe", 5, 11))
	s = cat(s, alert5("BREAKING~Most Read~Playbook"))
	NAV = cat(s, pick("CONGRESS~2020 ELECTIONS~FOREIGN POLICY~WHITE HOUSE~DEFENSE~Europe~World~Politics~Legal"))
	st = rnd(2) ? standfirst(gen5) : ""
	by = pick("By BURGESS EVERETT~By HEATHER CAYGLE and JOHN BRESNAHAN~By NAHAL TOOSI~By ANDREW RESTUCCIA~" \
	    "By DAVID M. HERSZENHORN~By ZACK COLMAN~By Associated Press")
	h = rnd(20); mi = rnd(60); h2 = h + 1 + rnd(4)
	if (eu) {
		k = rnd(2)
		if (k == 0) dl = M "/" D "/" (Y % 100) ", " clock(h, mi, "AM", "PM") " CET"
		else dl = M "/" D "/" (Y % 100) ", " clock(h, mi, "AM", "PM") " CET\nUpdated " M "/" D "/" (Y % 100) ", " clock(h2, rnd(60), "AM", "PM") " CET"
	} else {
		k = rnd(3)
		if (k == 0) dl = sprintf("%02d/%02d/%d", M, D, Y) " " clock0(h, mi, "AM", "PM") " " ustz()
		else if (k == 1) dl = sprintf("%02d/%02d/%d", M, D, Y) " " clock0(h, mi, "AM", "PM") \
		    " " ustz() "\nUpdated " sprintf("%02d/%02d/%d", M, D, Y) " " clock0(h2, rnd(60), "AM", "PM") " " ustz()
		else dl = month[M] " " D ", " Y
	}
	sh = rnd(2) ? some("Link Copied~Facebook~Twitter~Email~Print~Text Size", 2, 4) : ""
	im = rnd(2) ? pick(cap5) ". | " credit5() : ""
	HEAD = order("st by dl sh im~st im by dl sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Story Continued Below", 2 + rnd(3))
	if (rnd(3) == 0) insert("AD", 4 + rnd(2))
	s = ""
	if (rnd(2)) s = eu ? "Want more? Sign up for the Brussels Playbook newsletter." : \
	    "Missing out on the latest scoops? Sign up for POLITICO Playbook and get the latest news, every morning — in your inbox."
	if (rnd(2)) s = cat(s, "Filed under:\n" some(tags5, 2, 5))
	if (rnd(2)) s = cat(s, "More from POLITICO\n" related(heads5, 1, 3, 12, eu ? "uk" : "num0", 5))
	s = cat(s, some("About Us~Advertising~Breaking News Alerts~Careers~Credit Card Payments~Digital Edition~FAQ~Feedback~" \
	    "Headlines~Photos~Press~Print Subscriptions~Request A Correction~Write For Us~RSS~Site Map~Terms of Service~Privacy Policy", 4, 12))
	FOOT = cat(s, "© " Y " POLITICO LLC")
}

function yahoo(    s, st, by, src, dl, im, h, mi, n, i, t) {
	s = some("Skip to navigation~Skip to main content~Skip to right rail", 1, 3)
	s = cat(s, some("Home~Mail~News~Finance~Sports~Entertainment~Life~Shopping~Yahoo Plus~More...", 4, 9))
	s = cat(s, some("Yahoo News~Search query~Search~Sign in", 2, 4))
	s = cat(s, some("Politics~World~Health~Science~Originals~U.S.~Weather~Elections", 2, 5))
	if (rnd(2)) s = cat(s, pick("Salt Lake City, UT~Chicago, IL~New York, NY") "\n" (10 + rnd(80)) "°F\n" pick("Cloudy~Sunny~Rain~Partly Cloudy"))
	if (rnd(3) == 0) {
		n = split(some(trend5, 3, 6), t, "\n")
		s = cat(s, "Trending Now")
		for (i = 1; i <= n; i++) s = s "\n" i ". " substr(t[i], 2)
	}
	NAV = s
	st = rnd(4) ? "" : standfirst(gen5)
	src = pick("Associated Press~Reuters~AFP~The Telegraph~NBC News~Yahoo News~The Independent")
	by = rnd(2) ? toupper(pick("Vladimir Isachenkov~Aidan Smith~Kate Kelland~Rob Gillies")) : pick("Yahoo News Staff~" src)
	h = rnd(24); mi = rnd(60)
	n = rnd(3)
	if (n == 0) dl = month[M] " " D ", " Y ", " clock(h, mi, "AM", "PM")
	else if (n == 1) dl = substr(dayname[W + 1], 1, 3) ", " month[M] " " D ", " Y ", " clock(h, mi, "AM", "PM") " " ustz()
	else dl = substr(dayname[W + 1], 1, 3) ", " abbr[M] " " D ", " Y " at " clock(h, mi, "AM", "PM") " " ustz()
	dl = dl pick(" · ~\n~·") (1 + rnd(8)) " min read"
	im = rnd(2) ? pick(cap5) " (" credit5() ")" : ""
	HEAD = order("st x im by dl~x st by dl im", st, by, dl, "", im, src)
	if (rnd(2)) insert("Story continues", 2 + rnd(3))
	if (rnd(3) == 0) insert("Advertisement", 1 + rnd(2))
	s = ""
	if (rnd(2)) s = "View comments"
	if (rnd(2)) s = cat(s, "Recommended Stories\n" headlines(heads5, 2, 4))
	if (rnd(2)) s = cat(s, "Trending Now\n" numbered(headlines(trend5, 3, 6)))
	s = cat(s, some("Terms and Privacy Policy~Privacy Dashboard~About Our Ads~Help~Feedback~Sitemap", 2, 5))
	FOOT = cat(s, "© " Y " Verizon Media. All rights reserved.")
}

function bloomberg(    s, st, by, dl, sh, tk, h, mi, h2, k, n, i) {
	s = some("Skip to content~Bloomberg~Sign In~Subscribe~Live Now~Menu~Search", 2, 5)
	if (rnd(2)) s = cat(s, "Bloomberg\nConnecting decision makers to a dynamic network of information, people and ideas, Bloomberg " \
	    "quickly and accurately delivers business and financial information, news and insight around the world.\n" \
	    some("For Customers~Bloomberg Anywhere Remote Login~Software Updates~Manage Products and Account Information~Support~" \
	    "Americas +1 212 318 2000~EMEA +44 20 7330 7500~Asia Pacific +65 6212 1000~Company~About~Careers~Press Announcements", 4, 10))
	s = cat(s, some("Markets~Economics~Industries~Technology~Politics~Wealth~Pursuits~Opinion~Businessweek~Equality~Green~CityLab~Crypto~More", 5, 11))
	s = cat(s, alert5("Most Read~Breaking News~LIVE ON BLOOMBERG"))
	NAV = cat(s, pick("Politics~Markets~Economics~Technology~Energy~Europe~Asia~World"))
	st = rnd(2) ? some(gen5, 1, 2) : ""
	if (st != "" && rnd(2)) st = LI standfirst(gen5) "\n" st
	by = pick("Jake Rudnitsky~Ilya Arkhipov~Jake Rudnitsky\nand\nIlya Arkhipov~Natasha Doff~Kitty Donaldson~Billy House~Iain Marlow")
	if (rnd(2)) by = "By " by
	h = rnd(20); mi = rnd(60); h2 = h + 1 + rnd(4)
	k = rnd(3)
	if (k == 0) dl = month[M] " " D ", " Y ", " clock(h, mi, "AM", "PM") " " ustz()
	else if (k == 1) dl = month[M] " " D ", " Y ", " clock(h, mi, "AM", "PM") " " ustz() "\nUpdated on " month[M] " " D ", " Y ", " \
	    clock(h2, rnd(60), "AM", "PM") " " ustz()
	else dl = month[M] " " D ", " Y " " hm(h, mi) " " pick("GMT~UTC")
	sh = rnd(2) ? "LISTEN TO ARTICLE\n" (1 + rnd(6)) ":" sprintf("%02d", rnd(60)) "\nSHARE THIS ARTICLE\n" some("Share~Tweet~Post~Email", 2, 4) : ""
	tk = rnd(3) ? "" : "In this article\n" pick("GMKN\nMMC NORILSK NICK~SPX\nS&P 500 INDEX~BP/\nBP PLC~XAU\nGold Spot") "\n" \
	    (100 + rnd(9000)) "." sprintf("%02d", rnd(100)) " " pick("USD~RUB~GBp") "\n" pick("+~-") rnd(4) "." sprintf("%02d", rnd(100)) "%"
	HEAD = order("by dl st sh x~st by dl sh x", st, by, dl, sh, "", tk)
	s = ""
	if (rnd(2)) s = "— With assistance by " pick("Ilya Arkhipov~Stepan Kravchenko~Olga Tanas~Anna Andrianova")
	if (rnd(3) == 0) s = cat(s, "(" pick("Updates with comment from ministry in fourth paragraph.~Adds details throughout.~" \
	    "Updates with background from sixth paragraph.") ")")
	if (rnd(2)) s = cat(s, "Before it's here, it's on the Bloomberg Terminal.\nLEARN MORE")
	if (rnd(2)) s = cat(s, "Have a confidential tip for our reporters? Get in touch")
	if (rnd(2)) s = cat(s, "Most Read\n" headlines(heads5, 2, 4))
	s = cat(s, some("Terms of Service~Trademarks~Privacy Policy~Careers~Made in NYC~Advertise~Ad Choices~Contact Us~Help", 3, 8))
	FOOT = cat(s, "©" Y " Bloomberg L.P. All Rights Reserved")
}

function five(    k) {
	k = rnd(12)
	if (k == 0) fox()
	else if (k == 1) nbc()
	else if (k == 2) wapo()
	else if (k == 3) dailymail()
	else if (k == 4) independent()
	else if (k == 5) abcau()
	else if (k == 6) hindu()
	else if (k == 7) localtv()
	else if (k == 8) npr()
	else if (k == 9) politico()
	else if (k == 10) yahoo()
	else bloomberg()
	if (rnd(5) == 0) banner(consent5(), 2, 0)
}

# The page as it is copied: lines as they come, a blank line between all,
# blank lines here and there (innerText), or lynx -dump: lists as
# "     * Item", other lines indented, paragraphs wrapped.

function loose(s,    a, n, i, out, li, was) {
	n = split(s, a, "\n"); out = ""
	for (i = 1; i <= n; i++) {
		li = substr(a[i], 1, 1) == LI
		if (i > 1) out = out (rnd(li && was ? 8 : 2) ? "\n" : "\n\n")
		out = out (li ? substr(a[i], 2) : a[i])
		was = li
	}
	return out
}
function lynxblock(s,    a, n, i, out, li, was) {
	n = split(s, a, "\n"); out = ""
	for (i = 1; i <= n; i++) {
		li = substr(a[i], 1, 1) == LI
		if (i > 1) out = out (li && was ? "\n" : "\n\n")
		if (variant == 5)	# wrapped, as lynx does
			out = out (li ? fill(substr(a[i], 2), "     * ", "       ", 77) : fill(a[i], "   ", "   ", 77))
		else out = out (li ? "     * " substr(a[i], 2) : "   " a[i])
		was = li
	}
	return out
}
function fill(p, first, rest, cols,    w, n, i, s, l, e) {	# p wrapped at cols, after first, then after rest
	n = split(p, w, " ")
	s = ""; l = first; e = 1
	for (i = 1; i <= n; i++) {
		if (!e && width(l) + 1 + width(w[i]) > cols) { s = s l "\n"; l = rest; e = 1 }
		l = l (e ? "" : " ") w[i]
		e = 0
	}
	return s l
}
function width(s) {	# in characters, whether awk counts bytes (mawk) or characters (gawk)
	if (bytewise) gsub("[\200-\277]", "", s)	# UTF-8 continuation bytes
	return length(s)
}
function join(a, b) {	# two blocks, a blank line between
	return a == "" ? b : b == "" ? a : a "\n\n" b
}
function stack(nv, title, hd, body, ft) {	# the page's blocks, blank lines between
	return join(join(join(join(nv, title), hd), body), ft)
}
function spaced(s) {	# a blank line after every line
	gsub(/\n/, "\n\n", s)
	return s
}
function wrapped(ind, cols,    a, n, i, b) {	# BODY's paragraphs wrapped at cols, ind in, blank lines between
	n = split(BODY, a, "\n"); b = ""
	for (i = 1; i <= n; i++) b = join(b, fill(a[i], ind, ind, cols))
	return b
}
function layout(title,    mode, s) {
	mode = rnd(8)
	if (mode == 7)
		return stack(lynxblock(NAV), title, lynxblock(HEAD), wrapped("   ", 77), lynxblock(FOOT))
	if (mode >= 5)
		return stack(loose(NAV), title, loose(HEAD), spaced(BODY), loose(FOOT))
	s = cat(cat(cat(cat(NAV, title), HEAD), BODY), FOOT)
	gsub(LI, "", s)
	return mode >= 3 ? spaced(s) : s
}

# Variant 6's sites: CBS News, USA Today, the Los Angeles Times, the Times
# of India, the Irish Times, DW, France 24, the South China Morning Post,
# the Sydney Morning Herald, CBC News, Euronews, a Ghost blog, a Blogger
# blog, a university news office and a press-release wire (PR Newswire,
# Business Wire), in words written fresh.  A link's text is bracketed by
# LK, so that a naive HTML-to-text converter can give it a line of its
# own; LC marks the second line of a list item.  A block of other
# headlines before the title always comes under its label.  Every date
# before the body is the article's day; other days come only after it
# (DW may give the article's own day only after the body, as it did).

function lk(s) { return LK s LK }
function ago6() { return pick((1 + rnd(11)) "h ago~" (2 + rnd(50)) " mins ago~" (1 + rnd(9)) " hours ago~" (1 + rnd(40)) "m") }
# now and then, 2 to hi other headlines from pool under one of labels,
# before the title, in one of forms: "plain", "num" ("1" above each),
# "num0" ("01"), "under" (a line under each, one of under, or ago6() if
# "ago"), "prefix" (one of prefixes before each)
function above(labels, pool, hi, forms, under, prefixes,    s, a, n, i, form) {
	if (rnd(3)) return ""
	n = split(headlines(pool, 2, hi), a, "\n")
	form = pick(forms)
	s = pick(labels)
	for (i = 1; i <= n; i++) {
		if (form == "num") s = s "\n" i "\n" LI a[i]
		else if (form == "num0") s = s "\n" (i < 10 ? "0" i : i) "\n" LI a[i]
		else if (form == "under") s = s "\n" LI a[i] "\n" LC (under == "ago" ? ago6() : pick(under))
		else if (form == "prefix") s = s "\n" LI pick(prefixes) a[i]
		else s = s "\n" LI a[i]
	}
	return s
}
function top6(labels,    s) {	# above(), now and then with a "See more" line
	s = above(labels, heads6, 5, "num~under~prefix~plain~plain", "ago", "VIDEO: ~~~PHOTOS: ~~")
	if (s != "" && rnd(3) == 0) s = s "\n" pick("See more~More >~View all~Show more")
	return s
}
function consent6() {	# a consent banner, its text and its buttons
	if (rnd(2))
		return ask("Your Privacy~This website uses cookies~Privacy settings~Before you continue",
		    "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site " \
		    "navigation, analyse site usage and assist in our marketing efforts.~" \
		    "Some of our partners may process your data as part of their legitimate business interest without asking for " \
		    "consent. You can object to this processing in the vendor list.~" \
		    "We need your consent to show personalised content and ads. Under the GDPR you may withdraw it at any time " \
		    "via the link at the bottom of every page.",
		    "Accept All Cookies~Cookies Settings~Reject All~Confirm My Choices~Show Purposes~Vendor List~Allow All", 4)
	return pick("California residents: see our Notice at Collection. Do Not Sell or Share My Personal Information~" \
	    "This site uses cookies. By continuing to browse you are agreeing to our use of cookies.~" \
	    "We have updated our Terms of Service and Privacy Notice. Please review them.") "\n" \
	    pick("Accept~Dismiss~Close banner~OK, got it~Continue")
}
function cap(caps, credits, form,    c, r, i) {	# a caption and its credit at form's "@" (or "^", in capitals): ". (@)"
	c = pick(caps); r = pick(credits)
	if (!(i = index(form, "@"))) { i = index(form, "^"); r = toupper(r) }
	return c substr(form, 1, i - 1) r substr(form, i + 1)
}
function shares6(list, lo, hi) { return some(list, lo, hi) }
function tail(s, max,    t, n, i, out) {	# the last max lines of s
	n = split(s, t, "\n")
	if (n <= max) return s
	out = t[n - max + 1]
	for (i = n - max + 2; i <= n; i++) out = out "\n" t[i]
	return out
}
function fit(pad,    t, n) {	# NAV: 8 to 30 lines, filled from pad
	n = split(NAV, t, "\n")
	NAV = tail(NAV, 30)	# the copy starts further down
	for (; n < 8; n++) NAV = cat(pick(pad), NAV)
}
function subjects(tags, lo, hi,    s) {	# a few tags on one line, "Fire, Police"
	s = headlines(tags, lo, hi)
	gsub(/\n/, ", ", s)
	return s
}

function cbs6(    s, by, dl, st, sh, im, h, mi, hp, src, k, up) {
	s = some("Skip to main content~CBS News~Watch CBS News~Live~Log In~Search~Menu", 2, 4)
	s = cat(s, some("U.S.~World~Politics~Entertainment~HealthWatch~MoneyWatch~SciTech~Crime~Sports~Essentials~Photos~" \
	    "Podcasts~Local~48 Hours~60 Minutes~CBSN~Shows", 6, 14))
	if (rnd(3) == 0) s = cat(s, "Be the first to know\nGet browser notifications for breaking news, live events, and exclusive reporting.\n" \
	    some("Not Now~Turn On", 1, 2))
	if (rnd(3) == 0) s = cat(s, "LIVE\n" pick("CBSN: Live streaming news~Watch CBSN live~CBS News live coverage"))
	s = cat(s, top6("Trending News~Latest News~Most Popular"))
	if (rnd(2)) s = cat(s, "Advertisement")
	NAV = cat(s, pick("World~U.S.~Politics~CBS News Investigates~Crime~MoneyWatch~SciTech~HealthWatch"))
	h = 4 + rnd(20); mi = rnd(60); hp = rnd(h)
	src = pick("CBS News~CBS/AP~CBS/AFP~AP~CBS/Reuters~CBS News/AP")
	up = rnd(2)
	k = rnd(3)
	dl = (up ? "Updated on: " : "") month[M] " " D ", " Y " / " clock(h, mi, "AM", "PM") (k == 0 ? " " ustz() : "") " / " src
	if (k == 1) dl = pick((up ? "Updated on: " : "") month[M] " " D ", " Y " / " clock(h, mi, "AM", "PM") "\n" src "~" dl)
	by = rnd(2) ? "" : "By " lk(pick("Kelsey Trowbridge~Marcus Ahlquist~Priya Ramaswamy~Owen Delacroix~Tessa Whitlock~Graham Ojukwu")) \
	    pick("~~, Haley Brandt~ and Sam Ferreira")
	st = rnd(3) ? "" : standfirst(gen6)
	sh = rnd(2) ? shares6("Share~Facebook~Twitter~Reddit~Flipboard~Email", 2, 6) : ""
	im = rnd(2) ? cap(caps6, credits6, "\n@") : ""
	HEAD = order("st by dl sh im~st im by dl sh~st dl by im", st, by, dl, sh, im)
	if (rnd(2)) insert(pick("Advertisement~Trending News"), 2 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = pick("The Associated Press contributed to this report.~Reuters contributed to this report.")
	if (rnd(2)) s = cat(s, "In:\n" some(tags6, 1, 4))
	if (up) s = cat(s, "First published on " month[M] " " D ", " Y " / " clock(hp, rnd(60), "AM", "PM"))
	s = cat(s, "© " Y " CBS Interactive Inc. All Rights Reserved.")
	if (rnd(2)) s = cat(s, "Thanks for reading CBS NEWS.\nCreate your free account or log in\nfor more features.\n" \
	    "Please enter email address to continue\nPlease enter valid email address to continue\nContinue")
	if (rnd(2)) s = cat(s, pick("More from CBS News~Featured Local Savings~More from World") "\n" related(heads6, 2, 4, 15, "long", 0))
	if (rnd(3) == 0) s = cat(s, "Sponsored\n" headlines(ads6, 2, 3))
	s = cat(s, some("Privacy Policy~California Notice~Do Not Sell My Personal Information~Terms of Use~About~Advertise~" \
	    "Closed Captioning~CBS News Store~Careers~Internships~Development Programs", 4, 10))
	FOOT = cat(s, "Copyright ©" Y " CBS Interactive Inc. All rights reserved.")
}

function usat6(    s, by, dl, st, sh, im, vid, h, mi, h2, k, who) {
	s = some("Skip to main content~USA TODAY~Subscribe~Sign In~Search~Menu", 2, 4)
	s = cat(s, some("News~Sports~Entertainment~Life~Money~Tech~Travel~Opinion~Weather~Crossword~Investigations~" \
	    "Elections~Video~Humankind~Reviewed~Newsletters~Obituaries~Podcasts", 6, 13))
	if (rnd(3) == 0) s = cat(s, "DJIA\n" (22000 + rnd(3000)) "." d2(rnd(100)) "\n" pick("+~-") (10 + rnd(700)) "." d2(rnd(100)) \
	    "\nNASDAQ\n" (6500 + rnd(900)) "." d2(rnd(100)) "\n" pick("+~-") (5 + rnd(200)) "." d2(rnd(100)))
	if (rnd(3) == 0) s = cat(s, pick("Arlington, VA~McLean, VA~Columbus, OH~Phoenix, AZ") "\n" (15 + rnd(70)) "°F")
	s = cat(s, top6("Top Stories~Just In~Popular Now~Most Popular"))
	NAV = cat(s, pick("WORLD~NATION~NEWS~POLITICS~Nation~World~Health~Weather"))
	who = pick("Brianna Voss~Dale Hutchins~Marisol Vega~Trevor Lang~Naomi Sato~Elliot Kramer")
	by = pick(lk(who) "\nUSA TODAY~" lk(who) "\nSpecial for USA TODAY~" lk(who) " and " lk(pick("Kim Doyle~Ravi Menon")) "\nUSA TODAY~" \
	    "The Associated Press~" lk(who) "\nUSA TODAY Network")
	h = 5 + rnd(15); mi = rnd(60); h2 = h + 1 + rnd(4)
	k = rnd(3)
	if (k == 0) dl = "Published " clock(h, mi, "a.m.", "p.m.") " ET " ap[M] " " D ", " Y
	else if (k == 1) dl = "Published " clock(h, mi, "a.m.", "p.m.") " ET " ap[M] " " D ", " Y " | Updated " \
	    clock(h2, rnd(60), "a.m.", "p.m.") " ET " ap[M] " " D ", " Y
	else dl = "Published " clock(h, mi, "a.m.", "p.m.") " ET " ap[M] " " D ", " Y "\n" (2 + rnd(6)) "-minute read"
	st = rnd(3) ? "" : standfirst(gen6)
	sh = rnd(2) ? shares6("Facebook~Twitter~Email~Share~Comment~Save~Gift article", 2, 5) : ""
	vid = rnd(3) ? "" : "CLOSE\n" pick("Drone video shows the scale of the damage.~Witnesses describe the moments after the blast.~" \
	    "Here's what we know so far.") "\n" pick("USA TODAY~Associated Press~Storyful~Veuer")
	im = rnd(2) ? pick(caps6) ". (Photo: " pick("Jane Okoro~Mikel Arana~Staff") ", " pick("AP~AFP/Getty Images~USA TODAY~EPA-EFE") ")" : ""
	HEAD = order("st x by dl sh im~st by dl sh x im~st im by dl sh", st, by, dl, sh, im, vid)
	if (rnd(2)) insert("More: " pick(heads6), 2 + rnd(3))
	if (rnd(3) == 0) insert("More: " pick(heads6), 5 + rnd(2))
	s = ""
	if (rnd(2)) s = "Contributing: " pick("The Associated Press~Reuters~Kim Doyle, USA TODAY")
	if (rnd(3) == 0) s = cat(s, "Follow " who " on Twitter: @" tolower(substr(who, 1, 1)) tolower(substr(who, index(who, " ") + 1)))
	if (rnd(2)) s = cat(s, "Read or Share this story: https://www.usatoday.com/story/news/world/" Y "/" d2(M) "/" d2(D) "/" \
	    (100000000 + rnd(900000000)) "/")
	if (rnd(2)) s = cat(s, pick("Show Comments~Comments~Conversation"))
	if (rnd(2)) s = cat(s, pick("More Stories~Latest from USA TODAY") "\n" related(heads6, 2, 4, 15, "ap", 0))
	s = cat(s, some("Help~Terms of Service~Subscription Terms & Conditions~Privacy Policy~Site Map~Accessibility~" \
	    "Our Ethical Principles~Your California Privacy Rights~Do Not Sell My Info/Cookie Policy", 3, 9))
	FOOT = cat(s, "© " Y " USA TODAY, a division of Gannett Satellite Information Network, LLC.")
}

function lat6(    s, by, dl, st, sh, im, h, mi, k, who) {
	s = some("Skip to main content~Hide Banner~Show Search~Search Query~Submit Search~Sections~Subscribe~Log In~eNewspaper", 3, 6)
	s = cat(s, "Los Angeles Times")
	s = cat(s, some("California~Politics~World & Nation~Entertainment & Arts~Business~Climate & Environment~Sports~Opinion~" \
	    "Food~Lifestyle~Science & Medicine~Obituaries~Travel~Housing & Homelessness~Books~Video~Podcasts~Español", 5, 12))
	if (rnd(2)) s = cat(s, "ADVERTISEMENT")
	s = cat(s, top6("Most Read~Latest~More From the Los Angeles Times~Around the Web"))
	NAV = cat(s, pick("World & Nation~WORLD & NATION~California~Politics~Science~Business~Opinion"))
	who = pick("Kendra Liang~Victor Ocampo~Hannah Brisco~Omar Haddad~Leslie Marchetti~Dario Castellanos")
	by = "By " lk(who)
	if (rnd(2)) by = by "\n" pick("Staff Writer~Foreign Correspondent~Associated Press~Contributor")
	h = rnd(24); mi = rnd(60)
	k = rnd(3)
	if (k == 0) dl = ap[M] " " D ", " Y " " clock(h, mi, "AM", "PM") " PT"
	else if (k == 1) dl = toupper(abbr[M]) " " d2(D) ", " Y " | " clock(h, mi, "AM", "PM") \
	    pick(" | REPORTING FROM MOSCOW~ | REPORTING FROM LONDON~~ | REPORTING FROM BEIJING~")
	else dl = ap[M] " " D ", " Y
	st = rnd(3) ? standfirst(gen6) : ""
	sh = rnd(2) ? "Share via\nClose extra sharing options\n" shares6("Email~Facebook~X~LinkedIn~Threads~Reddit~WhatsApp~Copy Link URL~Copied!~Print", 3, 8) : ""
	im = rnd(2) ? cap(caps6, credits6, ". (@)") : ""
	HEAD = order("st im by dl sh~st by dl sh im~by dl st im", st, by, dl, sh, im)
	if (rnd(2)) insert("ADVERTISEMENT", 2 + rnd(2))
	if (rnd(3) == 0) insert("ADVERTISEMENT", 5 + rnd(2))
	s = ""
	if (rnd(2)) s = "Times staff writer " pick("Rosa Ybarra~Ian Whitfield~Mei Tanaka") " contributed to this report."
	if (rnd(2)) s = cat(s, "More to Read\n" related(heads6, 2, 3, 15, "ap", 0))
	if (rnd(2)) s = cat(s, "Sign up for Essential California\nThe most important California stories and recommendations in your inbox every morning.\n" \
	    "Enter email address\nSign Me Up\nYou may occasionally receive promotional content from the Los Angeles Times.")
	if (rnd(2)) s = cat(s, "Subscribers are Reading\n" headlines(heads6, 2, 4))
	s = cat(s, "ADVERTISEMENT")
	s = cat(s, some("Subscribe~About/Contact~For the Record~L.A. Times Careers~Manage Subscription~Reprints and permissions~" \
	    "Site Map~Newsletters~Instagram~YouTube", 3, 8))
	FOOT = cat(s, "Copyright © " Y ", Los Angeles Times | Terms of Service | Privacy Policy | CA Notice of Collection | " \
	    "Do Not Sell or Share My Personal Information")
}

function toi6(    s, by, dl, st, sh, im, h, mi, k, src) {
	s = some("Sign In~TOI~Edition~IN~ePaper~Subscribe to TOI+~Search~Menu", 2, 5)
	s = cat(s, pick("The Times of India~THE TIMES OF INDIA~TOI"))
	s = cat(s, some("News~City~India~World~Business~Tech~Cricket~Sports~Entertainment~TV~Life & Style~Astrology~" \
	    "Education~Web Stories~Videos~Photos~Elections~Spotlight", 6, 14))
	s = cat(s, some("World~US~UK~Pakistan~South Asia~Middle East~China~Europe~Rest of World~Mad Mad World~Explainers", 2, 7))
	if (rnd(3) == 0) s = cat(s, "SENSEX\n" (35000 + rnd(2000)) "." d2(rnd(100)) "\n" pick("+~-") (20 + rnd(400)) "." d2(rnd(100)) \
	    "\nNIFTY 50\n" (10500 + rnd(800)) "." d2(rnd(100)) "\n" pick("+~-") (5 + rnd(120)) "." d2(rnd(100)))
	s = cat(s, top6("Top Stories~Trending~Latest News~Trending Topics"))
	NAV = cat(s, pick("News » World News » Europe News~NEWS / WORLD NEWS / REST OF WORLD NEWS~World~" \
	    "News\n»\nWorld News\n»\nUS News~World News"))
	src = pick("TNN~PTI~AFP~Reuters~AP~IANS~TIMESOFINDIA.COM~Agencies")
	h = rnd(24); mi = rnd(60)
	k = rnd(4)
	if (k == 0) dl = src " | Updated: " abbr[M] " " D ", " Y ", " hm(h, mi) " IST"
	else if (k == 1) dl = src " | " abbr[M] " " D ", " Y ", " hm(h, mi) " IST"
	else if (k == 2) dl = lk(pick("Chidanand Rajghatta~Neha Kulkarni~Aarav Sethi~Ritu Bhandari")) " / " src " / Updated: " \
	    abbr[M] " " D ", " Y ", " hm(h, mi) " IST"
	else dl = src "\n" "Last Updated: " abbr[M] " " D ", " Y ", " hm(h, mi) " IST"
	st = rnd(4) ? "" : standfirst(gen6)
	sh = rnd(2) ? pick("SHARE\nAA\nFONT SIZE\nSAVE\nPRINT\nCOMMENT~" some("Share~Font Size~Save~Print~Comment", 2, 5)) : ""
	im = rnd(2) ? pick("Representative image~Image used for representational purpose only~" pick(caps6) " (" pick(credits6) ")") : ""
	HEAD = order("st dl sh im~im st dl sh~sh dl im st", st, "", dl, sh, im)
	if (rnd(2)) insert("Advertisement", 1 + rnd(3))
	if (rnd(3) == 0) insert("READ ALSO\n" headlines(heads6, 1, 1), 3 + rnd(2))
	s = ""
	if (rnd(2)) s = "Download The Times of India News App for Latest World News."
	if (rnd(2)) s = cat(s, pick("Start a Conversation~Comments (" (1 + rnd(60)) ")~Read Comments"))
	if (rnd(3) == 0) s = cat(s, "Read this news in\n" some("Hindi~Bengali~Marathi~Tamil~Telugu~Kannada~Malayalam~Gujarati", 2, 5))
	if (rnd(2)) s = cat(s, pick("Trending Topics~Trending Stories~Hot on the Web") "\n" headlines(heads6, 3, 6))
	if (rnd(2)) s = cat(s, "More from TOI\n" related(heads6, 1, 3, 15, "toi", 0))
	s = cat(s, some("About us~Create Your Own Ad~Terms of Use and Grievance Redressal Policy~Privacy policy~Advertise with us~" \
	    "Newsletter~Feedback~ePaper~Sitemap~Archives", 3, 8))
	FOOT = cat(s, "Copyright © " Y " Bennett, Coleman & Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service")
}

function irish6(    s, by, dl, st, sh, im, h, mi, k, d1, d2x) {
	s = some("Skip to main content~Subscribe~Sign In~My Account~Search~Menu~ePaper", 2, 5)
	s = cat(s, "The Irish Times")
	s = cat(s, some("News~Sport~Business~Opinion~Life & Style~Culture~Podcasts~Video~Crosswords & Games~Obituaries~Listen", 4, 10))
	s = cat(s, some("Ireland~World~Politics~Crime & Law~Health~Education~Environment~Science~Social Affairs~Technology~" \
	    "Europe~UK~US~Africa~Asia-Pacific~Middle East", 3, 8))
	s = cat(s, top6("Most Read~Latest~Editor's Picks"))
	NAV = cat(s, pick("World~Europe~Asia-Pacific~Africa~Middle East~US~UK~Ireland"))
	by = lk(pick("Aoife Brannigan~Ciarán Mulhall~Niamh Forde~Pádraig Considine~Deirdre Kenny~Tomás Geraghty")) \
	    pick(" in Berlin~ in Moscow~ in Brussels~~ Europe Correspondent~")
	if (rnd(4) == 0) by = pick("Agencies~Reuters~Associated Press~Staff reporter")
	h = 6 + rnd(17); mi = rnd(60)
	d1 = substr(dayname[W + 1], 1, 3) ", " abbr[M] " " D ", " Y ", " hm(h, mi)
	d2x = substr(dayname[W + 1], 1, 3) " " abbr[M] " " d2(D) " " Y " - " hm(h, mi)
	k = rnd(4)
	if (k == 0) dl = d1
	else if (k == 1) dl = d1 "\nUpdated: " substr(dayname[W + 1], 1, 3) ", " abbr[M] " " D ", " Y ", " hm(h + rnd(24 - h), rnd(60))
	else if (k == 2) dl = d2x
	else dl = d2x "\n" pick("Listen | " (2 + rnd(6)) ":" d2(rnd(60)) "~" (2 + rnd(6)) " min read")
	st = rnd(3) ? standfirst(gen6) : ""
	sh = rnd(2) ? shares6("Share~Facebook~Twitter~Email~LinkedIn~WhatsApp~Print~Gift Article", 2, 6) : ""
	im = rnd(2) ? cap(caps6, credits6, ". Photograph: @") : ""
	HEAD = order("st by dl sh im~st im by dl sh", st, by, dl, sh, im)
	if (rnd(2)) insert("Advertisement", 3 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = pick("– Additional reporting: Reuters~– Agencies~– Additional reporting: AP, AFP")
	if (rnd(2)) s = cat(s, "Read More\n" related(heads6, 1, 3, 15, "irish", 0))
	if (rnd(2)) s = cat(s, "Commenting on The Irish Times has changed. To comment you must now be an Irish Times subscriber.\n" \
	    some("Subscribe~Sign In~Community Standards", 1, 3))
	if (rnd(2)) s = cat(s, "Most Read\n" numbered(headlines(heads6, 3, 5)))
	if (rnd(3) == 0) s = cat(s, "Sign up to receive news alerts from The Irish Times\nSign Up")
	s = cat(s, some("Subscribe~Help~Contact Us~Advertise~Terms & Conditions~Privacy Policy~Cookie Information~" \
	    "Cookie Settings~Community Standards~The Irish Times Trust~Careers", 4, 10))
	FOOT = cat(s, "© " Y " The Irish Times DAC")
}

function dw6(    s, st, meta, im, h, mi, who, top, code, i) {
	s = some("Skip to content~Skip to main menu~Skip to more DW sites~DW.COM~Media Center~Live TV~Search~Menu", 2, 5)
	if (rnd(2)) s = cat(s, "English\n" some("Deutsch~Español~Français~Русский~العربية~Türkçe~Polski~Português do Brasil~" \
	    "中文~Kiswahili~Hausa~فارسی~Ελληνικά~Indonesia~Shqip", 3, 10))
	s = cat(s, some("Germany~World~Business~Science~Environment~Culture~Sports~Learn German~Top Stories~In focus~Media Center", 5, 10))
	s = cat(s, top6("TOP STORIES~In focus~Editor's Picks"))
	NAV = cat(s, pick("World~Europe~Asia~Africa~Germany~Politics~Catastrophe~News"))
	st = rnd(5) ? standfirst(gen6) : ""
	who = pick("Lena Hartwig~Jonas Brenner~Farah Qadri~Milan Novak~Sabine Kühne")
	code = ""
	for (i = 0; i < 5; i++) code = code substr("23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghkmnpqrstuvwxyz", 1 + rnd(54), 1)
	meta = "Date " d2(D) "." d2(M) "." Y "\nAuthor " who pick(" (AFP, Reuters)~ (dpa, AP)~~ with Reuters") \
	    "\nRelated Subjects " subjects(tags6, 2, 3) "\nKeywords " tolower(subjects(tags6, 3, 5)) \
	    "\nShare\n" some("Send~Facebook~Twitter~google+~Whatsapp~Tumblr~reddit~linkedin", 3, 8) \
	    "\nFeedback: Send us your feedback.\nPrint Print this page\nPermalink https://p.dw.com/p/3" code
	im = rnd(2) ? cap(caps6, credits6, pick("\n@~ © @~. Photo: @")) : ""
	h = rnd(24); mi = rnd(60)
	top = rnd(2)
	if (top) HEAD = cat(cat(st, im), pick(lk(who) "\n" month[M] " " D ", " Y "~" month[M] " " D ", " Y "~" \
	    "Date " d2(D) "." d2(M) "." Y "\nAuthor " who "~" d2(D) "." d2(M) "." Y "~" hm(h, mi) " UTC " d2(D) "." d2(M) "." Y))
	else HEAD = cat(st, im)
	if (rnd(3) == 0) insert(cap(caps6, credits6, " © @"), 2 + rnd(3))
	s = pick("~~" pick("jd/rt~ng/msh~aw/cmk~kl/sri") " (" pick("AFP, Reuters~AP, dpa~Reuters, EFE~AFP, dpa, Reuters") ")")
	if (rnd(3) == 0) s = cat(s, "Each evening at 1830 UTC, DW's editors send out a selection of the day's hard news and quality " \
	    "feature journalism. You can sign up to receive it directly here.")
	if (!top || rnd(2)) s = cat(s, meta)
	if (rnd(2)) s = cat(s, pick("DW RECOMMENDS~Related content") "\n" related(heads6, 1, 3, 15, "dot", 0))
	if (rnd(2)) s = cat(s, "Audios and videos on the topic\n" headlines(heads6, 1, 3))
	s = cat(s, some("About DW~Contact~Accessibility~Legal notice~Privacy Policy~Business~Press~Jobs~Newsletter~Frequencies", 3, 8))
	FOOT = cat(s, "© " Y " Deutsche Welle | Privacy Policy | Accessibility Statement | Legal notice | Contact | Mobile version")
}

function f24_6(    s, st, by, dl, sh, im, h, mi, k, dm) {
	s = some("Skip to main content~Live~Français~Español~عربي~Menu~Search~Newsletters", 2, 5)
	s = cat(s, "FRANCE 24")
	s = cat(s, some("Video~Shows~France~Africa~Middle East~Americas~Europe~Asia / Pacific~Business / Tech~Sport~Culture~" \
	    "Environment~Health~Fighting fake news~Observers~Podcasts~In-depth", 5, 12))
	if (rnd(3) == 0) s = cat(s, "Advertising")
	s = cat(s, top6("Top stories~Most viewed~In the headlines~Latest news"))
	NAV = cat(s, pick("Europe~Asia-pacific~Americas~Africa~Middle East~France~World"))
	h = 6 + rnd(15); mi = rnd(60)
	dm = d2(D) "/" d2(M) "/" Y
	k = rnd(4)
	if (k == 0) dl = "Issued on: " dm " - " hm(h, mi)
	else if (k == 1) dl = "Issued on: " dm " - " hm(h, mi) "\nModified: " dm " - " hm(h + 1 + rnd(3), rnd(60))
	else if (k == 2) dl = "Latest update : " Y "-" d2(M) "-" d2(D)
	else dl = "Issued on: " dm " - " hm(h, mi) " Modified: " dm " - " hm(h + 1 + rnd(3), rnd(60)) "\n" (2 + rnd(5)) " min"
	by = pick("FRANCE 24~Text by:\nNEWS WIRES~Text by: FRANCE 24~Text by:\n" lk(pick("Camille Roussel~Yannick Ba~Louise Marchand")) \
	    "~FRANCE 24\nFollow~Video by:\n" lk(pick("Julien Favre~Inès Laurent")))
	st = rnd(4) ? standfirst(gen6) : ""
	sh = rnd(2) ? shares6("Share~Facebook~Twitter~Whatsapp~Email~Copy link~Print~Read later", 2, 6) : ""
	im = rnd(2) ? cap(caps6, credits6, " © @") : ""
	HEAD = order("st dl by sh im~st by dl im sh~im st dl by sh", st, by, dl, sh, im)
	if (rnd(2)) insert("Advertising", 2 + rnd(3))
	if (rnd(3) == 0) insert("Read more" pick("~: ~\n") pick(heads6), 3 + rnd(3))
	s = rnd(2) ? "(FRANCE 24 with " pick("AFP, AP and Reuters~AFP~Reuters~AP and AFP") ")" : ""
	if (rnd(2)) s = cat(s, "Daily newsletter\nReceive essential international news every morning\nSubscribe")
	if (rnd(2)) s = cat(s, "Keep up to date with international news by downloading the FRANCE 24 app")
	if (rnd(2)) s = cat(s, "Read more on the same topic\n" some(tags6, 2, 5))
	if (rnd(2)) s = cat(s, pick("More on this topic~Related content~The week in review") "\n" related(heads6, 2, 4, 15, "dmy", 0))
	s = cat(s, some("Contact~Legal information~Cookies~Privacy policy~Help / FAQ~Jobs~Press~France Médias Monde~Sitemap", 3, 8))
	FOOT = cat(s, "© " Y " Copyright France 24 - All rights reserved. France 24 is not responsible for the content of external " \
	    "websites. Audience figures certified by ACPM/OJD.")
}

function scmp6(    s, st, by, dl, sh, im, h, mi, h2, k, w) {
	s = some("Skip to main content~SCMP~South China Morning Post~Subscribe~Sign in~Search~Menu", 2, 5)
	if (rnd(2)) s = cat(s, pick("International Edition~Hong Kong Edition~China Edition"))
	s = cat(s, some("Hong Kong~China~Asia~World~Comment~Business~Tech~Lifestyle~People & Culture~Sport~This Week in Asia~" \
	    "Post Magazine~Style~Video~Podcasts~Infographics~Opinion", 5, 12))
	if (rnd(3) == 0) s = cat(s, "HSI\n" (24000 + rnd(4000)) "." d2(rnd(100)) "\n" pick("+~-") (10 + rnd(500)) "." d2(rnd(100)) \
	    " (" pick("+~-") rnd(3) "." d2(rnd(100)) "%)")
	s = cat(s, top6("Trending~Recommended~Editor's Choice~Most Popular"))
	NAV = cat(s, pick("World / Europe~World / Asia~News / World~China / Diplomacy~Hong Kong / Politics~World~Europe~Asia"))
	st = rnd(2) ? some(gen6, 1, 2) : ""
	if (st == "" && rnd(2)) st = standfirst(gen6)
	by = pick(lk(pick("Kylie Tam~Chen Wei-ming~Priscilla Ho~Ravi Balakrishnan~Gigi Leung")) "~Agence France-Presse~Reuters~" \
	    "Associated Press~" lk(pick("Dennis Lo~Alice Kwok")) " in Beijing")
	h = rnd(20); mi = rnd(60); h2 = h + 1 + rnd(4)
	w = dayname[W + 1]
	k = rnd(3)
	if (k == 0) dl = "PUBLISHED : " w ", " d2(D) " " month[M] ", " Y ", " clk(h, mi) "\nUPDATED : " w ", " d2(D) " " month[M] ", " Y ", " clk(h2, rnd(60))
	else if (k == 1) dl = "PUBLISHED : " w ", " d2(D) " " month[M] ", " Y ", " clk(h, mi)
	else dl = "Published: " clk(h, mi) ", " D " " abbr[M] " " Y "\n" pick("Updated: " clk(h2, rnd(60)) ", " D " " abbr[M] " " Y "~" \
	    "Why you can trust SCMP") "\n" (2 + rnd(6)) "-minute read"
	sh = rnd(2) ? shares6("Share~Facebook~Twitter~LinkedIn~WhatsApp~Email~Print~Bookmark~Copy link~+ FOLLOW", 3, 7) : ""
	im = rnd(2) ? cap(caps6, credits6, ". Photo: @") : ""
	HEAD = order("st by dl sh im~st im by dl sh~by dl st sh im", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Advertisement", 2 + rnd(3))
	if (rnd(3) == 0) insert("Read more: " pick(heads6), 3 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = "Additional reporting by " pick("Reuters~Associated Press~Agence France-Presse~Xinhua")
	if (rnd(2)) s = cat(s, "Topic |\n" lk(pick(tags6)))
	if (rnd(2)) s = cat(s, "This article appeared in the South China Morning Post print edition as: " pick(heads6))
	if (rnd(2)) s = cat(s, "Want more stories like this? Sign up for our newsletters\nSubmit\n" \
	    "By registering, you agree to our T&C and Privacy Policy")
	if (rnd(2)) s = cat(s, "Related Topics\n" some(tags6, 2, 5))
	if (rnd(2)) s = cat(s, "Recommended for you\n" related(heads6, 2, 4, 15, "ukabbr", pick("0~1~2") + 0))
	s = cat(s, some("About us~Our Code of Conduct~Contact Us~Advertise~Careers~Privacy Policy~Terms & Conditions~FAQs~" \
	    "Print Replica~Newsletters~SCMP Shop", 3, 8))
	FOOT = cat(s, "Copyright © " Y " South China Morning Post Publishers Ltd. All rights reserved.")
}

function smh6(    s, st, by, dl, sh, im, h, mi, h2, k, t1, t2) {
	s = some("Skip to navigation~Skip to content~Skip to footer~Help using this website - Accessibility statement~" \
	    "Subscribe~Log in~Search Site~Close", 2, 5)
	s = cat(s, "The Sydney Morning Herald")
	s = cat(s, some("Sydney~NSW~Politics~Business~World~National~Opinion~Property~Sport~Culture~Lifestyle~Travel~" \
	    "Good Food~Money~Environment~Technology~Today's Paper", 5, 12))
	if (rnd(2)) s = cat(s, "Advertisement")
	if (rnd(4) == 0) s = cat(s, "ASX 200\n" (5500 + rnd(800)) "." rnd(10) "\n" pick("+~-") rnd(2) "." d2(rnd(100)) "%")
	s = cat(s, top6("Most Viewed in World~Most Viewed~Latest~Top Stories"))
	NAV = cat(s, pick("World~Europe~Asia~North America~Middle East~Africa~National~Exclusive~Analysis"))
	by = "By " lk(pick("Matilda Crane~Hamish Doyle~Eleni Paterakis~Jarrah Wells~Bridget Morrow~Tom Ngo"))
	if (rnd(3) == 0) by = by " and " lk(pick("Lucy Barnard~Sam Cheng"))
	h = 6 + rnd(17); mi = rnd(60); h2 = h + rnd(24 - h)
	t1 = ptclock(h, mi, ".", "am", "pm"); t2 = ptclock(h2, h2 > h ? rnd(60) : mi, ".", "am", "pm")
	k = rnd(4)
	if (k == 0) dl = month[M] " " D ", " Y " — " t1
	else if (k == 1) dl = "Updated " month[M] " " D ", " Y " — " t2 ", first published at " t1
	else if (k == 2) dl = D " " month[M] " " Y " — " ptclock(h, mi, ":", "am", "pm")
	else dl = month[M] " " D ", " Y " — " t1 "\nSave\nLog in, register or subscribe to save articles for later."
	if (rnd(2)) dl = dl "\n" pick("Normal text size\nLarger text size\nVery large text size~" (2 + rnd(6)) " min read~" \
	    "License this article~Gift this article")
	st = rnd(3) ? standfirst(gen6) : ""
	sh = rnd(2) ? shares6("Share~Facebook~Twitter~Email~Copy link~LinkedIn~WhatsApp", 2, 5) : ""
	im = rnd(2) ? cap(caps6, credits6, ". Credit: @") : ""
	HEAD = order("st by dl sh im~st im by dl sh", st, by, dl, sh, im)
	if (rnd(2)) insert("Advertisement", 2 + rnd(2))
	if (rnd(2)) insert("Advertisement", 5 + rnd(3))
	s = ""
	if (rnd(2)) s = pick("Reuters, AP~AAP~with agencies~Reuters~Bloomberg, AFP")
	if (rnd(2)) s = cat(s, "Start the day with a summary of the day’s most important and interesting stories, analysis and " \
	    "insights. Sign up for our Morning Edition newsletter.")
	if (rnd(2)) s = cat(s, "License this article")
	if (rnd(2)) s = cat(s, "Most Viewed in World\n" numbered(headlines(heads6, 3, 5)))
	if (rnd(2)) s = cat(s, pick("Related Articles~More from World") "\n" related(heads6, 1, 3, 15, "long", 0))
	if (rnd(3) == 0) s = cat(s, "From our partners\n" headlines(ads6, 2, 3))
	s = cat(s, some("Contact & support~Advertise with us~Newsletters~Accessibility guide~Sitemap~Photo sales~Purchase front pages~" \
	    "Content licensing~Work with us~Terms of use~Privacy policy~Press Council~Charter of Editorial Independence", 4, 10))
	FOOT = cat(s, "Copyright © " Y)
}

function cbc6(    s, st, by, dl, sh, im, h, mi, k, src) {
	s = some("Skip to Main Content~CBC~MENU~Search~Sign In~Watch~Listen", 2, 5)
	s = cat(s, some("News~Sports~Radio~Music~Listen Live~TV~Watch~Gem~Kids", 2, 6))
	s = cat(s, some("Top Stories~Local~Climate~World~Canada~Politics~Indigenous~Business~Health~Entertainment~Science~" \
	    "CBC News Investigates~Go Public~Being Black in Canada~About CBC News~More", 5, 12))
	if (rnd(3) == 0) s = cat(s, pick("Toronto~Vancouver~Winnipeg~Halifax~Calgary") "\n" (rnd(35) - 20) "°C")
	s = cat(s, top6("Top Stories~Popular Now~Editor's Picks"))
	NAV = cat(s, pick("World~Canada~Politics~Business~Health~Science~Technology & Science"))
	st = rnd(4) ? standfirst(gen6) : ""
	src = pick("The Associated Press~Thomson Reuters~CBC News~The Canadian Press~Reuters~CBC Radio")
	by = rnd(3) ? src : lk(pick("Evan Mitsui~Nadia Okafor~Gabriel Fortin~Rachel Sinclair")) " · " src
	h = rnd(24); mi = rnd(60)
	k = rnd(3)
	dl = by " · Posted: " abbr[M] " " d2(D) ", " Y " " clock(h, mi, "AM", "PM") " " pick("ET~ET~PT~MT~NT~CT") \
	    (k == 0 ? " | Last Updated: " month[M] " " D ", " Y : "")
	if (k == 2) dl = by "\nPosted: " abbr[M] " " d2(D) ", " Y " " clock(h, mi, "AM", "PM") " ET\nLast Updated: " month[M] " " D
	sh = rnd(2) ? "Social Sharing\n" shares6("Facebook~Twitter~Email~Reddit~LinkedIn", 2, 5) : ""
	im = rnd(2) ? cap(caps6, credits6, ". (@)") : ""
	HEAD = order("st dl sh im~st sh im dl~st im dl sh", st, "", dl, sh, im)
	if (rnd(3) == 0) insert("ADVERTISEMENT", 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "With files from " pick("Reuters~The Associated Press~CBC News~The Canadian Press~CBC Radio's As It Happens")
	if (rnd(2)) s = cat(s, "Related Stories\n" headlines(heads6, 1, 3))
	if (rnd(2)) s = cat(s, "Corrections and clarifications|Submit a news tip|Report error\nCBC's Journalistic Standards and Practices|About CBC News")
	if (rnd(2)) s = cat(s, "Comments\nTo encourage thoughtful and respectful conversations, first and last names will appear with " \
	    "each submission to CBC/Radio-Canada's online communities (except in children and youth-oriented communities). " \
	    "Pseudonyms will no longer be permitted.")
	if (rnd(2)) s = cat(s, pick("Top Stories~More from World") "\n" related(heads6, 2, 3, 15, "abbr", 0))
	s = cat(s, some("Contact CBC~Submit Feedback~Help Centre~Audience Relations, CBC P.O. Box 500 Station A Toronto, ON~" \
	    "Accessibility~Terms of Use~Privacy~Jobs~Reuse & Permission~Public Appearances~Ombudsman~Corrections & Clarifications", 3, 8))
	FOOT = cat(s, "©" Y " CBC/Radio-Canada. All rights reserved.\nVisitez Radio-Canada.ca")
}

function euronews6(    s, st, by, dl, sh, im, h, mi, k, dm) {
	s = pick("euronews.~Euronews")
	s = cat(s, some("Live~Menu~Search~Newsletters~My Europe~World~Business~Sport~Green~Next~Travel~Culture~Video~Programs", 6, 12))
	if (rnd(2)) s = cat(s, "Language\n" some("English~Français~Deutsch~Italiano~Español~Português~Русский~Türkçe~Ελληνικά~Magyar~" \
	    "فارسی~العربية~Polski", 4, 13))
	s = cat(s, top6("Most viewed~Top stories~Latest news~Trending"))
	NAV = cat(s, pick("World~Europe~News~World news~Business~Europe news"))
	h = 6 + rnd(16); mi = rnd(60)
	dm = d2(D) "/" d2(M) "/" Y
	k = rnd(4)
	if (k == 0) dl = "last updated: " dm
	else if (k == 1) dl = "Updated: " dm " - " hm(h, mi)
	else if (k == 2) dl = dm " - " hm(h, mi) "\nUpdated: " dm " - " hm(h + rnd(2), rnd(60))
	else dl = "Published on " dm " - " hm(h, mi) "•Updated " hm(h + 1, rnd(60))
	by = pick("By " lk("Euronews") "~By " lk("Euronews") " with " pick("AP, AFP~Reuters~AFP~AP") "~By " \
	    lk(pick("Joanna Kaminska~Luca Ferri~Sofia Alves")) "~Euronews with AFP")
	st = rnd(3) ? standfirst(gen6) : ""
	sh = rnd(2) ? pick("Text size Aa Aa\n~") "Share this article\n" shares6("Facebook~Twitter~Flipboard~Send~Reddit~Linkedin~" \
	    "Messenger~Telegram~VK~Bluesky~Threads~Whatsapp", 3, 8) : ""
	if (sh != "" && rnd(3) == 0) sh = sh "\nCopy/paste the article video embed link below:\nCopy to clipboard\nCopied"
	im = rnd(2) ? cap(caps6, credits6, " - Copyright @") : ""
	HEAD = order("st by dl sh im~by dl st im sh~im st by dl sh", st, by, dl, sh, im)
	if (rnd(2)) insert("ADVERTISEMENT", 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Share this article\n" pick("Comments~Comments (" (1 + rnd(30)) ")")
	if (rnd(2)) s = cat(s, pick("Related~More aboutRelated") "\n" related(heads6, 1, 3, 15, "dmy", 0))
	if (rnd(2)) s = cat(s, "Editors' Picks\n" headlines(heads6, 2, 4))
	if (rnd(2)) s = cat(s, "Browse today's tags\n" some(tags6, 3, 6))
	s = cat(s, some("About us~Contact~Jobs~Press~Terms and Conditions~Privacy policy~Cookie policy~Modify cookies settings~" \
	    "Advertise~Euronews Studio~Newsletters~Apps~Podcasts~Weather", 4, 10))
	FOOT = cat(s, "Copyright © euronews " Y)
}

function ghost6(    s, blog, who, tag, st, dl, im, n, k) {
	blog = pick("The Northern Dispatch~Field Notes~Open Wire~Quiet Signals~The Overnight Desk")
	who = pick("Jamie Okonkwo~Rowan Ellery~Sunita Varma~Felix Adeyemi~Ines Carvalho")
	tag = pick("News~World~Dispatches~Notes~Analysis~Briefing")
	n = 2 + rnd(8)
	s = blog
	s = cat(s, some("Home~About~Archive~Tags~Authors~Newsletter~Podcast~Contact~RSS~Membership~Search", 5, 9))
	if (rnd(2)) s = cat(s, some("Twitter~Facebook~Mastodon~RSS", 2, 3))
	s = cat(s, some("Sign in~Subscribe~Account", 1, 2))
	s = cat(s, top6("Featured~Latest~Popular posts"))
	NAV = cat(s, pick(tag "~" toupper(tag) "~~"))
	st = rnd(4) ? standfirst(gen6) : ""
	k = rnd(4)
	if (k == 0) dl = abbr[M] " " D ", " Y " • " n " min read"
	else if (k == 1) dl = D " " month[M] " " Y "\n" n " min read"
	else if (k == 2) dl = d2(D) " " abbr[M] " " Y " — " n " min read"
	else dl = abbr[M] " " D ", " Y
	im = rnd(2) ? "Photo by " lk(pick("Kelly Sikkema~Dan Meyers~Matt Hardy~Annie Spratt")) " / " lk("Unsplash") : ""
	HEAD = order("st by dl im~st im by dl~by dl st im", st, lk(who), dl, "", im)
	s = ""
	if (rnd(2)) s = some(tags6, 1, 4)
	if (rnd(2)) s = cat(s, "Share\n" some("Twitter~Facebook~LinkedIn~Email~Copy link", 2, 5))
	s = cat(s, "Subscribe to " blog "\nGet the latest posts delivered right to your inbox\n" \
	    pick("youremail@example.com~jamie@example.com~Your email address") "\nSubscribe")
	if (rnd(2)) s = cat(s, pick("Read more~You might also like~More in " tag) "\n" related(heads6, 2, 3, 15, "abbr", 0))
	if (rnd(2)) s = cat(s, "See all " (5 + rnd(80)) " posts →")
	s = cat(s, blog " © " Y)
	s = cat(s, some("Latest Posts~Facebook~Twitter~Mastodon~RSS~Ghost", 1, 4))
	FOOT = cat(s, pick("Powered by Ghost~Published with Ghost~Published with Ghost & Casper"))
}

function blogger6(    s, blog, who, h, mi, n, k, i, m, y, c, lab) {
	blog = pick("Notes From the Valley~Around the World in Headlines~The Daily Digest~Marginalia~Kettle and Ink")
	who = pick("Margaret~Ken Ashworth~newsjunkie~Dr. R. Patel~The Editor")
	h = 6 + rnd(17); mi = rnd(60)
	s = "Skip to main content"
	if (rnd(2)) s = cat(s, "Search This Blog")
	s = cat(s, blog)
	if (rnd(2)) s = cat(s, pick("News and views from a retired reporter~A daily round-up of world news, with commentary~" \
	    "Headlines, links and the occasional rant"))
	s = cat(s, some("Home~About Me~Contact~Links~Archive~Disclaimer~Privacy Policy~Reading List~Photos~More…", 3, 7))
	lab = pick("news, world~world news~current events, disasters~Europe, politics~news")
	c = rnd(6)
	if (rnd(2)) {	# the classic templates: the day's header above the post
		s = cat(s, top6("Popular Posts~Featured Post~Recent Posts"))
		NAV = cat(s, dayname[W + 1] ", " month[M] " " D ", " Y)
		HEAD = rnd(3) ? "" : pick(caps6)
		s = "Posted by " lk(who) " at " clock(h, mi, "AM", "PM")
		s = cat(s, c ? c " comments:" : "No comments:")
		s = cat(s, pick("Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest~" \
		    "Email This\nBlogThis!\nShare to Twitter\nShare to Facebook\nShare to Pinterest"))
		s = cat(s, "Labels: " lab)
		s = cat(s, "Newer Post Older Post Home\nSubscribe to: Post Comments (Atom)")
		if (rnd(2)) {
			s = cat(s, "Blog Archive\n" LI "▼  " Y " (" (3 + rnd(30)) ")\n" LI "▼  " month[M] " (" (1 + rnd(9)) ")")
			m = M; y = Y
			n = 2 + rnd(4)
			for (i = 0; i < n; i++) {
				if (--m < 1) { m = 12; y-- }
				s = s "\n" LI "►  " month[m] (y != Y ? " " y : "") " (" (1 + rnd(20)) ")"
			}
		}
		if (rnd(2)) s = cat(s, "About Me\n" lk(who) "\nView my complete profile")
		FOOT = cat(s, pick("Simple theme. Powered by Blogger.~Powered by Blogger.~Watermark theme. Theme images by " \
		    "Michael Elkan. Powered by Blogger."))
		return
	}
	s = cat(s, top6("Popular Posts~Featured post~Recent posts"))
	NAV = s
	HEAD = pick(month[M] " " d2(D) ", " Y "~" lk(who) "\n" month[M] " " d2(D) ", " Y)
	if (rnd(2)) HEAD = cat(HEAD, "Get link\nFacebook\nTwitter\nPinterest\nEmail\nOther Apps")
	s = "Labels\n" lk(lab)
	s = cat(s, "Get link\nFacebook\nTwitter\nPinterest\nEmail\nOther Apps")
	s = cat(s, c ? "Comments\n" c " comments" : "Comments\nPost a Comment")
	if (rnd(2)) s = cat(s, "Popular posts from this blog\n" related(heads6, 2, 3, 15, "long0", 1))
	s = cat(s, headlines("Archive~Labels~Report Abuse~About Me", 2, 4))
	FOOT = cat(s, "Powered by Blogger\nTheme images by Michael Elkan")
}

function univ6(    s, uni, dom, st, by, dl, sh, im, k, who, a6, b6) {
	k = rnd(5)
	split("Northfield State University~University of Westbrook~Calder College~Lakemont University~St. Brendan's University", a6, "~")
	split("nsu.edu~westbrook.ac.uk~calder.edu~lakemont.edu~stbrendans.ie", b6, "~")
	uni = a6[k + 1]; dom = b6[k + 1]
	s = some("Skip to main content~Skip to navigation~Apply~Visit~Give~Search~MyPortal~Directory~Quick Links", 3, 6)
	s = cat(s, uni)
	s = cat(s, pick("News~University News~Office of Communications~News and Events~Newsroom"))
	s = cat(s, some("Home~Research~Campus & Community~Arts & Culture~Health & Medicine~Science & Technology~" \
	    "Society & Policy~For the Media~Experts~Press Releases~Podcasts~Events~Subscribe", 4, 10))
	s = cat(s, top6("Latest News~Featured Stories~In the Spotlight"))
	NAV = cat(s, pick("Press Release~Research News~In the News~Campus News~Expert Comment~Global Affairs"))
	who = pick("Renee Castillo~Douglas Finch~Aisha Bello~Conor Walsh~Hye-jin Park")
	by = "By " lk(who) pick(", University Communications~, Office of Media Relations~, News Office~~")
	k = rnd(4)
	if (k == 0) dl = month[M] " " D ", " Y
	else if (k == 1) dl = dayname[W + 1] ", " month[M] " " D ", " Y
	else if (k == 2) dl = "Published: " D " " month[M] " " Y
	else dl = ap[M] " " D ", " Y " | Reading time: " (2 + rnd(6)) " minutes"
	st = rnd(3) ? standfirst(gen6) : ""
	sh = rnd(2) ? "Share:\n" shares6("Facebook~Twitter~LinkedIn~Email~Print", 2, 5) : ""
	im = rnd(2) ? pick(caps6) ". (Photo: " pick("University Photography~Courtesy photo~iStock~" lk(who)) ")" : ""
	HEAD = order("st by dl sh im~st dl by im sh~im st dl by sh", st, by, dl, sh, im)
	s = "Media Contact\n" who "\n" sprintf("(%d) 555-01%02d", 200 + rnd(700), rnd(100)) "\n" \
	    tolower(substr(who, 1, 1)) tolower(substr(who, index(who, " ") + 1)) "@" dom
	if (rnd(2)) s = cat(s, "Topics\n" some(tags6, 2, 5))
	if (rnd(2)) s = cat(s, "Related News\n" related(heads6, 1, 3, 15, pick("long~ap"), pick("0~1") + 0))
	if (rnd(2)) s = cat(s, "Get the " uni " news digest in your inbox every week.\nSubscribe")
	s = cat(s, some("Accessibility~Privacy~Non-Discrimination~Emergency Information~Careers~Contact Us~Report a Concern~" \
	    "Maps & Directions~Copyright", 3, 7))
	FOOT = cat(s, "© " Y " " uni)
}

function wire6(title,    s, org, city, st, dl, sh, h, mi, k, who) {
	org = pick("Global Relief Alliance~Harbor Point Capital~International Rescue Network~Meridian Health Systems~" \
	    "Northwind Energy Corp.~Civic Data Institute")
	city = pick("NEW YORK~LONDON~GENEVA~NAIROBI~SINGAPORE~TORONTO~WASHINGTON~BRUSSELS")
	who = pick("Dana Whitcombe~Leo Marsh~Priya Anand~Tom Okafor")
	h = 6 + rnd(13); mi = rnd(60)
	st = rnd(2) ? standfirst(gen6) : ""
	if (rnd(2)) {	# PR Newswire
		s = some("Skip to main content~Cision~Send a Release~Contact~Log In~Sign Up~Search~Journalists~My Services", 3, 6)
		s = cat(s, "PR Newswire")
		s = cat(s, some("News~Products~Contact~News in Focus~Business & Money~Science & Tech~Lifestyle & Health~" \
		    "Policy & Public Interest~People & Culture~Browse News Releases~All News Releases~All Public Company~" \
		    "English-only~News Releases Overview~Multimedia Gallery~Trending Topics", 5, 12))
		s = cat(s, top6("Trending News~Latest News Releases~Featured"))
		NAV = s
		dl = "News provided by\n" lk(org) "\n" abbr[M] " " d2(D) ", " Y ", " hm(h, mi) " ET"
		sh = rnd(2) ? "Share this article\n" some("Facebook~Twitter~LinkedIn~Email~Print", 2, 5) : ""
		HEAD = order("dl sh st~st dl sh", st, "", dl, sh)
		if (rnd(2)) BODY = city ", " ap[M] " " D ", " Y " /PRNewswire/ -- " BODY
		s = "SOURCE " org
		if (rnd(2)) s = cat(s, "Related Links\n" lk("http://www." tolower(substr(org, 1, index(org, " ") - 1)) ".org"))
		if (rnd(2)) s = cat(s, "Also from this source\n" related(heads6, 1, 3, 15, "prn", 1))
		if (rnd(2)) s = cat(s, "Explore\nMore news releases in similar topics\n" some(tags6, 2, 5))
		if (rnd(2)) s = cat(s, "You just read:\n" title "\nNews provided by\n" lk(org) "\n" abbr[M] " " d2(D) ", " Y ", " hm(h, mi) " ET")
		s = cat(s, some("Contact PR Newswire~Global Sites~Terms of Use~Privacy Policy~Information Security Policy~Site Map~" \
		    "RSS~Cookie Settings", 3, 7))
		FOOT = cat(s, "Copyright © " Y " Cision US Inc.")
		return
	}
	s = some("Business Wire~A Berkshire Hathaway Company~Home~Products & Services~Log In~Sign Up~Search~Contact Us", 3, 6)
	s = cat(s, "Newsroom")
	s = cat(s, some("All News~Industries~Subjects~Languages~Regions~Multimedia~Events", 3, 6))
	s = cat(s, top6("Latest News~Featured Releases~Most Viewed"))
	NAV = s
	dl = month[M] " " d2(D) ", " Y " " clock0(h, mi, "AM", "PM") " " \
	    pick((usdst(Y, M, D) ? "Eastern Daylight Time" : "Eastern Standard Time") "~" \
	    (ukdst(Y, M, D) ? "Central European Summer Time" : "Central European Standard Time") "~" \
	    (usdst(Y, M, D) ? "Eastern Daylight Time" : "Eastern Standard Time"))
	HEAD = cat(dl, st)
	if (rnd(2)) HEAD = cat(HEAD, some("Share~Tweet~LinkedIn~Email", 2, 4))
	if (rnd(2)) BODY = city "--(" "BUSINESS WIRE)--" BODY
	s = "Contacts\n" pick("Media:~Media Contact:~Press:") "\n" who "\n" org "\n" sprintf("+1 %d 555 01%02d", 200 + rnd(700), rnd(100))
	if (rnd(2)) s = cat(s, "Social Media Profiles\n" some("Twitter~LinkedIn~Facebook~YouTube", 2, 4))
	if (rnd(2)) s = cat(s, "More News From " org "\n" related(heads6, 1, 3, 15, "long", 0))
	s = cat(s, "Release Versions\nEnglish")
	if (rnd(2)) s = cat(s, "Back to Newsroom")
	s = cat(s, some("Privacy Statement~Terms of Use~Accessibility~Sitemap~Contact Us~Cookie Preferences", 2, 5))
	FOOT = cat(s, "© " Y " Business Wire")
}

function six(title,    k) {
	k = rnd(15)
	if (k == 0) cbs6()
	else if (k == 1) usat6()
	else if (k == 2) lat6()
	else if (k == 3) toi6()
	else if (k == 4) irish6()
	else if (k == 5) dw6()
	else if (k == 6) f24_6()
	else if (k == 7) scmp6()
	else if (k == 8) smh6()
	else if (k == 9) cbc6()
	else if (k == 10) euronews6()
	else if (k == 11) ghost6()
	else if (k == 12) blogger6()
	else if (k == 13) univ6()
	else wire6(title)
	if (rnd(6) == 0) NAV = cat(NAV, "Advertisement")
	if (rnd(4) == 0) banner(consent6(), 3, 30)
	fit("Menu~Search~Close~Open navigation~Toggle menu~Back to top~Share~Sign in")
}

# Variant 6's layouts: innerText or copy-paste (lines as they come, blank
# lines around paragraphs, or a blank line between all), lynx -dump
# -nolist (3 spaces in, lists "     * ", wrapped at 77 to 79 columns),
# w3m -dump (flush left, lists "  • ", rows of links on one line, wrapped
# at 79 or 80) and a naive HTML-to-text converter (each link's text on a
# line of its own, block elements between blank lines).  The title stays
# on one line.

function unlink6(s, naive) {	# LK: link texts on their own lines, or not
	if (!naive) { gsub(LK, "", s); return s }
	gsub(" *" LK " *", "\n", s)
	while (s ~ /\n\n/) gsub(/\n\n/, "\n", s)
	sub(/^\n/, "", s); sub(/\n$/, "", s)
	return s
}
function text6(s, blanks,    a, n, i, out, t, k, was) {	# lines as innerText gives them; blanks 0 none, 1 some, 2 all
	n = split(s, a, "\n"); out = ""; was = 0
	for (i = 1; i <= n; i++) {
		t = substr(a[i], 1, 1)
		k = t == LI || t == LC
		if (k) a[i] = substr(a[i], 2)
		if (i > 1) out = out (blanks == 2 || (blanks == 1 && !(k && was) && (width(a[i]) > 50 || rnd(4) == 0)) ? "\n\n" : "\n")
		out = out a[i]; was = k
	}
	return out
}
function dump6(s, w3m, cols,    a, n, i, out, t, k, was, line, row, sep, ind, li1, li2) {	# as lynx or w3m prints it
	ind = w3m ? "" : "   "
	li1 = w3m ? "  • " : "     * "
	li2 = w3m ? "    " : "       "
	n = split(s, a, "\n"); out = ""; was = ""
	for (i = 1; i <= n; i++) {
		t = substr(a[i], 1, 1)
		if (t == LI && was != "li" && substr(a[i + 1], 1, 1) == LI && substr(a[i + 2], 1, 1) != LC && rnd(w3m ? 3 : 6) == 0) {
			sep = pick("  ~ | ~ · ~   ")	# a row of links
			row = substr(a[i], 2)
			while (i < n && substr(a[i + 1], 1, 1) == LI && substr(a[i + 2], 1, 1) != LC) row = row sep substr(a[++i], 2)
			line = fill(row, ind, ind, cols); k = "p"
		} else if (t == LI) { line = fill(substr(a[i], 2), li1, li2, cols); k = "li" }
		else if (t == LC) { line = fill(substr(a[i], 2), li2, li2, cols); k = "lc" }
		else { line = fill(a[i], ind, ind, cols); k = "p" }
		if (out != "") out = out (k == "lc" || (k == "li" && was != "p") || (k == "p" && was == "p" && rnd(3) == 0) ? "\n" : "\n\n")
		out = out line; was = k
	}
	return out
}
function dumped(title, nv, hd, ft, w3m,    cols) {	# the page as lynx -dump -nolist or w3m -dump prints it
	cols = w3m ? 79 + rnd(2) : 77 + rnd(3)
	return stack(dump6(nv, w3m, cols), title, dump6(hd, w3m, cols), wrapped(w3m ? "" : "   ", cols), dump6(ft, w3m, cols))
}
# the page as innerText or copy-paste gives it, top above NAV: blanks 0
# one line a paragraph, 1 blank lines around paragraphs and some others,
# 2 a blank line between all, 3 copy-paste (around paragraphs, maybe
# before the title and in HEAD)
function inner(title, top, nv, hd, ft, blanks) {
	if (blanks == 0)
		return cat(cat(cat(cat(cat(top, text6(nv, 0)), title), text6(hd, 0)), BODY), text6(ft, 0))
	if (blanks == 3)
		return join(cat(cat(top, rnd(2) ? text6(nv, 0) "\n" : text6(nv, 0)), title), join(join(text6(hd, rnd(2)), spaced(BODY)), text6(ft, 1)))
	return stack(cat(top, text6(nv, blanks)), title, text6(hd, blanks), spaced(BODY), text6(ft, blanks))
}
function layout6(title,    mode, nv, hd, ft) {
	mode = rnd(10)
	nv = unlink6(NAV, mode == 9); hd = unlink6(HEAD, mode == 9); ft = unlink6(FOOT, mode == 9)
	if (mode >= 5 && mode <= 8)	# lynx, w3m
		return dumped(title, nv, hd, ft, mode >= 7)
	if (mode == 9)	# the naive converter
		return inner(title, "", nv, hd, ft, 1)
	# one line a paragraph (0, 1), a blank line between all (2), copy-paste
	return inner(title, "", nv, hd, ft, mode <= 1 ? 0 : mode == 2 ? 2 : 3)
}

# Variant 7's sites: the Telegraph, Sky News, the Financial Times, the
# Economist, Le Monde in English, the Japan Times, the Straits Times, the
# Globe and Mail, the Chicago Tribune, the Boston Globe, HuffPost (US and
# UK), BuzzFeed News, Vox, the Verge, the Atlantic, Axios, Ars Technica,
# Slate, a Drupal city newsroom, a Joomla regional news site, a Wix and a
# Squarespace site, a news aggregator and a Reddit-like link page, in
# words written fresh.  Besides NAV, HEAD and FOOT each sets what the
# other extractions need: the site's <title> suffix (TS), its host (DOM)
# and the page's address (URL), the author (BYN), the dateline (DLX) and
# a meta published time (ISOT).  HD marks a heading line, BO brackets
# bold text, CP marks a photo's caption (an image before it in Markdown).
# Every date before the body is the article's day; other days come only
# after it (the Economist's print edition may be a later one).

function bo(s) { return BO s BO }
function slug7(s) {	# "Some Title, here" -> "some-title-here"
	s = tolower(s)
	gsub(/[^a-z0-9]+/, "-", s)
	sub(/^-/, "", s); sub(/-$/, "", s)
	return s
}
function host7(s) { s = slug7(s); gsub(/-/, "", s); return s }	# "The Harbour Post" -> "theharbourpost"
function isot7(h, mi, off) { return Y "-" d2(M) "-" d2(D) "T" d2(h) ":" d2(mi) ":" d2(rnd(60)) off }
function site7(ts, dom, path) { TS = ts; DOM = dom; URL = "https://" dom path }
function dlx(by, dl) {	# the dateline, links unmarked; the byline when the dateline ran into it
	if (dl == "") dl = by
	gsub(LK, "", dl)
	return dl
}
function hex7(k,    s) {
	s = ""
	while (k-- > 0) s = s substr("0123456789abcdef", 1 + rnd(16), 1)
	return s
}
function top7(labels, forms,    s) {	# as top6, the label a heading; variant 7 in its own forms, 8 to 11 in forms
	if (variant == 7) s = above(labels, heads7, 6, "plain~under~prefix~num0", src7, "Live ~Analysis ~~~Exclusive ~~")
	else if (variant == 8) s = above(labels, heads8, 5, forms, src8, "LIVE: ~WATCH: ~~~EXCLUSIVE: ~")
	else if (variant == 9) s = above(labels, heads9, 5, forms, src9, "LIVE: ~VIDEO: ~~~Analysis: ~")
	else if (variant == 10) s = above(labels, heads10, 5, forms, src10, "LIVE: ~WATCH: ~~~ANALYSIS: ~")
	else s = above(labels, heads11, 5, forms, src11, "LIVE: ~VIDEO: ~~~OPINION: ~")
	return s == "" ? "" : HD s
}
function consent7(    k) {	# a cookie or privacy notice, its text and its buttons
	k = rnd(3)
	if (k == 0)	# not ask(): the partners are counted after the title is drawn
		return pick("Cookie consent~Manage your privacy~We use cookies~Privacy preference centre~Help us improve your experience") "\n" \
		    pick("We and our " (120 + rnd(800)) " partners use cookies and related technologies to keep this site secure, " \
		    "remember your choices, see how the site is used and show you adverts that suit you.~" \
		    "If you agree, we will also use information about your visit to tailor what you see here and on other sites. " \
		    "You can change your mind at any time.~" \
		    "Select \"Accept\" to agree, or \"Options\" to choose in more detail, including refusing some or all purposes.") "\n" \
		    some("Accept~Accept and continue~Options~Manage settings~Reject non-essential~Partners~Legitimate interest~Save and exit", 2, 4)
	if (k == 1)
		return pick("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.~" \
		    "We use cookies to understand how you use this site and to improve it. By carrying on you accept them.~" \
		    "We have revised our privacy statement. Take a minute to read what has changed.") "\n" \
		    pick("Accept and close~Close~Read it~Fine by me~×")
	return ask("Do you accept cookies from us and our partners?~Your data, your choice",
	    "Cookies help us run the site, measure its audience and fund our journalism through advertising.~" \
	    "Some partners process data on the basis of legitimate interest; you can object in the settings.",
	    "Yes, I accept~No, thanks~Customise~See our cookie policy", 3)
}
function mins7(    w, n, lo) {	# a reader view's reading time, "3–4 minutes"
	n = split(BODY, w, /[ \n]+/)
	lo = int(n / 260)
	if (lo < 1) return pick("1 minute~1–2 minutes")
	return lo "–" (lo + 1 + int(lo / 6)) " minutes"
}

function tel7(title,    s, who, by, dl, st, sh, im, h, mi, k, sec) {
	sec = pick("World News~News~Global Health Security~Science~UK News")
	site7(pick(" | The Telegraph~~ - The Telegraph"), "www.telegraph.co.uk", "/" slug7(sec) "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
	s = some("Skip to content~Open navigation menu~Search~Subscribe now~Log in~My Account", 2, 4)
	s = cat(s, "The Telegraph")
	if (rnd(3) == 0) s = cat(s, pick("Your first month is free\nSubscribe now~Read without limits. Try it free for one month~" \
	    "Limited offer: half price for three months"))
	s = cat(s, some("News~Sport~Business~Money~Opinion~Travel~Health~Lifestyle~Culture~Puzzles~Podcasts~Telegraph Tickets~" \
	    "Wine~Gardening~Obituaries", 6, 12))
	s = cat(s, some("UK news~Politics~World~Health news~Defence~Science~Education~Environment~Investigations~Royals", 2, 6))
	s = cat(s, top7("Latest~Editor's choice~Trending"))
	NAV = cat(s, pick(sec "~" toupper(sec) "~" sec "\nPremium"))
	who = pick("Tobias Kerr~Harriet Ashcombe~Rupert Hale~Nadia Petrenko~Callum Forbes~Imogen Pryce")
	by = pick("By " lk(who) pick(", Moscow Correspondent~, Senior Foreign Correspondent~, Science Editor~, in Berlin~") "~" \
	    lk(who) "\n" pick("Foreign Correspondent~World Affairs Editor~Deputy Foreign Editor") "~" \
	    "By " pick("Telegraph Reporters~Our Foreign Staff~Telegraph reporters and agencies"))
	h = 6 + rnd(17); mi = rnd(60)
	k = rnd(3)
	if (k == 0) dl = D " " month[M] " " Y " • " clk(h, mi)
	else if (k == 1) dl = D " " toupper(month[M]) " " Y " • " toupper(clk(h, mi))
	else dl = D " " month[M] " " Y " • " clk(h, mi) "\n" pick("Follow~Related Topics~Premium")
	BYN = who; DLX = dl; ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+01:00" : "+00:00")
	st = rnd(3) ? standfirst(gen7) : ""
	sh = rnd(2) ? some("Share~Comment~Gift this article free~Save~Follow", 2, 4) : ""
	im = rnd(2) ? CP cap(caps7, credits7, " Credit: @") : ""
	HEAD = order("st im by dl sh~st by dl sh im~st by dl im", st, by, dl, sh, im)
	if (rnd(2)) insert("Advertisement", 2 + rnd(3))
	if (rnd(3) == 0) insert("Read more: " pick(heads7), 3 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = pick("Additional reporting by agencies~Protect yourself and your family by learning more about Global Health Security")
	TAGX = "Related Topics\n" some(tags7, 2, 5)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD "Join the conversation\n" (rnd(400)) " comments\n" \
	    pick("Show comments~We ask that comments stay on topic, civil and free of personal attacks. Read our community rules."))
	if (rnd(2)) s = cat(s, HD "More stories\n" related(heads7, 2, 4, 18, "uk", 0))
	s = cat(s, some("Contact us~About us~Rewards~Archive~Reader Prints~Branded Content~Syndication and Commissioning~Guidelines~" \
	    "Privacy~Terms and Conditions~Advertising terms~Fantasy Sport~Voucher codes~Manage Cookies", 4, 9))
	FOOT = cat(s, "© Telegraph Media Group Limited " Y)
}

function sky7(title,    s, who, by, dl, st, sh, im, h, mi) {
	site7(pick(" | World News | Sky News~ | Sky News~ | UK News | Sky News"), "news.sky.com", "/story/" slug7(title) "-" (11500000 + rnd(100000)))
	s = some("Skip to content~Sky News - back to home~Watch Live~Sky~Sign in", 2, 4)
	s = cat(s, some("Home~UK~World~Politics~US~Climate~Science & Tech~Business~Ents & Arts~Travel~Offbeat~Analysis~" \
	    "Data & Forensics~Videos~Weather~Sky News Daily", 6, 13))
	if (rnd(3) == 0) s = cat(s, HD "BREAKING\n" pick(heads7))
	if (rnd(4) == 0) s = cat(s, "Watch Sky News live\n" pick("Live~Now: The latest from Westminster~Now: World news"))
	s = cat(s, top7("Trending~Top Stories~Most Read"))
	NAV = cat(s, pick("World~UK~Politics~Science & Tech~Climate"))
	who = pick("Amelia Thorne~Marcus Oyelaran~Dominic Waite~Priya Khatri~Sean Gallagher~Evie Marchbank")
	by = lk(who) pick(", news reporter~, international affairs editor~, Europe correspondent~, science and technology reporter~")
	if (rnd(2)) by = by "\n@" tolower(substr(who, 1, index(who, " ") - 1)) tolower(substr(who, index(who, " ") + 1)) pick("~Sky~news")
	if (rnd(4) == 0) by = pick("News reporter~Sky News") "\n" pick("Sky News~News reporter")
	h = rnd(24); mi = rnd(60)
	dl = dayname[W + 1] " " D " " month[M] " " Y " " hm(h, mi) ", UK"
	if (rnd(4) == 0) dl = dl "\nWhy you can trust Sky News"
	BYN = who; DLX = dl; ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+01:00" : "+00:00")
	st = rnd(3) ? standfirst(gen7) : ""
	sh = rnd(2) ? some("Share~Facebook~X~Email~Copy link~WhatsApp", 2, 4) : ""
	im = rnd(2) ? CP "Image: " pick(caps7) pick(". Pic: ~. Pic: ~ Pic: ") pick("AP~Reuters~PA~EPA~AFP~Sky News") : ""
	HEAD = order("st by dl im sh~st im by dl sh~st by dl sh", st, by, dl, sh, im)
	if (rnd(2)) insert("Read more:\n" headlines(heads7, 1, 3), 2 + rnd(4))
	if (rnd(3) == 0) insert("Please use Chrome browser for a more accessible video player\n" pick(caps7), 1 + rnd(3))
	s = ""
	TAGX = "Related Topics\n" some(tags7, 1, 4)
	if (rnd(2)) s = TAGX
	if (rnd(3) == 0) s = cat(s, HD "Sky News Daily podcast\nListen on Apple Podcasts, Google Podcasts, Spotify, Spreaker")
	if (rnd(2)) s = cat(s, HD pick("More from World~More from UK~Top Stories") "\n" related(heads7, 2, 4, 18, "ukday", 0))
	s = cat(s, some("About Sky News~About Us~Sky News International~Sky News Library Sales~Terms & Conditions~" \
	    "Privacy & Cookies~Privacy Options~Accessibility~Contact Us~Advertise", 4, 9))
	FOOT = cat(s, "© " Y " Sky UK")
}

function ft7(title,    s, who, by, dl, st, sh, im, h, mi, pw) {
	site7(pick(" | Financial Times~ | FT.com~"), "www.ft.com", "/content/" hex7(8) "-" hex7(4) "-11e9-" hex7(4) "-" hex7(12))
	s = some("Accessibility help~Skip to navigation~Skip to content~Skip to footer", 2, 4)
	s = cat(s, some("Sign In~Subscribe~Open side navigation menu~Open search bar", 2, 4))
	s = cat(s, "Financial Times")
	if (rnd(2)) s = cat(s, "myFT")
	s = cat(s, some("Home~World~US~Companies~Tech~Markets~Climate~Opinion~Lex~Work & Careers~Life & Arts~HTSI", 5, 11))
	if (rnd(3) == 0) s = cat(s, "FTSE 100\n" (6500 + rnd(900)) "." d2(rnd(100)) "\n" pick("+~-") rnd(2) "." d2(rnd(100)) "%" \
	    "\nS&P 500\n" (2400 + rnd(500)) "." d2(rnd(100)) "\n" pick("+~-") rnd(2) "." d2(rnd(100)) "%")
	pw = "Subscribe to unlock this article\nTry unlimited access\nOnly $1 for 4 weeks\nThen $" (59 + rnd(20)) \
	    " per month. Full digital access to FT journalism on any device. Cancel any time during your trial."
	if (rnd(4) == 0) s = cat(s, pw)
	s = cat(s, top7("Top stories~Most read~Latest on this topic"))
	NAV = cat(s, pick("Natural disasters~Russia~European politics~Global health~Africa~Asia-Pacific~Space"))
	who = pick("Hugo Brandt~Eleanor Stagg~Kazuo Ishimaru~Anjali Mehra~Lukas Vogel~Daniel Okonkwo")
	by = pick(lk(who) " in " pick("Moscow~London~Brussels~Tokyo~Nairobi~Washington") "~" lk(who) "~" lk(who) " and " lk(pick("Sarah Lind~Tom Aske")))
	dl = month[M] " " D " " Y
	h = 5 + rnd(16); mi = rnd(60)
	if (rnd(3) == 0) dl = month[M] " " D " " Y pick("~\nSave~\nPrint this page")
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "Z")
	st = rnd(2) ? standfirst(gen7) : ""
	sh = rnd(2) ? some("Add to myFT~Save~Share on X~Share on Facebook~Share on LinkedIn~Print this page~Gift this article", 2, 5) : ""
	im = rnd(2) ? CP cap(caps7, credits7, " © @") : ""
	HEAD = order("st by dl im sh~st im by dl sh~st sh dl by im", st, by, dl, sh, im)
	s = ""
	if (rnd(3) == 0) s = pick("Additional reporting by Sarah Lind~Video: " pick(heads7))
	s = cat(s, "Copyright The Financial Times Limited " Y ". All rights reserved.")
	if (rnd(2)) s = cat(s, "Reuse this content\nComments\nJump to comments section")
	TAGX = "Follow the topics in this article\n" some(tags7, 2, 5)
	if (rnd(2)) s = cat(s, TAGX "\nAdd to myFT")
	if (rnd(3) == 0) s = cat(s, pw)
	if (rnd(2)) s = cat(s, HD pick("Promoted Content~Latest on World~More from the FT") "\n" related(heads7, 2, 4, 18, "ft", 0))
	s = cat(s, some("Useful links~Support~View Site Tips~Help Centre~Contact Us~About Us~Accessibility~myFT Tour~Careers~" \
	    "Legal & Privacy~Terms & Conditions~Privacy Policy~Cookie Policy~Manage Cookies~Copyright~Slavery Statement & Policies", 4, 10))
	FOOT = cat(s, "Markets data delayed by at least 15 minutes. © THE FINANCIAL TIMES LTD " Y ". FT and 'Financial Times' " \
	    "are trademarks of The Financial Times Ltd.")
}

function econ7(title,    s, sec, fly, dl, st, im, k, wk) {
	sec = pick("Europe~International~Asia~The Americas~Middle East & Africa~Science & technology~China")
	fly = pick("Rubble and recrimination~After the blast~Counting the cost~A grim tally~Cold comfort~Aftershocks~Digging out")
	site7(pick(" | The Economist~~ - The Economist"), "www.economist.com", "/" slug7(sec) "/" Y "/" d2(M) "/" d2(D) "/" slug7(title))
	s = some("Skip to content~Subscribe~Log in~Weekly edition~The world in brief~Search~Menu", 3, 6)
	s = cat(s, "The Economist")
	s = cat(s, some("Current topics~Leaders~Briefing~United States~The Americas~Asia~China~Middle East & Africa~Europe~Britain~" \
	    "International~Business~Finance & economics~Science & technology~Culture~Obituary~Graphic detail", 5, 12))
	if (rnd(3) == 0) s = cat(s, pick("Subscribe for $1 a week~Get 12 weeks for £12~Introductory offer: 50% off") "\nSubscribe")
	s = cat(s, top7("The world in brief~Most popular~From the weekly edition"))
	k = rnd(3)
	if (k == 0) NAV = cat(s, sec " | " fly)
	else if (k == 1) NAV = cat(s, sec "\n" fly)
	else NAV = cat(s, fly)
	dl = abbr[M] " " ord(D) " " Y
	k = rnd(3)
	if (k == 0) dl = dl " | " pick("MOSCOW~BERLIN~NEW DELHI~NAIROBI~LIMA~JAKARTA~ROME")
	else if (k == 1) dl = dl " | " pick("Moscow~Berlin~New Delhi~Nairobi~Lima~Jakarta~Rome") " | " (3 + rnd(5)) " min read"
	BYN = ""; DLX = dl; ISOT = isot7(rnd(24), rnd(60), "Z")
	st = rnd(5) ? standfirst(gen7) : ""
	im = rnd(3) == 0 ? CP cap(caps7, credits7, pick(" (@)~\n@")) : ""
	HEAD = rnd(2) ? cat(cat(cat(st, im), dl), rnd(2) ? "Share" : "") : cat(cat(st, dl), im)
	wk = 6 - W
	shift(wk)
	s = "This article appeared in " (sec ~ /^The / ? "" : "the ") sec " section of the print edition under the headline \"" fly "\""
	if (rnd(2)) s = cat(s, "From the " month[SM] " " ord(SD) " " SY " edition\nDiscover stories from this section and more in the list of contents\nExplore the edition")
	if (rnd(2)) s = cat(s, "Reuse this content\nThe Trust Project")
	TAGX = ""
	if (rnd(2)) s = cat(s, HD "More from " sec "\n" related(heads7, 2, 3, 18, "econ", 0))
	if (rnd(3) == 0) s = cat(s, "Subscribe to The Economist today\nSubscribe")
	s = cat(s, some("Keep updated~Published since September 1843~The Economist~About~Advertise~Press centre~The Economist Group~" \
	    "Careers~Terms of Use~Privacy~Cookie Policy~Manage Cookies~Accessibility~Modern Slavery Statement~Sitemap", 4, 9))
	FOOT = cat(s, "Copyright © The Economist Newspaper Limited " Y ". All rights reserved.")
}

function lemonde7(title,    s, sec, who, by, dl, st, sh, im, h, mi, h2, k, ap2) {
	sec = pick("International~Europe~Asia and Pacific~Africa~Americas~Environment~Science")
	site7(pick(" - Le Monde~~ | Le Monde.fr"), "www.lemonde.fr", "/en/" slug7(sec) "/article/" Y "/" d2(M) "/" d2(D) "/" \
	    slug7(title) "_" (6000000 + rnd(900000)) "_4.html")
	s = some("Skip to main content~Search~Menu~Subscribe~Log in~Français~Español", 3, 5)
	s = cat(s, pick("Le Monde~Le Monde in English~Le Monde\nin English"))
	s = cat(s, some("International~France~Politics~Economy~Environment~Culture~Lifestyle~Opinion~Videos~M Le Mag~Pixels~Science", 5, 10))
	if (rnd(3) == 0) s = cat(s, "Subscribers only\n" pick("Read Le Monde in English without limits~Enjoy unlimited access to all our articles"))
	s = cat(s, top7("Most read~Latest~Le Monde's selection"))
	NAV = cat(s, sec)
	who = pick("Clémence Ardant~Benoît Vidal~Hélène Sauvage~Rémi Carpentier~Isabelle Mourot")
	by = pick("Le Monde with AFP~Le Monde with AP~By " lk(who) pick(" (Moscow, correspondent)~ (Brussels, correspondent)~ (Rome, correspondent)~") \
	    "~By " lk(who))
	h = 6 + rnd(14); mi = rnd(60); h2 = h + 1 + rnd(23 - h)
	ap2 = "Published on " month[M] " " D ", " Y ", at " ptclock(h, mi, ":", " am", " pm") " (Paris)"
	k = rnd(3)
	if (k == 0) dl = ap2
	else if (k == 1) dl = ap2 ", updated at " ptclock(h2, rnd(60), ":", " am", " pm")
	else dl = ap2 "\nTime to read " (2 + rnd(6)) " min."
	if (rnd(3) == 0) dl = dl "\nLire en français"
	BYN = who; DLX = dl; ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+02:00" : "+01:00")
	st = rnd(4) ? standfirst(gen7) : ""
	sh = rnd(2) ? some("Share~Facebook~X~LinkedIn~Email~Copy link~Gift an article", 2, 5) : ""
	im = rnd(2) ? CP cap(caps7, credits7, pick(" (@)~. ^~. Photo: @")) : ""
	HEAD = order("st im by dl sh~st by dl sh im", st, by, dl, sh, im)
	if (rnd(3) == 0) { insert("Read more " pick("~Subscribers only ") pick(heads7), 2 + rnd(3)) }
	s = pick("~" lk(who) "~Le Monde with AFP")
	if (rnd(2)) s = cat(s, "Translation of an article originally published in French on lemonde.fr; the publisher may only be " \
	    "liable for the French version.")
	if (rnd(3) == 0) s = cat(s, "Article reserved for subscribers\nSubscribe to read the rest")
	if (rnd(2)) s = cat(s, HD "Read more\n" related(heads7, 2, 3, 18, "long", 0))
	s = cat(s, some("Le Monde Group~Legal notice~Privacy policy~Terms of use~Cookie settings~Help~Contact~Advertise~Le Monde in English", 3, 7))
	FOOT = cat(s, "© Le Monde " Y)
}

function jt7(title,    s, who, by, dl, st, sh, im, k, sec) {
	sec = pick("WORLD~NATIONAL~ASIA PACIFIC~SCIENCE~WORLD / Politics")
	site7(pick(" - The Japan Times~ | The Japan Times"), "www.japantimes.co.jp", "/news/" Y "/" d2(M) "/" d2(D) "/world/" slug7(title) "/")
	s = some("Skip to main content~Subscribe~Newsletter~Log in~Search~Menu~日本語", 2, 5)
	s = cat(s, "The Japan Times")
	if (rnd(3) == 0) s = cat(s, pick("TOKYO~OSAKA") "\n" (rnd(15) + 2) "°C")
	s = cat(s, some("News~Japan~Business~Asia Pacific~World~Opinion~Life~Sports~Community~Culture~Podcasts~Videos~Deep Dive~Events", 5, 11))
	s = cat(s, top7("LATEST NEWS~MOST READ~EDITORS' PICKS"))
	NAV = cat(s, sec)
	who = pick("Yuki Hasegawa~Daniel Leary~Mari Okamoto~Kenta Fujii~Natalie Brook")
	k = rnd(4)
	if (k == 0) by = "by " lk(who) "\nStaff writer"
	else if (k == 1) by = pick("KYODO~JIJI~AFP-JIJI~KYODO, AFP-JIJI~REUTERS")
	else if (k == 2) by = "by " lk(who) "\nContributing writer"
	else by = "STAFF REPORT"
	dl = abbr[M] " " D ", " Y
	if (rnd(2)) dl = pick("Article history\nPUBLISHED: " dl "~" dl "~" toupper(abbr[M]) " " D ", " Y)
	BYN = who; DLX = dl; ISOT = isot7(rnd(24), rnd(60), "+09:00")
	st = rnd(3) ? "" : standfirst(gen7)
	sh = rnd(2) ? "Share/Print\n" some("X~Facebook~LinkedIn~Reddit~Pocket~Email~Print~Gift this article", 2, 6) : ""
	im = rnd(2) ? CP cap(caps7, credits7, pick(" (@)~ (@)")) : ""	# one form, but drawn: the pages stay as they were
	HEAD = order("st dl by sh im~st im by dl sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("RELATED STORIES\n" headlines(heads7, 1, 2), 3 + rnd(3))
	s = ""
	if (rnd(2)) s = "In a time of both misinformation and too much information, quality journalism matters more than ever.\n" \
	    "By subscribing, you can help us get the story right.\nSUBSCRIBE NOW"
	TAGX = "KEYWORDS\n" some(tags7, 2, 5)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD "RELATED STORIES\n" related(heads7, 1, 3, 18, "abbr", 0))
	if (rnd(3) == 0) s = cat(s, HD "LATEST NEWS\n" headlines(heads7, 2, 4))
	s = cat(s, some("About us~Contact us~Advertise~Careers~Privacy policy~Terms of use~Cookie policy~FAQ~Sitemap~Newsletters", 3, 8))
	FOOT = cat(s, "THE JAPAN TIMES LTD. ALL RIGHTS RESERVED.")
}

function st7(title,    s, who, by, dl, st, sh, im, h, mi, h2, k, city) {
	site7(pick(" | The Straits Times~ - The Straits Times"), "www.straitstimes.com", "/world/" pick("europe~asia~united-states~australianz~middle-east") "/" slug7(title))
	s = some("Skip to main content~Subscribe~Log in~E-paper~Newsletters~Search~Menu", 2, 5)
	s = cat(s, "The Straits Times")
	s = cat(s, some("Singapore~Asia~World~Opinion~Life~Business~Tech~Sport~Videos~Podcasts~Multimedia~ST Digital Edition", 5, 10))
	if (rnd(3) == 0) s = cat(s, "STI\n" (3000 + rnd(300)) "." d2(rnd(100)) "\n" pick("+~-") rnd(2) "." d2(rnd(100)) "%")
	s = cat(s, top7("Top stories~Latest~Most popular~Recommended"))
	NAV = cat(s, pick("World~Europe~Asia~United States~Middle East~Australia/NZ"))
	who = pick("Lim Wei Ling~Tan Hui Min~Nirmal Ghosh~Rachel Koh~Arvind Pillai~Chua Mei Xin")
	k = rnd(3)
	if (k == 0) by = lk(who) "\n" pick("Europe Correspondent~Indochina Bureau Chief~Senior Correspondent~Assistant Foreign Editor")
	else if (k == 1) by = ""
	else by = lk(who)
	h = 6 + rnd(16); mi = rnd(60); h2 = h + rnd(24 - h)
	k = rnd(3)
	if (k == 0) dl = "Published " abbr[M] " " D ", " Y ", " ptclock(h, mi, ":", " am", " pm") " SGT"
	else if (k == 1) dl = "Updated\n" abbr[M] " " D ", " Y ", " ptclock(h2, rnd(60), ":", " am", " pm") "\nPublished\n" \
	    abbr[M] " " D ", " Y ", " ptclock(h, mi, ":", " am", " pm")
	else dl = abbr[M] " " D ", " Y ", " ptclock(h, mi, ":", " am", " pm") " SGT"
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+08:00")
	st = rnd(3) ? standfirst(gen7) : ""
	sh = rnd(2) ? some("Facebook~WhatsApp~Telegram~X~Email~Gift this article~Share", 2, 5) : ""
	im = rnd(2) ? CP cap(caps7, credits7, pick(". Photo: @~ (@)")) : ""
	HEAD = order("im st dl by sh~st by dl sh im", st, by, dl, sh, im)
	if (rnd(4) == 0) {
		city = pick("MOSCOW~LONDON~PARIS~BERLIN~NEW YORK~WASHINGTON~SYDNEY")
		BODY = city " (" pick("AFP~REUTERS~NYTIMES~BLOOMBERG") ") - " BODY
	}
	if (rnd(3) == 0) insert("READ MORE HERE\n" headlines(heads7, 1, 2), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Join ST's Telegram channel and get the latest breaking news delivered to you."
	TAGX = "Topics:\n" some(tags7, 2, 4)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("More on this Topic~Related Stories") "\n" related(heads7, 1, 3, 18, "abbr", 0))
	if (rnd(3) == 0) s = cat(s, "Source: The Straits Times © SPH Media Limited. Permission required for reproduction.")
	s = cat(s, some("About Us~Contact Us~Advertise with Us~Terms & Conditions~Privacy Policy~Data Protection Policy~Need Help?~Sitemap", 3, 7))
	FOOT = cat(s, "Copyright © " Y " Singapore Press Holdings Ltd. All rights reserved.")
}

function globe7(title,    s, who, by, dl, st, sh, im, k, city) {
	site7(pick(" - The Globe and Mail~"), "www.theglobeandmail.com", "/world/article-" slug7(title) "/")
	s = some("Skip to main content~The Globe and Mail~Subscribe~Log In~Search~Menu", 2, 5)
	s = cat(s, some("Canada~World~Business~Investing~Personal Finance~Opinion~Politics~Sports~Life~Arts~Drive~Real Estate~Podcasts", 5, 10))
	if (rnd(3) == 0) s = cat(s, "TSX\n" (14000 + rnd(2000)) "." d2(rnd(100)) "\n" pick("+~-") rnd(2) "." d2(rnd(100)) "%")
	if (rnd(4) == 0) s = cat(s, "You are reading a free article\nSubscribe for unlimited access")
	s = cat(s, top7("Most popular~Latest news~Top stories"))
	NAV = cat(s, pick("WORLD~World~EUROPE~ASIA PACIFIC~AFRICA~CANADA"))
	who = pick("Marc Desrosiers~Alison Tremblay~Ian Kwong~Sabrina Patel~Geoffrey York-Dunn")
	city = pick("London~Moscow~Beijing~Johannesburg~Berlin~Washington")
	k = rnd(3)
	if (k == 0) by = lk(who) "\n" pick("Europe Correspondent~Asia Correspondent~Africa Bureau Chief~International Affairs Reporter") "\n" city
	else if (k == 1) by = pick("The Associated Press~Reuters~The Canadian Press~Agence France-Presse") "\n" city
	else by = lk(who) "\n" city
	k = rnd(3)
	if (k == 0) dl = "Published " month[M] " " D ", " Y
	else if (k == 1) dl = "Updated " month[M] " " D ", " Y
	else dl = "Published " month[M] " " D ", " Y "\nFor Subscribers"
	BYN = who; DLX = dl; ISOT = isot7(rnd(24), rnd(60), usdst(Y, M, D) ? "-04:00" : "-05:00")
	st = rnd(3) ? "" : standfirst(gen7)
	sh = rnd(2) ? some("Comments~Print~Share~Text Size~Bookmark~Gift this article", 2, 5) : ""
	im = rnd(2) ? "Open this photo in gallery:\n" CP cap(caps7, credits7, ". ^") : ""
	HEAD = order("st by dl sh im~st im by dl sh", st, by, dl, sh, im)
	if (rnd(2)) insert("Story continues below advertisement", 2 + rnd(3))
	if (rnd(3) == 0) insert("Story continues below advertisement", 6 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = "With reports from " pick("The Associated Press~Reuters~Agence France-Presse")
	if (rnd(2)) s = cat(s, "Sign up for the " pick("Morning Update~Evening Update~World Insider") " newsletter\nSign Up")
	if (rnd(2)) s = cat(s, "Report an editorial error\nReport a technical issue\nEditorial code of conduct")
	if (rnd(2)) s = cat(s, HD "Related stories\n" related(heads7, 1, 3, 18, "long", 0))
	if (rnd(3) == 0) s = cat(s, "Comments\nWelcome to The Globe and Mail's comment community. Subscribers can take part; everyone can read.")
	s = cat(s, some("Customer Help~Contact Us~Accessibility~Terms & Conditions~Privacy Policy~Disclaimer~Globe Careers~Advertise", 3, 7))
	FOOT = cat(s, "© Copyright " Y " The Globe and Mail Inc. All rights reserved.")
}

function trib7(title,    s, who, by, dl, st, sh, im, h, mi, h2, k, tz, mng) {
	site7(pick(" – Chicago Tribune~ - Chicago Tribune~"), "www.chicagotribune.com",
	    "/nation-world/ct-" slug7(title) "-" Y d2(M) d2(D) "-story.html")
	s = some("Skip to content~Subscribe~Log in~Sections~Search~Manage Account", 2, 5)
	s = cat(s, "Chicago Tribune")
	if (rnd(3) == 0) s = cat(s, pick("Chicago, IL~Evanston, IL") "\n" (10 + rnd(70)) "°")
	s = cat(s, some("Latest Headlines~News~Sports~Business~Opinion~Entertainment~Things to Do~Dining~Obituaries~Real Estate~" \
	    "Chicagoland~Politics~Suburbs~Nation & World", 5, 11))
	if (rnd(3) == 0) s = cat(s, "Subscribe for 99¢\nStart Now")
	s = cat(s, top7("Trending Now~Latest Headlines~Most Popular"))
	NAV = cat(s, pick("Nation & World~NATION & WORLD~News~Breaking News"))
	who = pick("Rebecca Oberlin~Tony Marchetti~Grace Wojcik~Jamal Pruitt~Associated Press")
	tz = usdst(Y, M, D) ? "CDT" : "CST"
	h = 5 + rnd(17); mi = rnd(60); h2 = h + rnd(24 - h)
	mng = rnd(2)
	if (!mng) {	# the 2019 pages
		by = "By " lk(who) "\n" pick("Chicago Tribune~Associated Press~Contact Reporter\nChicago Tribune")
		dl = toupper(abbr[M]) " " d2(D) ", " Y " | " clock(h, mi, "AM", "PM")
	} else {
		by = lk(who)
		dl = "PUBLISHED: " month[M] " " D ", " Y " at " clock(h, mi, "a.m.", "p.m.") " " tz \
		    pick("~ | UPDATED: " month[M] " " D ", " Y " at " clock(h2, rnd(60), "a.m.", "p.m.") " " tz)
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usdst(Y, M, D) ? "-05:00" : "-06:00")
	st = rnd(3) ? "" : standfirst(gen7)
	sh = rnd(2) ? some("Share this:~Click to share on Facebook~Click to share on X~Click to email a link to a friend~Click to print", 2, 5) : ""
	im = rnd(2) ? CP cap(caps7, credits7, pick(" (@)~ | @~\n@")) : ""
	k = rnd(2)
	HEAD = order("im st by dl sh~st by dl sh im", st, by, dl, sh, im)
	if (rnd(2)) insert(pick("Advertisement~ADVERTISEMENT"), 2 + rnd(4))
	s = ""
	if (mng && rnd(2)) s = "Originally Published: " month[M] " " D ", " Y " at " clock(h, mi, "a.m.", "p.m.") " " tz
	if (rnd(2)) s = cat(s, pick("Get the latest news from around the world delivered to your inbox.~Sign up for our daily " \
	    "headlines newsletter.") "\nSign Up")
	TAGX = "Topics:\n" some(tags7, 1, 3)
	if (rnd(2)) s = cat(s, HD "Trending Now\n" related(heads7, 2, 4, 18, "long", 0))
	if (rnd(3) == 0) s = cat(s, HD "Sponsored\n" headlines(ads7, 2, 3))
	s = cat(s, some("Contact Us~Help Center~Manage Subscription~Privacy Policy~Terms of Service~Do Not Sell My Personal Information~" \
	    "Careers~Advertise~Site Map~e-Edition", 3, 8))
	FOOT = cat(s, "Copyright © " Y " Chicago Tribune")
}

function bglobe7(title,    s, who, by, dl, sh, im, h, mi, k, st) {
	site7(pick(" - The Boston Globe~ | The Boston Globe"), "www.bostonglobe.com", "/" Y "/" d2(M) "/" d2(D) "/world/" slug7(title) "/")
	s = some("Skip to main content~Menu~Search~Today's Paper~Subscribe Now~Log in", 2, 5)
	s = cat(s, "The Boston Globe")
	if (rnd(3) == 0) s = cat(s, "Boston, MA\n" (10 + rnd(70)) "°F")
	s = cat(s, some("Metro~Politics~Business~Opinion~Sports~Arts~Lifestyle~Magazine~Ideas~Climate~Spotlight~Globe Rhode Island~Nation~World", 5, 11))
	if (rnd(3) == 0) s = cat(s, "Get unlimited access\n" pick("Just 99¢ for six months~$1 for 6 months") "\nSubscribe")
	s = cat(s, top7("Top Stories~Most Popular on bostonglobe.com~Latest"))
	NAV = cat(s, pick("WORLD~World~NATION~Nation"))
	who = pick("Laura Finnegan~Sam Castellano~Erica Whitmore~Devin O'Hara~The Associated Press~Bloomberg")
	h = 5 + rnd(18); mi = rnd(60)
	k = rnd(3)
	if (k == 0) { by = "By " lk(who) " Globe Staff,"; dl = "Updated " month[M] " " D ", " Y ", " clock(h, mi, "a.m.", "p.m.") }
	else if (k == 1) { by = "By " lk(who); dl = "Updated " month[M] " " D ", " Y ", " clock(h, mi, "a.m.", "p.m.") }
	else { by = "By " lk(who) " Globe Correspondent"; dl = month[M] " " D ", " Y }
	if (k == 0 && rnd(2)) { by = by dl; dl = "" }	# innerText runs them together
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usdst(Y, M, D) ? "-04:00" : "-05:00")
	st = rnd(3) ? "" : standfirst(gen7)
	sh = rnd(2) ? some("Email to a Friend~Share on Facebook~Share on X~Print this Article~View Comments~Gift Article", 2, 5) : ""
	im = rnd(2) ? CP pick(caps7) "." pick(credits7) : ""
	HEAD = order("im st by dl sh~st by dl sh im", st, by, dl, sh, im)
	s = ""
	if (rnd(3) == 0) s = pick("Material from The Associated Press was used in this report.~Globe wire services contributed.")
	if (rnd(2)) s = cat(s, "Show comments")
	if (rnd(2)) s = cat(s, HD "Boston Globe Today\n" pick("Catch up on the day's top stories~Watch the latest episode"))
	if (rnd(2)) s = cat(s, HD pick("More from World~Read more") "\n" related(heads7, 2, 3, 18, "long", 0))
	s = cat(s, some("Subscribe Now~My Account~Newsletters~Help & FAQs~Contact~Work at Boston Globe Media~Terms of Service~" \
	    "Privacy Policy~Your Privacy Choices~Accessibility~Advertise", 3, 8))
	FOOT = cat(s, "©" Y " Boston Globe Media Partners, LLC")
}

function huff7(title,    s, who, by, dl, st, sh, im, h, mi, h2, uk) {
	uk = rnd(3) == 0
	site7(pick(" | HuffPost~ | HuffPost Latest News~ | HuffPost " (uk ? "UK News" : "World News")), uk ? "www.huffingtonpost.co.uk" : "www.huffpost.com",
	    "/entry/" slug7(title) "_" (uk ? "uk" : "n") "_5c" hex7(22))
	s = some("Skip to Main Content~Log In~Menu~Search~Support HuffPost", 2, 5)
	s = cat(s, "HuffPost")
	if (rnd(3) == 0) s = cat(s, "Edition\n" some("U.S.~U.K.~España~France~Italia~Deutschland~日本~Ελλάδα~Brasil~India~Canada", 4, 8))
	s = cat(s, some("NEWS~POLITICS~ENTERTAINMENT~LIFE~VOICES~SHOPPING~HEALTH~WORLD NEWS~U.S. NEWS~CLIMATE~VIDEO", 4, 8))
	s = cat(s, top7("Trending~Latest~Popular in the Community"))
	NAV = cat(s, pick("WORLD NEWS~NEWS~U.K. NEWS~SCIENCE~ENVIRONMENT"))
	who = pick("Rowan Gilbey~Jessica Marrin~Nick Okafor~Leah Stratton~Aaron Pugh~Associated Press")
	by = pick("By " lk(who) "~" lk(who) "\n" pick("Reporter, HuffPost~Senior Reporter~World News Reporter, HuffPost UK~Associated Press"))
	h = 5 + rnd(18); mi = rnd(60); h2 = h + rnd(24 - h)
	if (uk) {
		dl = d2(D) "/" d2(M) "/" Y " " hm(h, mi) " " uktz()
		if (rnd(2)) dl = dl " | Updated " d2(D) "/" d2(M) "/" Y " " hm(h2, rnd(60)) " " uktz()
	} else {
		dl = abbr[M] " " D ", " Y ", " clock0(h, mi, "AM", "PM") " " ustz()
		if (rnd(2)) dl = dl "\n| Updated " abbr[M] " " D ", " Y
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, uk ? "Z" : "-05:00")
	st = rnd(3) ? standfirst(gen7) : ""
	sh = rnd(2) ? some("Share on Facebook~Share on X~Share via Email~Copy link~Share", 2, 4) : ""
	im = rnd(2) ? CP cap(caps7, credits7, pick("\n@~ (@)~ | @")) : ""
	HEAD = order("st by dl sh im~st im by dl sh~st dl by x im", st, by, dl, sh, im, "LOADING ERROR LOADING")
	if (rnd(3) == 0) insert("RELATED...\n" headlines(heads7, 1, 2), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = HD pick("Support HuffPost~Can you help keep HuffPost free?") "\n" \
	    "Our journalism stays free for everyone because readers chip in. Would you join them?\n" \
	    some("Contribute $1~Contribute $5~Contribute $10~Already contributed? Log in to hide these messages.", 2, 4)
	if (rnd(2)) s = cat(s, "Go To Homepage")
	if (rnd(2)) s = cat(s, "Suggest a correction\nSubmit a tip")
	if (rnd(2)) s = cat(s, HD pick("Related~More In World News~From Our Partner") "\n" related(heads7, 1, 3, 18, "abbr", 0))
	if (rnd(3) == 0) s = cat(s, HD "Sponsored\n" headlines(ads7, 2, 3))
	s = cat(s, some("About Us~Advertise~Contact Us~RSS~FAQ~Careers~User Agreement~Comment Policy~Privacy Policy~Accessibility " \
	    "Statement~Consent Preferences", 3, 8))
	FOOT = cat(s, "©" Y " Verizon Media. All rights reserved. " (uk ? "HuffPost UK" : "HuffPost") " is part of HuffPost News.")
}

function buzz7(title,    s, who, by, dl, st, sh, im, h, mi, h2) {
	site7(pick(" - BuzzFeed News~ | BuzzFeed News"), "www.buzzfeednews.com", "/article/" pick("amyzed~tomgara~rkwright~ljones") "/" slug7(title))
	s = some("Skip To Content~BuzzFeed News~Sections~Search~Sign In~Support Us", 2, 5)
	if (rnd(2)) s = cat(s, "Reporting To You")
	s = cat(s, some("World~Politics~Tech~Science~Investigations~Opinion~Culture~Books~Health~Newsletters~BuzzFeed.com~Quizzes", 4, 9))
	s = cat(s, top7("Trending~Top News~Latest News"))
	NAV = cat(s, pick("World~Science~Politics~News"))
	who = pick("Tasha Greenaway~Milo Barrett~Hannah Esposito~Karim Said~Jess Lowry")
	by = lk(who) "\n" pick("BuzzFeed News Reporter~BuzzFeed News World Correspondent~Senior Reporter") \
	    pick("~\nReporting From London~\nReporting From Moscow~\nReporting From Mexico City")
	h = 5 + rnd(18); mi = rnd(60); h2 = h + rnd(24 - h)
	dl = "Posted on " month[M] " " D ", " Y ", at " clock(h, mi, "a.m.", "p.m.") " ET"
	if (rnd(2)) dl = "Last updated on " month[M] " " D ", " Y ", at " clock(h2, rnd(60), "a.m.", "p.m.") " ET\n" dl
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usdst(Y, M, D) ? "-04:00" : "-05:00")
	st = rnd(3) ? standfirst(gen7) : ""
	sh = rnd(2) ? some("Facebook~X~Copy~Link~Email", 2, 4) : ""
	im = rnd(2) ? CP cap(caps7, credits7, pick(" (@)~\n@")) : ""
	HEAD = order("st by sh im dl~st by dl sh im", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = "Contact " who " at " tolower(substr(who, 1, index(who, " ") - 1)) "." tolower(substr(who, index(who, " ") + 1)) "@buzzfeed.com."
	if (rnd(2)) s = cat(s, "Got a confidential tip? Submit it here.")
	TAGX = "Topics In This Article\n" some(tags7, 1, 4)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD "Help keep news free for everyone\n" pick("Reporting that matters should be open to all. Chip in today.~" \
	    "Support our journalism for as little as $5."))
	if (rnd(2)) s = cat(s, HD "More News\n" related(heads7, 2, 3, 18, "long", 0))
	s = cat(s, some("Support Us~About Us~Press~RSS~Privacy~Consent Preferences~User Terms~Ad Choices~Help~Contact", 3, 7))
	FOOT = cat(s, "© " Y " BuzzFeed, Inc")
}

function vox7(title,    s, who, by, dl, st, sh, im, h, mi, verge, tz) {
	verge = rnd(2)
	tz = ustz()
	h = 5 + rnd(18); mi = rnd(60)
	if (verge) {
		site7(pick(" - The Verge~"), "www.theverge.com", "/" Y "/" M "/" D "/" (18160000 + rnd(90000)) "/" slug7(title))
		s = some("Skip to main content~The Verge homepage~The Verge logo.~Menu~Search~Sign in", 3, 5)
		s = cat(s, some("Tech~Reviews~Science~Entertainment~Policy~Cars~Games~Deals~Podcasts~Video~Newsletters~More", 4, 9))
		s = cat(s, top7("Most Popular~Top Stories~Latest"))
		NAV = cat(s, pick("Science~Tech~Policy~Energy~Space~Transportation"))
		who = pick("Jordan Vance~Mira Castell~Owen Drury~Lexi Tannen~Sanjay Rao")
		by = "By " lk(who) pick(", a senior science reporter covering space and climate.~, a news writer.~~, who has covered disasters for a decade.")
		dl = abbr[M] " " D ", " Y ", " clock(h, mi, "AM", "PM") " " pick(tz "~UTC")
		if (rnd(2)) dl = dl "\n" rnd(300) " Comments"
		st = rnd(2) ? "/ " standfirst(gen7) : ""
		im = rnd(2) ? CP pick("Image: ~Photo by ~Illustration by ") pick("Ruth Salas / The Verge~Getty Images~" pick(credits7)) : ""
	} else {
		site7(pick(" - Vox~"), "www.vox.com", "/world/" Y "/" M "/" D "/" (18160000 + rnd(90000)) "/" slug7(title))
		s = some("Skip to main content~Vox homepage~Give~Podcasts~Newsletters~Search~Menu", 3, 5)
		s = cat(s, some("Explainers~Video~Podcasts~Politics~Policy~Culture~Science~Technology~Climate~Health~Money~Life~Future Perfect", 4, 9))
		s = cat(s, top7("Most Read~Latest~The Big Idea"))
		NAV = cat(s, pick("World~Politics~Science~Climate~Policy~Future Perfect"))
		who = pick("Tara Blanchett~Ezra Whitlock~Julia Moncrief~Andre Pickett~Sophie Brandner")
		by = "By " lk(who) pick("@" tolower(substr(who, 1, 4)) "~~")
		dl = abbr[M] " " D ", " Y ", " ptclock(h, mi, ":", "am", "pm") " " tz
		if (rnd(2)) { by = by dl; dl = "" }	# "By Name@handle Jan 4, 2019, 6:12pm EST"
		st = rnd(2) ? standfirst(gen7) : ""
		im = rnd(2) ? CP cap(caps7, credits7, " | @") : ""
	}
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, tz == "EDT" ? "-04:00" : "-05:00")
	sh = rnd(2) ? some("Share this story~Share this on Facebook~Share this on X~Share All sharing options~" \
	    "Share All sharing options for: " title, 2, 4) : ""
	HEAD = order("st by dl sh im~st im by dl sh~st sh by dl im", st, by, dl, sh, im)
	if (!verge && rnd(3) == 0) insert("Related\n" pick(heads7), 2 + rnd(3))
	s = ""
	if (!verge && rnd(2)) s = HD "Will you help keep Vox free for all?\nExplanatory journalism costs money. A gift of any size helps.\n" \
	    some("One-time~Monthly~Annual~$5/month~$10/month~Other", 2, 4)
	if (verge && rnd(2)) s = cat(s, HD "Most Popular\n" numbered(headlines(heads7, 3, 5)))
	TAGX = some(tags7, 1, 4)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("More in " (verge ? "Science" : "World") "~Latest~More Stories") "\n" related(heads7, 2, 3, 18, "abbr", 0))
	s = cat(s, some("Terms of Use~Privacy Notice~Cookie Policy~Do Not Sell Or Share My Personal Info~Licensing FAQ~Accessibility~" \
	    "Platform Status~Contact~Send Us a Tip~Masthead~About Us~Editorial Ethics", 4, 9))
	FOOT = cat(s, "© " Y " Vox Media, LLC. All Rights Reserved")
}

function atl7(title,    s, who, by, dl, st, sh, im, sec) {
	sec = pick("Global~Science~Politics~Ideas~Health")
	site7(pick(" - The Atlantic~"), "www.theatlantic.com", "/" tolower(sec == "Global" ? "international" : sec) "/archive/" Y "/" d2(M) "/" slug7(title) "/" (579000 + rnd(9000)) "/")
	s = some("Skip to content~The Atlantic~Sign In~Subscribe~Search~Menu", 3, 5)
	s = cat(s, some("Popular~Latest~Newsletters~Sections~Politics~Ideas~Fiction~Technology~Science~Photo~Business~Culture~Planet~" \
	    "Global~Books~Audio~Health~Education~Projects~Magazine", 5, 11))
	if (rnd(3) == 0) s = cat(s, pick("You have 1 free article left this month.~Get unlimited access to The Atlantic.") "\nSubscribe")
	s = cat(s, top7("Most Popular~Latest~Editor's Picks"))
	NAV = cat(s, sec)
	who = pick("Natalie Farrow~Gideon Ash~Priya Venkatesan~Thomas Whelan~Emily Strand")
	by = pick("By " lk(who) "~" lk(who))
	dl = month[M] " " D ", " Y
	BYN = who; DLX = dl; ISOT = isot7(rnd(24), rnd(60), usdst(Y, M, D) ? "-04:00" : "-05:00")
	st = rnd(4) ? standfirst(gen7) : ""
	sh = rnd(2) ? some("Share~Save~Share as gift", 1, 3) : ""
	im = rnd(2) ? CP cap(caps7, credits7, pick(" (@)~\n@")) : ""
	HEAD = order("st im by dl sh~st by dl sh im~im st by dl", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Read: " pick(heads7), 3 + rnd(3))
	s = ""
	if (rnd(2)) s = "About the Author\n" lk(who) " is a staff writer at The Atlantic."
	if (rnd(2)) s = cat(s, HD "Most Popular\n" numbered(headlines(heads7, 3, 5)))
	if (rnd(3) == 0) s = cat(s, "Never miss a story. Start your subscription.\nSubscribe")
	if (rnd(2)) s = cat(s, HD "Recommended Reading\n" related(heads7, 1, 3, 18, "long", 0))
	s = cat(s, some("About~Our History~Careers~Contact~Help Center~Subscribe~Manage Subscription~Privacy Policy~" \
	    "Your Privacy Choices~Advertising Guidelines~Terms Conditions~Responsible Disclosure~Site Map", 4, 8))
	FOOT = cat(s, "TheAtlantic.com © " Y " The Atlantic Monthly Group. All Rights Reserved.")
}

function axios7(title,    s, who, by, dl, im, k, sec) {
	sec = pick("World~Science~Politics & Policy~Energy & Environment~Health")
	site7(pick(" - Axios~"), "www.axios.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title))
	s = some("Skip to main content~Axios~Local~Pro~Newsletters~Login~Subscribe", 3, 6)
	s = cat(s, some("Politics & Policy~Economy & Business~Technology~Health~Science~World~Media~Sports~Energy & Environment", 4, 8))
	s = cat(s, top7("Go deeper~Trending~The latest"))
	NAV = s
	who = pick("Rebecca Falconer~Jacob Knutson~Shane Ortega~Ivana Kottasova~Marisa Fernandez")
	by = lk(who)
	k = rnd(3)
	if (k == 0) dl = abbr[M] " " D ", " Y " - " sec
	else if (k == 1) dl = "Updated " abbr[M] " " D ", " Y " - " sec
	else dl = abbr[M] " " D ", " Y
	BYN = who; DLX = dl; ISOT = isot7(rnd(24), rnd(60), "Z")
	im = rnd(2) ? CP "Photo: " pick(credits7) : ""
	HEAD = order("by dl im~dl by im", "", by, dl, "", im)
	if (rnd(2)) insert(bo(pick("Why it matters:~The big picture:~What's next:~Driving the news:~By the numbers:")), 1)
	if (rnd(3) == 0) insert(bo("Go deeper:") " " pick(heads7), 3 + rnd(3))
	s = ""
	if (rnd(2)) s = bo("Go deeper:") " " pick(heads7)
	if (rnd(2)) s = cat(s, pick("Editor's note: This story has been updated with new details.~This article was first published in Axios AM."))
	if (rnd(2)) s = cat(s, HD "Sign up for Axios AM\nGet smarter, faster with the news that matters.\nSubscribe")
	if (rnd(2)) s = cat(s, HD pick("More from Axios~Go deeper") "\n" related(heads7, 2, 3, 18, "abbr", 0))
	s = cat(s, some("About~Advertise with us~Careers~Events~Axios HQ~Axios Pro~Online sales~Privacy policy~Terms of use~" \
	    "Your privacy choices~Accessibility", 3, 8))
	FOOT = cat(s, "© " Y " Axios Media Inc.")
}

function ars7(title,    s, who, by, dl, st, sh, im, h, mi, k, sec, c) {
	sec = pick("SCIENCE~POLICY~TECH~BIZ & IT~CARS")
	site7(pick(" | Ars Technica~"), "arstechnica.com", "/" tolower(sec == "BIZ & IT" ? "information-technology" : sec) "/" Y "/" d2(M) "/" slug7(title) "/")
	s = some("Skip to main content~ARS TECHNICA~Serving the Technologist since 1998.~SUBSCRIBE~SIGN IN~Search", 3, 5)
	s = cat(s, some("BIZ & IT~TECH~SCIENCE~POLICY~CARS~GAMING & CULTURE~STORE~FORUMS", 4, 8))
	s = cat(s, top7("FURTHER READING~LATEST~MOST READ"))
	NAV = cat(s, sec " —")
	who = pick("Kieran Moss~Beth Calloway~Samir Haddad~Jonah Whitcomb~Paula Estes")
	h = 5 + rnd(18); mi = rnd(60)
	c = rnd(400)
	k = rnd(2)
	if (k == 0) { by = toupper(who); dl = M "/" D "/" Y ", " clock(h, mi, "AM", "PM") }
	else { by = lk(who); dl = M "/" D "/" Y ", " clock(h, mi, "AM", "PM") }
	if (rnd(2)) { dl = by " - " dl; by = "" }
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usdst(Y, M, D) ? "-04:00" : "-05:00")
	st = rnd(4) ? standfirst(gen7) : ""
	sh = rnd(2) ? pick("reader comments\n" c "~" c "\nwith\n" c " posters participating") "\n" pick("Share this story~~") : ""
	im = rnd(2) ? CP "Enlarge / " pick(caps7) ". " pick(credits7) : ""
	HEAD = order("st dl by im sh~st by dl sh im", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Further Reading\n" pick(heads7), 2 + rnd(3))
	if (rnd(3) == 0) insert("Advertisement", 3 + rnd(3))
	s = ""
	if (rnd(2)) s = HD "READER COMMENTS\n" c
	if (rnd(2)) s = cat(s, lk(toupper(who)) "\n" who " is a " pick("senior science editor~policy reporter~staff writer") " at Ars Technica.")
	if (rnd(2)) s = cat(s, HD pick("PROMOTED COMMENTS~Related Stories~← Previous story Next story →") "\n" related(heads7, 1, 3, 18, "num", 0))
	if (rnd(3) == 0) s = cat(s, HD "Today on Ars\n" headlines(heads7, 2, 4))
	s = cat(s, some("Store~Subscribe~About Us~RSS Feeds~View Mobile Site~Contact Us~Staff~Advertise with us~Reprints", 3, 7))
	FOOT = cat(s, "CNMN Collection\nWIRED Media Group\n© " Y " Condé Nast. All rights reserved. Use of this Site constitutes " \
	    "acceptance of our User Agreement and Privacy Policy and Cookie Statement.")
}

function slate7(title,    s, who, by, dl, st, sh, im, h, mi) {
	site7(pick(" - Slate~ | Slate~"), "slate.com", "/news-and-politics/" Y "/" d2(M) "/" slug7(title) ".html")
	s = some("Skip to main content~Slate~Sign In~Subscribe~Search~Menu", 3, 5)
	s = cat(s, some("News & Politics~Culture~Technology~Business~Human Interest~Podcasts~Advice~Slate Plus", 4, 8))
	if (rnd(3) == 0) s = cat(s, "Slate Plus\nGo ad-free and support our work. Join Slate Plus")
	s = cat(s, top7("Trending~Most Read~Latest"))
	NAV = cat(s, pick("News & Politics~NEWS & POLITICS~World~Science~The Slatest"))
	who = pick("Dana Kurtz~Evan Liebling~Molly Ferris~Grant Oduya~Helen Tsai")
	h = 5 + rnd(18); mi = rnd(60)
	by = "By " lk(who)
	dl = abbr[M] " " d2(D) ", " Y " " clock(h, mi, "AM", "PM")
	if (rnd(3) == 0) { by = by " " dl; dl = "" }
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "-05:00")
	st = rnd(3) ? standfirst(gen7) : ""
	sh = rnd(2) ? some("Tweet~Share~Comment~Email", 2, 4) : ""
	im = rnd(2) ? CP cap(caps7, credits7, pick(". Photo: @~ (@)")) : ""
	HEAD = order("st im by dl sh~st by dl sh im", st, by, dl, sh, im)
	if (rnd(2)) insert("Advertisement", 2 + rnd(3))
	s = ""
	if (rnd(2)) s = HD "Slate is published with support from readers\nJoin Slate Plus to keep reading without ads.\nJoin"
	if (rnd(2)) s = cat(s, HD "Comments\nBe the first to comment")
	if (rnd(2)) s = cat(s, HD pick("More From Slate~Slate Recommends") "\n" related(heads7, 2, 3, 18, "ap", 0))
	s = cat(s, some("About Us~Work With Us~Contact Us~Pitch Guidelines~Send Us Tips~Corrections~Commenting~AdChoices~" \
	    "Privacy Policy~Terms~Podcast FAQs", 3, 8))
	FOOT = cat(s, "Slate is published by The Slate Group, a Graham Holdings Company. All contents © " Y " The Slate Group LLC. All rights reserved.")
}

function city7(title,    s, city, who, by, dl, st, sh, im, k, d) {
	city = pick("Port Alder~Millbrook~East Haven Falls~Cedar Rapids Junction~Fairmont Springs")
	d = host7(city)
	site7(" | City of " city, "www." d pick(".gov~or.gov~.org~wa.gov"), "/news/" slug7(title))
	s = some("Skip to main content~Official website of the City of " city "~Translate~Select Language~Powered by Translate~Search", 3, 5)
	s = cat(s, "City of " city)
	if (rnd(2)) s = cat(s, pick("ALERT: Winter parking ban in effect tonight from 10 p.m.~Notice: City offices open with reduced hours this week~" \
	    "Boil water advisory lifted for the west side") "\n" pick("Read more~Close alert~Learn more"))
	s = cat(s, some("Residents~Business~Visitors~Government~Departments~How Do I...~Pay a Bill~Report a Problem~Agendas & Minutes~" \
	    "Jobs~News & Events~Contact Us", 4, 9))
	s = cat(s, top7("Latest News~News Flash~Recent Releases"))
	NAV = cat(s, pick("Home / News~Home › News › Press Releases~You are here: Home » News~News Flash"))
	who = pick("Karen Lindqvist~Marcus Greer~Denise Albright~Rafael Soto")
	k = rnd(3)
	if (k == 0) dl = "Release Date: " month[M] " " D ", " Y
	else if (k == 1) dl = "Posted on: " d2(M) "/" d2(D) "/" Y
	else dl = "Posted on " month[M] " " D ", " Y
	by = pick("For Immediate Release~Contact: " who ", Communications Manager~Media contact: " who ", Public Information Officer, " \
	    sprintf("(%d) 555-01%02d", 200 + rnd(700), rnd(100)) "~")
	BYN = ""; DLX = dl; ISOT = ""
	st = rnd(4) ? "" : standfirst(gen7)
	sh = rnd(2) ? some("Print~Email~Facebook~X~Share", 2, 4) : ""
	im = rnd(3) == 0 ? CP cap(caps7, credits7, pick(" (@)~. Photo: @")) : ""
	HEAD = order("by dl st sh im~dl by st im sh", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = "###"
	if (rnd(2)) s = cat(s, "Share this page\n" some("Facebook~X~Email~Print", 2, 4))
	if (rnd(2)) s = cat(s, HD pick("Related News~More News~Other News in News Releases") "\n" related(heads7, 2, 4, 18, "num0", pick("0~1") + 0))
	if (rnd(2)) s = cat(s, "Subscribe to News Flash\nGet city news by email or text message.\nSign Up")
	s = cat(s, "City Hall\n" (100 + rnd(800)) " " pick("Main Street~Civic Center Drive~Market Square") "\n" city ", " \
	    pick("OR~WA~MN~CO~ME") " " (90000 + rnd(9999)) "\nHours: Monday - Friday, 8 a.m. - 5 p.m.")
	s = cat(s, some("Accessibility~Privacy Policy~Site Map~Copyright Notices~Employee Login~Contact Us", 2, 5))
	FOOT = cat(s, pick("© " Y " City of " city "~Powered by Drupal~© " Y " City of " city ". All rights reserved."))
}

function joomla7(title,    s, site, who, by, dl, k, hits, cat1, h, mi) {
	site = pick("Alpine Valley News~North Coast Observer~Midlands Gazette Online~Danube Regional~Lakeshore Weekly")
	cat1 = pick("World~International~News~Region~Europe")
	site7(" - " site, "www." host7(site) ".eu", "/index.php/" tolower(cat1) "/" (1000 + rnd(8000)) "-" slug7(title))
	s = some("Skip to content~Skip to main navigation~Skip to 1st column~Skip to 2nd column", 1, 3)
	s = cat(s, site)
	if (rnd(2)) s = cat(s, pick("News from the region since 2003~Independent. Local. Online.~Your region, every day"))
	s = cat(s, some("Home~News~Region~Politics~Economy~Culture~Sport~Events~Classifieds~Contact", 4, 8))
	if (rnd(2)) s = cat(s, "You are here:\nHome\n" cat1)
	if (rnd(3) == 0) s = cat(s, HD "Login Form\nUsername\nPassword\nRemember Me\nLog in\nForgot your password?\nForgot your username?")
	if (rnd(2)) s = cat(s, "Search...")
	s = cat(s, top7("Latest News~Most Read~Popular Articles"))
	NAV = s
	who = pick("Administrator~Editor~Super User~M. Keller~A. Novak~Redaktion")
	hits = 40 + rnd(5000)
	h = rnd(24); mi = rnd(60)
	k = rnd(3)
	if (k == 0) dl = "Details\nWritten by " who "\nCategory: " cat1 "\nPublished: " d2(D) " " month[M] " " Y "\nHits: " hits
	else if (k == 1) dl = dayname[W + 1] ", " d2(D) " " month[M] " " Y " " hm(h, mi) "\nWritten by " who
	else dl = "Written by " who "\nPublished: " dayname[W + 1] ", " d2(D) " " month[M] " " Y " " hm(h, mi) "\nHits: " hits
	BYN = who; DLX = dl; ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+02:00" : "+01:00")
	HEAD = dl
	if (rnd(2)) HEAD = cat(HEAD, some("Print~Email", 1, 2))
	s = ""
	if (rnd(2)) s = "< Prev\nNext >"
	if (rnd(2)) s = cat(s, HD pick("Related Articles~Latest News~Also in " cat1) "\n" related(heads7, 2, 4, 18, "joomla", 0))
	if (rnd(2)) s = cat(s, HD "Who's Online\nWe have " (2 + rnd(80)) " guests and no members online")
	s = cat(s, "Back to Top")
	FOOT = cat(s, "Copyright © " Y " " site ". All Rights Reserved.\nJoomla! is Free Software released under the GNU General Public License.")
}

function wix7(title,    s, site, who, dl, k, v) {
	site = pick("The Harbour Post~Kestrel Valley Voice~Greenfield Community News~World Watch Weekly~Ellie's News Corner")
	site7(pick(" | " site "~"), host7(pick("ellie~newsdesk~gpike~info")) ".wixsite.com", "/" host7(site) "/post/" slug7(title))
	s = "top of page"
	if (rnd(2)) s = cat(s, "Log In")
	s = cat(s, site)
	if (rnd(2)) s = cat(s, pick("Local news, global view~News for our community~Stories that matter"))
	s = cat(s, some("Home~About~News~Blog~Events~Gallery~Contact~Donate~More", 3, 7))
	if (rnd(2)) s = cat(s, "All Posts\n" some("World~Local~Politics~Environment~Opinion", 2, 4))
	s = cat(s, top7("Recent Posts~Featured~Latest"))
	NAV = s
	who = pick("Admin~Ellie Marsh~Newsdesk~Graham Pike~site owner")
	v = rnd(300)
	dl = abbr[M] " " D ", " Y
	k = rnd(2)
	HEAD = k ? lk(who) "\n" dl "\n" (1 + rnd(6)) " min read" : lk(who) "\n" pick("Writer~Admin") "\n" dl "\n" (1 + rnd(6)) " min read"
	if (rnd(3) == 0) HEAD = HEAD "\nUpdated: " dl
	BYN = who; DLX = dl; ISOT = isot7(rnd(24), rnd(60), "Z")
	s = pick(v " views" rnd(5) " comments~" v " views\n" rnd(5) " comments")
	s = cat(s, "Post not marked as liked")
	if (rnd(2)) s = cat(s, HD "Recent Posts\nSee All\n" related(heads7, 2, 3, 18, "abbr", 0))
	if (rnd(2)) s = cat(s, HD "Comments\nWrite a comment...")
	s = cat(s, pick("© " Y " by " site ". Proudly created with Wix.com~© " Y " " site))
	FOOT = cat(s, "bottom of page")
}

function sqsp7(title,    s, site, who, dl, k) {
	site = pick("Riverbend Dispatch~Ashgrove Journal~The Lantern Review~Fieldnotes Media~Northside Reporter")
	site7(pick(" — " site "~"), "www." host7(site) ".com", "/news/" Y "/" M "/" D "/" slug7(title))
	s = some("Skip to Content~Open Menu~Close Menu", 1, 3)
	s = cat(s, site)
	s = cat(s, some("Home~News~Features~About~Contact~Support Us~Archive", 3, 6))
	if (rnd(2)) s = cat(s, pick("0~Cart 0"))
	if (rnd(3) == 0) s = cat(s, "Open Menu\nClose Menu\n" site)
	s = cat(s, top7("Recent~Featured~From the blog"))
	NAV = s
	who = pick("Maya Lindgren~Thomas Reid~Guest Contributor~The Editors")
	k = rnd(3)
	if (k == 0) dl = month[M] " " D ", " Y
	else if (k == 1) dl = abbr[M] " " D ", " Y
	else dl = month[M] " " D ", " Y "\nWritten By " who
	BYN = who; DLX = dl; ISOT = isot7(rnd(24), rnd(60), "Z")
	HEAD = rnd(2) ? dl : cat(dl, "Written By " lk(who))
	if (k == 2) HEAD = dl
	s = ""
	if (rnd(2)) s = "Tagged: " tolower(subjects(tags7, 2, 4))
	if (rnd(2)) s = cat(s, some("Facebook~Twitter~LinkedIn~Email", 2, 4))
	if (rnd(2)) s = cat(s, "Comments (0)\nNewest First\nPreview Post Comment…")
	s = cat(s, "Newer Post\n" pick(heads7) "\nOlder Post\n" pick(heads7))
	if (rnd(2)) s = cat(s, HD "Subscribe\nSign up with your email address to receive news and updates.\nEmail Address\nSign Up\nWe respect your privacy.\nThank you!")
	FOOT = cat(s, pick("Powered by Squarespace~" site " © " Y "~" site "\n" (10 + rnd(900)) " Water Street"))
}

function agg7(title,    s, site, src, dl, k, h, mi, n, i, t) {
	site = pick("Newsroll~Headline Hub~Newsdeck~TopWire")
	site7(pick(" - " site "~ | " site), host7(site) ".com", "/articles/" slug7(title) "-" hex7(8))
	s = some("Skip to main content~" site "~Search for topics, locations & sources~Sign in", 2, 4)
	s = cat(s, some("Home~For you~Following~Saved searches~U.S.~World~Local~Business~Technology~Entertainment~Sports~Science~Health", 5, 11))
	s = cat(s, top7("Top stories~Headlines~Picks for you"))
	NAV = s
	src = pick("Wikinews~Wikinews (en)")
	h = rnd(24); mi = rnd(60)
	k = rnd(3)
	if (k == 0) dl = src "\n" abbr[M] " " D ", " Y
	else if (k == 1) dl = src " · " month[M] " " D ", " Y ", " clock(h, mi, "AM", "PM")
	else dl = "Published " abbr[M] " " D ", " Y "\n" src
	BYN = src; DLX = dl; ISOT = isot7(h, mi, "Z")
	HEAD = dl
	if (rnd(2)) HEAD = cat(HEAD, some("Follow~Share~Save~Hide stories from " src, 1, 3))
	s = ""
	if (rnd(2)) s = "Read the full story at " src
	s = cat(s, HD pick("Full Coverage~More coverage~Related coverage"))
	n = 2 + rnd(3); k = 0
	for (i = 1; i <= n; i++) {
		k += rnd(3)
		t = k == 0 ? pick((1 + rnd(10)) " hours ago~" (5 + rnd(50)) " minutes ago") : k == 1 ? "1 day ago" : k " days ago"
		s = s "\n" LI pick(heads7) "\n" LC pick(src7) " · " t
	}
	if (rnd(2)) s = cat(s, "View Full Coverage")
	s = cat(s, some("About~Privacy~Terms~Help~Send feedback", 2, 5))
	FOOT = s
}

function reddit7(title,    s, sr, who, dl, k, n, i, up) {
	sr = pick("worldnews~news~europe~geopolitics~anime_titties~WorldNewsHeadlines")
	site7(pick(" : r/" sr "~ : " sr), pick("www.reddit.com~old.reddit.com"), "/r/" sr "/comments/" hex7(6) "/" substr(slug7(title), 1, 50) "/")
	s = some("Skip to main content~reddit~Get app~Log In~Sign Up~User account menu~Search Reddit", 3, 6)
	s = cat(s, "r/" sr)
	if (rnd(2)) s = cat(s, some("Posts~Wiki~Rules~FAQ~Live Thread", 2, 4))
	s = cat(s, top7("Trending today~Popular posts~Hot"))
	NAV = s
	who = pick("throwaway_news_77~Wikinewsbot~mrspeakerman~Vlad_the_Inhaler~quietriot1987~geo_enthusiast")
	up = 10 + rnd(30000)
	dl = dayname[W + 1] ", " month[M] " " D ", " Y
	k = rnd(3)
	if (k == 0) HEAD = "Posted by\nu/" who "\n" (1 + rnd(20)) " hours ago\n" up "\n" pick("News~Russia~Disaster~Europe~Science") "\n" dl
	else if (k == 1) HEAD = "submitted " (1 + rnd(20)) " hours ago by " who "\n" pick("en.wikinews.org~self." sr) "\n" "From Wikinews, " month[M] " " D ", " Y
	else HEAD = "Posted by u/" who " · " (1 + rnd(20)) "h\n" pick("News~Misleading Title~Opinion/Analysis") "\n(" dl ")"
	BYN = ""; DLX = dl; ISOT = ""
	s = ""
	if (rnd(2)) s = "Source: " URL
	s = cat(s, some("Share~Save~Hide~Report~Award", 2, 5))
	s = cat(s, (60 + rnd(40)) "% Upvoted")
	n = 1 + rnd(4)
	for (i = 1; i <= n; i++)
		s = cat(s, "level " (1 + (i > 1 ? rnd(2) : 0)) "\n" pick("Kestrel_83~throwaway_news_77~nopenopenope~user_" (1000 + rnd(9000)) "~lotus_eater") \
		    "\n· " (1 + rnd(20)) " hr. ago\n" pick(comm7) "\nReply\nShare\n" (rnd(3000) - 20))
	if (rnd(2)) s = cat(s, HD "More posts you may like\n" related(heads7, 1, 3, 18, "abbr", 3))
	FOOT = cat(s, some("Reddit Inc © " Y ". All rights reserved~User Agreement~Privacy Policy~Content Policy~Moderator Code of Conduct", 2, 4))
}

# Variant 7's layouts: innerText or copy-paste, lynx -dump -nolist and
# w3m -dump (as variant 6 prints them), python's html2text (Markdown:
# lists "  * ", "### " headings, "**bold**", links kept as "[text](/path)"
# or dropped, images "![...](...)", paragraphs wrapped at 78 columns, the
# title as "# Title"), a naive converter that prints the page's <title>
# ("Title | Site") and then every text node on a line of its own, a
# Jina-style reader ("Title: Title | Site", "URL Source:", "Published
# Time:", then Markdown with the title underlined by "="), a browser's
# reader view (host, title, author, reading time, the dateline, body),
# and an archive.today capture (its own header, dated the article's day,
# then the page).  Variant 9 has them all but html2text and the Jina-style
# reader, so that its title line stays plain.

function plain7(s, naive) {	# furniture as text: markers off, link texts on lines of their own if naive
	gsub(HD, "", s); gsub(BO, "", s); gsub(CP, "", s)
	return unlink6(s, naive)
}
function mdlink7(t, jina) { return "[" t "](" (jina ? "https://" DOM : "") "/" slug7(t) ")" }
function mdline7(s, jina, links,    p, q, t, u) {	# LK and BO pairs as Markdown
	gsub(BO, "**", s)
	while ((p = index(s, LK)) > 0) {
		t = substr(s, p + 1); q = index(t, LK)
		if (q == 0) { s = substr(s, 1, p - 1) t; break }
		u = substr(t, 1, q - 1)
		s = substr(s, 1, p - 1) (links ? mdlink7(u, jina) : u) substr(t, q + 1)
	}
	return s
}
function md7(s, jina, links,    a, n, i, t, out, k, was, line, c) {
	n = split(s, a, "\n"); out = ""; was = ""
	for (i = 1; i <= n; i++) {
		t = substr(a[i], 1, 1)
		if (t == LI) {
			line = substr(a[i], 2)
			if (links && index(line, LK) == 0 && line !~ /^[0-9]+$/) line = LK line LK	# a menu's items are links
			line = (jina ? "*   " : "  * ") mdline7(line, jina, links); k = "li"
		} else if (t == LC) { line = "    " mdline7(substr(a[i], 2), jina, links); k = "lc" }
		else if (t == HD) { line = "### " mdline7(substr(a[i], 2), jina, 0); k = "h" }
		else if (t == CP) {
			c = mdline7(substr(a[i], 2), jina, 0)
			if (jina) line = "![Image " (1 + rnd(9)) ": " c "](https://" DOM "/images/" hex7(10) ".jpg)\n\n" c
			else line = "![" pick("~" c) "](/images/" hex7(10) ".jpg)\n\n" fill(c, "", "", 78)
			k = "p"
		} else {
			line = mdline7(a[i], jina, links)
			if (!jina) line = fill(line, "", "", 78)
			k = "p"
		}
		if (out != "") out = out ((k == "li" && was == "li") || k == "lc" ? "\n" : "\n\n")
		out = out line; was = k == "lc" ? "li" : k
	}
	return out
}
function under7(title,    s, n) {	# "=" under the title, as long as it
	s = ""
	for (n = width(title); n > 0; n--) s = s "="
	return s
}
function layout7(title, md,    mode, a, n, nv, hd, ft, links, s, h, naive) {	# md 0: no html2text, no Jina (variant 9)
	mode = rnd(md ? 18 : 14)
	if (!md && mode >= 10) mode += mode >= 12 ? 4 : 2	# naive, reader, archive as with md
	if (mode >= 6 && mode <= 9)	# lynx, w3m
		return dumped(title, plain7(NAV, 0), plain7(HEAD, 0), plain7(FOOT, 0), mode >= 8)
	if (mode == 10 || mode == 11) {	# html2text
		links = mode == 11
		return stack(md7(NAV, 0, links), "# " title, md7(HEAD, 0, links), wrapped("", 78), md7(FOOT, 0, links))
	}
	if (mode == 14 || mode == 15) {	# a Jina-style reader
		s = "Title: " title TS "\n\nURL Source: " URL "\n\n"
		if (ISOT != "" && rnd(3)) s = s "Published Time: " ISOT "\n\n"
		s = s "Markdown Content:\n" md7(NAV, 1, 1)
		return stack(s, title "\n" under7(title), md7(HEAD, 1, 1), spaced(BODY), md7(FOOT, 1, 1))
	}
	if (mode == 16) {	# a reader view
		h = plain7(DLX, 0)
		if (rnd(2) && index(HEAD, CP)) { s = HEAD; sub("^[^" CP "]*" CP, "", s); sub(/\n.*/, "", s); h = join(h, s) }
		s = rnd(3) ? DOM : ""
		s = cat(s, title)
		if (BYN != "" && rnd(3)) s = cat(s, BYN)
		s = cat(s, mins7())
		s = join(join(s, h), spaced(BODY))
		if (TAGX != "" && rnd(2)) s = join(s, text6(plain7(TAGX, 0), 0))
		return s
	}
	naive = mode == 12 || mode == 13
	nv = plain7(NAV, naive); hd = plain7(HEAD, naive); ft = plain7(FOOT, naive)
	if (naive)	# the naive converter, the <title> first
		return inner(title, title TS, nv, hd, ft, mode == 13)
	if (mode == 17) {	# archive.today
		s = "archive.today\nwebpage capture\nSaved from\n" URL "\nsearch\n" D " " abbr[M] " " Y " " hm(rnd(24), rnd(60)) ":" d2(rnd(60)) \
		    " UTC\n" pick("no other snapshots from this url~All snapshots from host " DOM) "\n" \
		    some("Webpage~Screenshot~share~download .zip~report bug or abuse", 2, 5)
		n = split(s, a, "\n")
		return stack(cat(s, text6(tail(nv, 32 - n), 0)), title, text6(hd, rnd(2)), spaced(BODY), text6(ft, 1))
	}
	# one line a paragraph (0-2), a blank line between all (3), copy-paste
	return inner(title, "", nv, hd, ft, mode <= 2 ? 0 : mode == 3 ? 2 : 3)
}

# Variant 8's sites: the Sun, the Mirror, the Evening Standard, RTÉ, the
# Hindustan Times, NDTV, Dawn, News24, the New Zealand Herald, the Toronto
# Star, the Seattle Times, Newsweek, Forbes and Business Insider, in words
# written fresh.  Each sets NAV, HEAD and FOOT and what layout7 needs (TS,
# DOM, URL, BYN, DLX, ISOT, TAGX).  Every date before the body is the
# article's day, in the site's own form and zone; other days come only
# after it.

function nztz() {	# Auckland: summer time from September's last Sunday to April's first
	if (M == 4) return (D < 1 + (7 - wday(Y, 4, 1)) % 7) ? "NZDT" : "NZST"
	if (M == 9) return (D >= 30 - wday(Y, 9, 30)) ? "NZDT" : "NZST"
	return (M < 4 || M > 9) ? "NZDT" : "NZST"
}
function who8(names) { return pick(names) }
function handle8(who,    s) { s = tolower(who); gsub(/[^a-z]/, "", s); return "@" s }

function sun8(title,    s, who, by, dl, st, sh, im, h, mi, h2, k) {
	site7(pick(" | The Sun~ | World News | The Sun~"), "www.thesun.co.uk", "/news/" (8100000 + rnd(90000)) "/" slug7(title) "/")
	s = some("Skip to content~The Sun logo~Sign in~Search~Menu~Sun Club~Sun Bingo~Sun Vegas", 2, 5)
	s = cat(s, some("News~Sport~Fabulous~TV~Showbiz~Money~Travel~Health~Motors~Tech~Puzzles~Dream Team~Shopping", 5, 11))
	s = cat(s, some("UK News~World News~Politics~Royal Family~US News~Opinion~Weird News~Sun Says~Crime~Explainers", 2, 6))
	if (rnd(3) == 0) s = cat(s, "Advertisement")
	s = cat(s, top7("MOST READ IN NEWS~Trending~LATEST", "plain~plain~num"))
	NAV = cat(s, pick("WORLD NEWS~NEWS~ROYAL~" pick("HORROR~TRAGEDY~CHAOS~'DEVASTATING'~REVEALED~SHOCK MOVE~MAYDAY")))
	who = who8("Kieran Dowd~Lottie Barrow~Danny Oakes~Aisha Mirza~Jordan Pike~Becky Fenwick")
	by = pick(lk(who) "~" lk(who) ", " pick("Foreign News Reporter~Digital Reporter~Senior News Reporter~World News Reporter") "~" lk(who) "\nand " lk(who8("Grant Ellis~Sophie Wray")))
	h = rnd(20); mi = rnd(60); h2 = h + rnd(4)
	dl = "Published: " hm(h, mi) ", " D " " abbr[M] " " Y
	if (rnd(2)) dl = dl "\nUpdated: " hm(h2, h2 == h ? mi : rnd(60)) ", " D " " abbr[M] " " Y
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "Z")
	st = rnd(3) ? standfirst(gen8) : ""
	sh = rnd(2) ? some("Share~Click to share on X/Twitter (Opens in new window)~Click to share on Facebook (Opens in new window)~Comments", 1, 3) : ""
	im = rnd(2) ? CP cap(caps8, credits8, pick("~. ~") "Credit: @") : ""
	HEAD = order("st by dl sh im~st im by dl sh~by dl st im", st, by, dl, sh, im)
	if (rnd(2)) insert(CP cap(caps8, credits8, "Credit: @"), 2 + rnd(3))
	if (rnd(2)) insert("Advertisement", 3 + rnd(3))
	if (rnd(3) == 0) insert(bo("READ MORE ON " pick("WORLD NEWS~THE ROYALS~CRIME")) "\n" headlines(heads8, 2, 3), 5 + rnd(3))
	s = ""
	if (rnd(2)) s = bo("We pay for your stories!") "\nDo you have a story for The Sun news desk?\nEmail us at tips@the-sun.co.uk or call 0207 782 4104. " \
	    "You can WhatsApp us on 07423 720 250. We pay for videos too. Click here to upload yours."
	TAGX = "Topics\n" some(tags8, 2, 6)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("MORE ON WORLD NEWS~Most read in News~Related articles") "\n" related(heads8, 2, 4, 14, "ukabbr", 0))
	s = cat(s, some("About Us~Editorial Complaints~Policies and Ethics~Clarifications and Corrections~News Licensing~" \
	    "Advertise with us~Contact us~Commissioning Terms~Help Hub~Topic A-Z~Cookie Settings~Contact Preferences", 4, 9))
	FOOT = cat(s, "© News Group Newspapers Limited in England No. 679215 Registered office: 1 London Bridge Street, London, SE1 9GF. " \
	    "\"The Sun\", \"Sun\", \"Sun Online\" are registered trademarks or trade names of News Group Newspapers Limited.")
}

function mirror8(title,    s, who, by, dl, st, sh, im, h, mi, h2, k) {
	site7(pick(" - Mirror Online~ - Mirror~"), "www.mirror.co.uk", "/news/world-news/" slug7(title) "-" (13800000 + rnd(90000)))
	s = some("Skip to main content~Mirror~Mirror logo~Sign in~Search~Menu", 2, 4)
	s = cat(s, some("News~Politics~Football~Celebs~TV~Money~Travel~Lifestyle~Puzzles~Weird News~US News~Royals~Crime~Health", 5, 11))
	if (rnd(3) == 0) s = cat(s, "Get the biggest daily stories by email\nSubscribe\nSee our privacy notice\nInvalid Email")
	s = cat(s, top7("Most Read~Most Recent", "plain~num~under"))
	NAV = cat(s, pick("News~World News~UK News~News\nWorld News"))
	who = who8("Tilly Hamer~Owen Caffrey~Rhiannon Lowe~Sam Adeyemi~Natalie Cresswell~Gareth Muir")
	by = pick("By " lk(who) pick(", News Reporter~, Senior Reporter~, Trends Reporter~") "~" lk(who) "~By " lk(who) "\n" handle8(who))
	h = rnd(20); mi = rnd(60); h2 = h + 1 + rnd(3)
	k = rnd(3)
	if (k == 0) dl = hm(h, mi) ", " D " " toupper(abbr[M]) " " Y
	else if (k == 1) dl = hm(h, mi) ", " D " " toupper(abbr[M]) " " Y "\nUpdated" pick("~ ") hm(h2, rnd(60)) ", " D " " toupper(abbr[M]) " " Y
	else dl = pick("News~World News") "\n" hm(h, mi) ", " D " " toupper(abbr[M]) " " Y
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "Z")
	st = rnd(3) ? standfirst(gen8) : ""
	sh = rnd(2) ? some("Bookmark~Share~Comments~News~Email~Facebook~X~WhatsApp", 2, 4) : ""
	im = rnd(2) ? CP cap(caps8, credits8, pick(" (Image: @)~(Image: @)")) : ""
	if (rnd(4) == 0) im = cat(im, "Video Loading\nVideo Unavailable\nClick to play\nTap to play\nThe video will auto-play soon8Cancel\nPlay now")
	HEAD = order("st by dl im sh~st im by dl sh~st by sh dl im", st, by, dl, sh, im)
	if (rnd(2)) insert(CP cap(caps8, credits8, " (Image: @)"), 2 + rnd(4))
	if (rnd(3) == 0) insert(bo("Read More") "\n" bo("Related Articles") "\n" headlines(heads8, 1, 2), 3 + rnd(3))
	s = ""
	if (rnd(2)) s = "Do you have a story to share? Email us at " pick("webnews@mirror.co.uk~yourmirror@mirror.co.uk")
	if (rnd(2)) s = cat(s, "Comments\n" (rnd(90)) "\nJoin the debate\nLog in to comment")
	if (rnd(2)) s = cat(s, HD "Get the biggest daily stories by email\nSubscribe\nWe use your sign-up to provide content in ways you've " \
	    "consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. " \
	    "You can unsubscribe at any time. More info")
	TAGX = some(tags8, 2, 6)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("Top Stories~Most Read~More On") "\n" related(heads8, 2, 4, 12, "ago", 2))
	s = cat(s, some("Follow Mirror~Facebook~X~Instagram~Contact us~How to complain~Corrections & clarifications~" \
	    "Mobile site~Privacy notice~Cookie notice~Terms & conditions~Advertising~Syndication~Archive", 4, 9))
	FOOT = cat(s, "© " Y " " pick("MGN Ltd~Reach plc"))
}

function standard8(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	site7(pick(" | London Evening Standard~ | Evening Standard~ | The Standard"), "www.standard.co.uk", "/news/world/" slug7(title) "-a" (4000000 + rnd(80000)) ".html")
	s = some("Skip to main content~Evening Standard~Standard logo~Sign in~Register~Search~Menu", 2, 5)
	s = cat(s, some("News~London~Sport~Showbiz~Lifestyle~Going Out~Homes & Property~Comment~Business~Tech~ES Magazine~Insider", 5, 10))
	if (rnd(3) == 0) s = cat(s, "London weather\n" (2 + rnd(20)) "°C\n" pick("Light rain~Sunny intervals~Cloudy~Drizzle"))
	s = cat(s, top7("Latest~Trending~Read More", "plain~plain~under"))
	NAV = cat(s, pick("World~News~World News~UK"))
	who = who8("Miles Lanyon~Francesca Orr~Joel Aziz~Harriet Bloom~Ravi Bhogal~Ella Winstanley")
	h = rnd(24); mi = rnd(60)
	k = rnd(3)
	if (k == 0) { by = lk(who) "\n" handle8(who); dl = dayname[W + 1] " " D " " month[M] " " Y " " hm(h, mi) }
	else if (k == 1) { by = lk(who); dl = D " " month[M] " " Y }
	else { by = pick("Evening Standard reporter~Standard Reporter~" lk(who)); dl = dayname[W + 1] " " D " " month[M] " " Y " " hm(h, mi) }
	BYN = who; DLX = dl; ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+01:00" : "+00:00")
	st = rnd(2) ? standfirst(gen8) : ""
	sh = rnd(2) ? some("Share~Comments~Facebook~Twitter~Email~Bookmark", 2, 4) : ""
	im = rnd(2) ? CP cap(caps8, credits8, " / @") : ""
	HEAD = order("st by dl sh im~st im by dl sh~by dl st sh im", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Sign up for exclusive newsletters, comment on stories, enter competitions and attend events.\nRegister for free", 2 + rnd(3))
	if (rnd(2)) insert("Read More\n" headlines(heads8, 1, 3), 3 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = "Register for free to continue reading\nRegistration is a free and easy way to support our truly independent journalism\nAlready have an account? sign in"
	TAGX = "More about\n" some(tags8, 2, 5)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD "Join our commenting forum\nJoin thought-provoking conversations, follow other Independent readers and see their replies\nComments")
	if (rnd(2)) s = cat(s, HD pick("Most popular~Read next~More from the Standard") "\n" related(heads8, 2, 4, 16, "uk", 0))
	s = cat(s, some("Contact us~Jobs~Advertising~Syndication~Code of conduct~Complaints~Privacy notice~Cookie policy~" \
	    "Terms of use~Modern Slavery Act~Install our Apps", 3, 8))
	FOOT = cat(s, "© " Y " Evening Standard")
}

function rte8(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	site7(pick("~ - RTÉ News~"), "www.rte.ie", "/news/world/" Y "/" d2(M) d2(D) "/" (1020000 + rnd(20000)) "-" slug7(title) "/")
	s = some("Skip to main content~RTÉ~RTÉ.ie~Sign In~Search~Menu", 2, 4)
	s = cat(s, some("News~Sport~Entertainment~Business~Lifestyle~Culture~RTÉ Player~TV~Radio~Weather~Podcasts~Kids~Archives", 5, 10))
	s = cat(s, "RTÉ News")
	s = cat(s, some("Ireland~World~Business~Politics~Courts~Health~Regional~Analysis~Investigations~Tech~Environment~Newslive", 3, 8))
	if (rnd(3) == 0) s = cat(s, pick("Listen~Watch: News Now~Latest News"))
	s = cat(s, top7("Latest News~Most Read~Top Stories", "plain~under"))
	NAV = cat(s, pick("World~Europe~News~Ireland"))
	who = who8("Niamh Geraghty~Cathal Ó Murchú~Aoife Brennan~Fergal Kinsella~Sinéad Mulcahy~Dara Quigley")
	by = pick(lk(who) "\n" pick("Europe Correspondent~Washington Correspondent~News Correspondent~Global Resources Correspondent") "~" \
	    "By " lk(who) "~~")
	h = rnd(24); mi = rnd(60)
	k = rnd(3)
	if (k == 0) dl = "Updated / " dayname[W + 1] ", " D " " abbr[M] " " Y " " hm(h, mi)
	else if (k == 1) dl = "Updated\n/\n" dayname[W + 1] ", " D " " abbr[M] " " Y " " hm(h, mi)
	else dl = dayname[W + 1] ", " D " " abbr[M] " " Y " " hm(h, mi)
	if (by == "") BYN = ""
	else BYN = who
	DLX = dl; ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+01:00" : "+00:00")
	st = ""
	sh = rnd(2) ? some("Share~Facebook~X~Email~WhatsApp~Copy link", 2, 4) : ""
	im = rnd(2) ? CP pick(caps8) pick("~ (File image)~ (Pic: " pick(credits8) ")") : ""
	HEAD = order("dl by im sh~im dl by sh~by dl sh im", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Read more:\n" headlines(heads8, 1, 2), 3 + rnd(3))
	s = ""
	TAGX = "Tags\n" some(tags8, 2, 5)
	if (rnd(2)) s = TAGX
	if (rnd(2)) s = cat(s, HD pick("Latest stories~Most Read~More from World") "\n" related(heads8, 2, 4, 12, "irish", 0))
	if (rnd(3) == 0) s = cat(s, "RTÉ News Now\nWatch live\nListen to RTÉ Radio 1")
	s = cat(s, some("About RTÉ~Contact RTÉ~RTÉ Guide~Jobs~Advertise~Privacy Statement~Cookie Policy~Accessibility~" \
	    "Complaints~Irish Language~Public Service Statement", 3, 8))
	FOOT = cat(s, "© RTÉ " Y ". RTÉ.ie is the website of Raidió Teilifís Éireann, Ireland's National Public Service Media. " \
	    "RTÉ is not responsible for the content of external internet sites.")
}

function ht8(title,    s, who, by, dl, st, sh, im, h, mi, k, src, city) {
	site7(pick(" | World News - Hindustan Times~ - Hindustan Times~ | Hindustan Times"), "www.hindustantimes.com",
	    "/world-news/" slug7(title) "/story-" hex7(6) ".html")
	s = some("Sign In~e-paper~Subscribe~Explore~Search~Menu", 2, 4)
	s = cat(s, pick("Hindustan Times~HT~hindustantimes"))
	if (rnd(2)) s = cat(s, dayname[W + 1] ", " month[M] " " d2(D) ", " Y)
	s = cat(s, some("Home~Latest News~India~World~Cities~Entertainment~Cricket~Lifestyle~Astrology~Education~Trending~Videos~" \
	    "Web Stories~Quickreads~Tech~Business~HT Premium", 6, 12))
	if (rnd(3) == 0) s = cat(s, "Sensex\n" (35000 + rnd(2000)) "." d2(rnd(100)) "\nNifty\n" (10500 + rnd(800)) "." d2(rnd(100)))
	s = cat(s, top7("Trending Topics~Latest News~Top Stories~Editor's Pick", "plain~prefix~under"))
	NAV = cat(s, pick("World News~Home / World News~News / World News~world news"))
	src = pick("Agence France-Presse~Reuters~Associated Press~HT Correspondent~Press Trust of India~Bloomberg")
	city = pick("Moscow~Washington~New Delhi~London~Beijing~Islamabad~Kathmandu")
	who = ""
	h = rnd(24); mi = rnd(60)
	k = rnd(4)
	if (k == 0) { by = src; dl = "Updated: " abbr[M] " " d2(D) ", " Y " " hm(h, mi) " IST" }
	else if (k == 1) { by = src "\n" city; dl = "Updated on " abbr[M] " " d2(D) ", " Y " " clock0(h, mi, "AM", "PM") " IST" }
	else if (k == 2) { who = who8("Rezaul H Laskar~Anisha Dutta~Prashant Jha~Kunal Sen~Shruti Mehra"); by = "By " lk(who) ", " city
		dl = toupper("Updated on " abbr[M] " " d2(D) ", " Y " " clock0(h, mi, "AM", "PM")) " IST" }
	else { by = pick("Hindustan Times~HT News Desk~hindustantimes.com") " | " pick("Edited by " who8("Aditi Rao~Kanishka Nair") "~By " src) ", " city
		dl = abbr[M] " " d2(D) ", " Y " " clock0(h, mi, "AM", "PM") " IST" }
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+05:30")
	st = rnd(2) ? standfirst(gen8) : ""
	sh = rnd(2) ? pick("Share Via~Copy link~Share Via\nCopy link") : ""
	im = rnd(2) ? CP pick(caps8) ". (" pick("AFP~Reuters~AP~HT Photo~PTI~File photo") ")" : ""
	HEAD = order("st by dl sh im~by dl st im sh~st im by dl sh", st, by, dl, sh, im)
	if (rnd(2)) insert("Also Read | " pick(heads8), 2 + rnd(4))
	s = ""
	if (rnd(2)) s = "Get Latest World News along with Latest News and Top Headlines from India and around the world."
	TAGX = "Topics\n" some(tags8, 2, 5)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("Top News~Latest News~Related Stories") "\n" related(heads8, 2, 4, 15, "toi", 0))
	s = cat(s, some("About Us~Contact Us~Terms of Use~Privacy Policy~Weather Today~HT Newsletters~Disclaimer~Print Ad Rates~Code of Ethics~Sitemap", 3, 8))
	FOOT = cat(s, "Copyright © HT Digital Streams Ltd. All rights reserved.")
}

function ndtv8(title,    s, who, by, dl, st, sh, im, h, mi, k, src, sec, city, kp, n, i, a) {
	site7(pick("~ | NDTV.com~ - NDTV"), "www.ndtv.com", "/world-news/" slug7(title) "-" (1970000 + rnd(30000)))
	s = some("NDTV~हिंदी~Live TV~Latest~India~World~Sign In~Search", 2, 5)
	s = cat(s, some("Business~Movies~Cricket~Health~Food~Tech~Auto~Swirlster~Trends~Gadgets 360~Education~Photos~Videos~Opinion", 5, 10))
	if (rnd(3) == 0) s = cat(s, "Trending\n" some("Assembly Elections~Budget~Weather~Cricket Score~Stock Market", 2, 4))
	s = cat(s, top7("Top Stories~Latest~Trending", "plain~num~under"))
	NAV = cat(s, pick("Home\nWorld News~World News~World\nNews~NDTV World"))
	sec = pick("World~World News~India News")
	src = pick("Agence France-Presse~Reuters~Associated Press~Press Trust of India~Indo-Asian News Service")
	city = pick("Moscow~Washington~Islamabad~Beijing~London~Kabul~Dhaka~Colombo")
	who = ""
	h = rnd(24); mi = rnd(60)
	k = rnd(3)
	if (k == 0) dl = sec " | " src " | Updated: " month[M] " " d2(D) ", " Y " " hm(h, mi) " IST"
	else if (k == 1) { who = who8("Anindita Bose~Vishal Mathur~Nandini Rao~Siddharth Iyer"); dl = sec " | " pick("Edited by~Reported by~Written by") " " \
		lk(who) " | Updated: " month[M] " " d2(D) ", " Y " " h12(h) ":" d2(mi) " " (h < 12 ? "am" : "pm") " IST" }
	else dl = sec " | " src "\n" "Updated: " month[M] " " d2(D) ", " Y " " hm(h, mi) " IST"
	by = ""
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+05:30")
	kp = ""
	if (rnd(2)) {
		n = split(headlines(gen8, 3, 3), a, "\n")
		kp = "Highlights"
		for (i = 1; i <= n; i++) kp = kp "\n" LI a[i]
	}
	sh = rnd(2) ? some("Email~Facebook~Twitter~Reddit~Whatsapp~Comments~Share", 3, 6) : ""
	im = rnd(2) ? CP pick(caps8) " (" pick("Representational~File~AFP~Reuters~Twitter") ")" : ""
	HEAD = order("dl sh x im~dl x sh im~x dl im sh", "", by, dl, sh, im, kp)
	if (rnd(2)) BODY = city ": " BODY
	if (rnd(3) == 0) insert("Advertisement", 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)"
	if (rnd(2)) s = cat(s, "Get the latest news, live updates and special reports. Track Latest News Live on NDTV.com and get news updates from India and around the world.")
	TAGX = some(tags8, 2, 5)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("Related News~Featured~Top Stories") "\n" related(heads8, 2, 4, 12, "ago", 0))
	s = cat(s, some("Trending~Elections~Cricket~Tech~Movies~About Us~Advertise~Careers~Privacy Policy~Terms of Use~Feedback~Sitemap~Archives", 3, 8))
	FOOT = cat(s, "Copyright © NDTV Convergence Limited " Y ". All rights reserved.")
}

function dawn8(title,    s, by, dl, st, sh, im, h, mi, k, src) {
	site7(pick("~ - Pakistan - DAWN.COM~ - World - DAWN.COM"), "www.dawn.com", "/news/" (1455000 + rnd(20000)) "/" slug7(title))
	s = some("DAWN.COM~Dawn~E-Paper~Sign In~Search~Menu", 2, 4)
	s = cat(s, some("Home~Latest~Pakistan~Business~Opinion~World~Sport~Magazines~Tech~Videos~Popular~Archive~Prism~Images~Herald~Aurora~EOS", 5, 11))
	if (rnd(2)) s = cat(s, "Advertisement")
	if (rnd(3) == 0) s = cat(s, "Today's Paper | " dayname[W + 1] " " D " " month[M] " " Y)
	s = cat(s, top7("Most Popular~Latest Stories~Editorial", "num~plain"))
	NAV = cat(s, pick("World~Pakistan~Sport~Business"))
	src = pick("AFP~Reuters~AP~Dawn.com~Anadolu Agency~The Newspaper's Staff Reporter~APP")
	h = rnd(24); mi = rnd(60)
	k = rnd(4)
	if (k == 0) dl = src " Published " month[M] " " D ", " Y
	else if (k == 1) dl = src "\nUpdated " month[M] " " d2(D) ", " Y
	else if (k == 2) dl = src " | " pick("AFP~Reuters") "\nPublished " d2(D) " " abbr[M] ", " Y " " ptclock(h, mi, ":", "am", "pm")
	else dl = src "\nUpdated " d2(D) " " abbr[M] ", " Y
	by = ""
	BYN = ""; DLX = dl; ISOT = isot7(h, mi, "+05:00")
	st = rnd(3) ? "" : standfirst(gen8)
	sh = rnd(2) ? pick("Facebook\nCount\nTwitter\nShare\n" rnd(40) "~" rnd(30) " Comments\nPrint~Email\nFacebook\nTwitter\nWhatsApp") : ""
	im = rnd(2) ? CP pick(caps8) ". — " pick("AFP~Reuters~AP~AFP/File~Photo courtesy Twitter~DawnNewsTV screengrab") : ""
	HEAD = order("dl sh st im~st dl sh im~im dl st sh", st, by, dl, sh, im)
	if (rnd(2)) insert("Advertisement", 2 + rnd(4))
	s = ""
	if (rnd(2)) s = "Comments (" rnd(60) ")\n" pick("Closed~Comments are closed on this story.")
	if (rnd(3) == 0) s = cat(s, "Dawn welcomes comments that are respectful of others. Abusive or off-topic comments will be removed.")
	TAGX = some(tags8, 1, 4)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("Editorial~Opinion~Latest Stories~Related Stories") "\n" related(heads8, 2, 4, 15, "ap", 0))
	s = cat(s, some("About us~Contact us~Advertise~Careers~Code of Ethics~Social Media Policy~Comments Policy~Privacy Policy", 3, 7))
	FOOT = cat(s, "Copyright © " Y ", Dawn")
}

function news24_8(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	site7(pick(" | News24~ - News24~"), "www.news24.com", "/World/News/" slug7(title) "-" Y d2(M) d2(D))
	s = some("Sign In~Subscribe~News24~Search~Menu~Sign up for newsletters", 2, 5)
	s = cat(s, some("News~South Africa~World~Africa~Opinion~Business~Sport~Entertainment~Lifestyle~Video~Elections~Investigations~Weather", 5, 10))
	if (rnd(3) == 0) s = cat(s, pick("Johannesburg~Cape Town~Durban~Pretoria") "\n" (12 + rnd(20)) "°C\n" pick("Sunny~Partly cloudy~Thunderstorms"))
	if (rnd(3) == 0) s = cat(s, "USD/ZAR\n" (13 + rnd(2)) "." d2(rnd(100)) "\nJSE All Share\n" (50000 + rnd(9000)))
	s = cat(s, top7("TOP STORIES~Trending~Most Read~Editor's Choice", "plain~under"))
	NAV = cat(s, pick("World~News24~World\nNews~Africa"))
	who = who8("Thandeka Mokoena~Pieter du Plessis~Lindiwe Zulu~Jason Felix~Carla Botha")
	h = rnd(24); mi = rnd(60)
	k = rnd(3)
	if (k == 0) { by = pick("AFP~Reuters~AP~" lk(who)); dl = Y "-" d2(M) "-" d2(D) " " hm(h, mi) }
	else if (k == 1) { by = lk(who) "\n" pick("News24~AFP~Correspondent"); dl = d2(D) " " abbr[M] " " Y }
	else { by = pick("News24 Wire~AFP~" lk(who)); dl = dayname[W + 1] ", " D " " month[M] " " Y }
	if (k == 1 && rnd(2)) dl = dl "\nShare\nBookmark"
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+02:00")
	st = rnd(2) ? standfirst(gen8) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~WhatsApp~Comments", 2, 4) : ""
	im = rnd(2) ? CP pick(caps8) ". (" pick(credits8) ")" : ""
	HEAD = order("dl by st im sh~st by dl sh im~by dl im st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(bo("READ:") " " pick(heads8), 2 + rnd(4))
	s = ""
	if (rnd(2)) s = "Multimedia   ·   User Galleries   ·   News in Pictures\nSend us your pictures   ·   Send us your stories"
	if (rnd(3) == 0) s = cat(s, "Join the conversation!\n24.com encourages commentary submitted via MyNews24. " \
	    "Contributions of 200 words or more will be considered for publication.")
	TAGX = "Read more on:\n" some(tags8, 1, 4)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("Related Links~More In This Category~Latest") "\n" related(heads8, 2, 4, 12, "ukabbr", 0))
	s = cat(s, some("About~Advertise~Terms & Conditions~Privacy~PAIA~Careers~Contact Us~Press Code~Media24", 3, 7))
	FOOT = cat(s, "© " Y " 24.com. All rights reserved.")
}

function nzh8(title,    s, who, by, dl, st, sh, im, h, mi, k, rd) {
	site7(pick(" - NZ Herald~ - New Zealand Herald~"), "www.nzherald.co.nz", "/world/news/article.cfm?c_id=2&objectid=" (12180000 + rnd(20000)))
	s = some("Skip to main content~NZ Herald~Subscribe~Sign in~Search~Menu~Premium", 2, 5)
	s = cat(s, some("Latest news~New Zealand~World~Business~Sport~Entertainment~Lifestyle~Travel~Opinion~Property~Kahu~Weather~Video~Podcasts", 5, 10))
	if (rnd(3) == 0) s = cat(s, "Auckland\n" (12 + rnd(14)) "°\n" pick("Fine~Showers~Cloudy~Wind"))
	s = cat(s, top7("Latest from World~Most Popular~Breaking News", "plain~under"))
	NAV = cat(s, pick("World~New Zealand~Premium\nWorld~World | Asia~World | Europe"))
	who = who8("Kirsty Hollings~Tama Ngata~Ben Southgate~Olivia Kerr~Ravi Chand")
	by = pick("By " lk(who) "~By " lk(who) "\n" pick("Senior reporter~Business reporter~Digital producer") "~" pick("AP~Reuters~AFP~NZ Herald~Daily Telegraph UK"))
	h = rnd(24); mi = rnd(60)
	rd = (2 + rnd(6)) " mins to read"
	k = rnd(3)
	if (k == 0) dl = D " " abbr[M] ", " Y " " clk(h, mi)
	else if (k == 1) dl = D " " abbr[M] ", " Y " " clk(h, mi) "\n" rd
	else dl = rd "\n" D " " abbr[M] ", " Y " " clk(h, mi)
	BYN = who; DLX = dl; ISOT = isot7(h, mi, nztz() == "NZDT" ? "+13:00" : "+12:00")
	st = rnd(3) ? standfirst(gen8) : ""
	sh = rnd(2) ? some("Save~Share~Share this article~Facebook~X~Email", 2, 4) : ""
	im = rnd(2) ? CP pick(caps8) ". Photo / " pick("AP~Getty Images~Supplied~Reuters~File~NZ Herald") : ""
	HEAD = order("st dl by im sh~by dl st sh im~st im by dl sh", st, by, dl, sh, im)
	if (rnd(2)) insert("Advertisement\nAdvertise with NZME.", 2 + rnd(4))
	s = ""
	if (rnd(3) == 0) s = "- " pick("AP~Reuters~AFP~Daily Telegraph UK")
	TAGX = some(tags8, 2, 5)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("Latest from World~More World~Latest Premium") "\n" related(heads8, 2, 4, 12, "ukabbr", 0))
	s = cat(s, some("About NZ Herald~Meet the journalists~Newsletters~Classifieds~Help & support~Contact us~Manage your print subscription~" \
	    "Subscribe to Herald Premium~Privacy Policy~Terms of use~Competition terms & conditions~Our use of AI", 3, 8))
	FOOT = cat(s, "© Copyright " Y " NZME Publishing Limited")
}

function star8(title,    s, who, by, dl, st, sh, im, k, rd) {
	site7(pick(" | The Star~ | Toronto Star~"), "www.thestar.com", "/news/world/" Y "/" d2(M) "/" d2(D) "/" slug7(title) ".html")
	s = some("Skip to Main Content~Toronto Star~thestar.com~Subscribe~Sign In~Search~Menu", 2, 5)
	s = cat(s, some("Home~GTA~Canada~Politics~World~Business~Opinion~Sports~Entertainment~Life~Real Estate~Investigations~Podcasts~E-Edition", 5, 10))
	if (rnd(3) == 0) s = cat(s, "Toronto\n" (-12 + rnd(30)) "°C\n" pick("Flurries~Mainly cloudy~Clear"))
	if (rnd(4) == 0) s = cat(s, "Support independent journalism\nSubscribe for $1 a week")
	s = cat(s, top7("Top Stories~Most Read~Breaking", "plain~under"))
	NAV = cat(s, pick("World~News | World~WORLD~Canada"))
	who = who8("Marissa Oduya~Jean-Luc Paquette~Tessa Morrow~Hamza Qureshi~Declan Hurley")
	k = rnd(3)
	if (k == 0) by = "By " lk(who) pick("Staff Reporter~ Staff Reporter~ Europe Bureau~ Washington Bureau")
	else if (k == 1) by = "By " pick("The Associated Press~The Canadian Press~Reuters~Star Wire Services")
	else by = lk(who) "\n" pick("Staff Reporter~Columnist~Foreign Affairs Reporter")
	rd = (2 + rnd(6)) " min read"
	k = rnd(3)
	if (k == 0) dl = substr(dayname[W + 1], 1, 3) ".,  " ap[M] " " D ", " Y "\ntimer" rd
	else if (k == 1) dl = substr(dayname[W + 1], 1, 3) "., " ap[M] " " D ", " Y "\n" rd
	else dl = pick("Published~Updated") " " ap[M] " " D ", " Y
	BYN = who; DLX = dl; ISOT = isot7(rnd(24), rnd(60), usdst(Y, M, D) ? "-04:00" : "-05:00")
	st = rnd(3) ? "" : standfirst(gen8)
	sh = rnd(2) ? some("Facebook~Twitter~Email~Copy article link~Save~Republish this article", 2, 5) : ""
	im = rnd(2) ? CP cap(caps8, credits8, " ^") : ""
	if (im != "" && rnd(2)) im = CP pick(caps8) " " toupper("(" pick("Rick Madonik~Steve Russell~Andrew Francis Wallace") " / Toronto Star)")
	HEAD = order("st by dl sh im~st im by dl sh~by dl sh st im", st, by, dl, sh, im)
	if (rnd(2)) insert("Advertisement", 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Republish this article\n" pick("Report an error~Journalistic Standards~About The Star")
	if (rnd(2)) s = cat(s, HD "Conversations are opinions of our readers and are subject to the Code of Conduct. The Star does not endorse these opinions.")
	TAGX = some(tags8, 2, 4)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("More from The Star & Partners~Top Stories~Read more about:") "\n" related(heads8, 2, 4, 14, "ap", 0))
	s = cat(s, some("About~Atkinson Principles~Glossary~Trust Project~Contact Us~Advertise~Careers~Subscribe~Newsletters~Corrections~Privacy Policy", 3, 8))
	FOOT = cat(s, "© Copyright Toronto Star Newspapers Ltd. All rights reserved. Distribution of this content is strictly prohibited.")
}

function seattle8(title,    s, who, by, dl, st, sh, im, h, mi, h2, k) {
	site7(pick(" | The Seattle Times~"), "www.seattletimes.com", "/nation-world/" slug7(title) "/")
	s = some("Skip to content~The Seattle Times~Subscribe~Log In~Search~Menu~Newsletters", 2, 5)
	s = cat(s, some("Local News~Business~Nation & World~Life~Entertainment~Sports~Opinion~Explore~Traffic Lab~Education Lab~Photo & Video~Obituaries", 4, 9))
	if (rnd(3) == 0) s = cat(s, "Seattle\n" (30 + rnd(25)) "°F\n" pick("Rain~Showers~Cloudy"))
	s = cat(s, top7("Most Read Stories~Trending~Latest", "num~plain"))
	NAV = cat(s, pick("Nation & World~Nation~World~Nation & World | Politics"))
	who = who8("Hannah Lindqvist~Marcus Tran~Dana Whitfield~Carlos Romero~Priya Venkat")
	k = rnd(3)
	if (k == 0) by = "By " lk(who) "\nSeattle Times staff reporter"
	else if (k == 1) by = pick("The Associated Press~The New York Times~The Washington Post~Bloomberg")
	else by = "By " lk(who) "\n" pick("The Associated Press~The New York Times")
	h = rnd(18); mi = rnd(60); h2 = h + 1 + rnd(5)
	k = rnd(3)
	if (k == 0) dl = "Originally published " month[M] " " D ", " Y " at " ptclock(h, mi, ":", " am", " pm") " | Updated " month[M] " " D ", " Y " at " ptclock(h2, rnd(60), ":", " am", " pm")
	else if (k == 1) dl = "Originally published " month[M] " " D ", " Y " at " ptclock(h, mi, ":", " am", " pm")
	else dl = month[M] " " D ", " Y " at " ptclock(h, mi, ":", " am", " pm")
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usdst(Y, M, D) ? "-07:00" : "-08:00")
	st = rnd(3) ? "" : standfirst(gen8)
	sh = rnd(2) ? some("Share story~Facebook~Twitter~Email~Print", 2, 4) : ""
	im = rnd(2) ? CP cap(caps8, credits8, " (@)") : ""
	HEAD = order("st by dl sh im~im by dl sh~by dl im sh", st, by, dl, sh, im)
	if (rnd(2)) insert("___", 4 + rnd(4))
	s = ""
	if (k != 0 || rnd(2)) s = "The Seattle Times does not append comment threads to stories from wire services such as the Associated Press, " \
	    "The New York Times, The Washington Post or Bloomberg News. Rather, we focus on discussions related to local stories by our own staff."
	if (rnd(2)) s = cat(s, HD "Most Read Stories\n" headlines(heads8, 2, 5))
	TAGX = some(tags8, 1, 3)
	if (rnd(2)) s = cat(s, HD "Related stories\n" related(heads8, 1, 3, 15, "long", 0))
	s = cat(s, some("Subscriber Services~Contact~Advertise~Newspapers in Education~Seattle Times Store~Privacy Statement~Terms of Service~Site Map", 3, 7))
	FOOT = cat(s, "Copyright © " Y " The Seattle Times Company")
}

function newsweek8(title,    s, who, by, dl, st, sh, im, h, mi, k, yy) {
	site7(pick("~ - Newsweek"), "www.newsweek.com", "/" slug7(title) "-" (1280000 + rnd(40000)))
	s = some("Newsweek~U.S. Edition~Subscribe~Log In~Search~Menu~Newsletters", 2, 5)
	s = cat(s, some("U.S.~World~Politics~Tech & Science~Health~Culture~Sports~Opinion~Podcasts~Vantage~Better Planet~Fact Check", 4, 9))
	if (rnd(3) == 0) s = cat(s, pick("Read Newsweek's Editorial Guidelines~Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground."))
	s = cat(s, top7("Trending~Most Read~In the news", "plain~num"))
	NAV = cat(s, pick("WORLD~U.S.~POLITICS~TECH & SCIENCE~" toupper(pick(tags8))))
	who = who8("Gareth Kells~Shannon Alcott~Teodor Vasquez~Jenna Rourke~Aditya Prakash")
	h = rnd(24); mi = rnd(60); yy = substr(Y "", 3, 2)
	k = rnd(3)
	if (k == 0) { by = ""; dl = toupper("By " who " On " M "/" D "/" yy " at " clock(h, mi, "AM", "PM") " " ustz()) }
	else if (k == 1) { by = "By " lk(who); dl = "On " M "/" D "/" yy " at " clock(h, mi, "AM", "PM") " " ustz() }
	else { by = lk(who) "\n" pick("Senior Writer~Staff Reporter~News Reporter"); dl = "Published " abbr[M] " " d2(D) ", " Y " at " clock(h, mi, "AM", "PM") " " ustz() }
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usdst(Y, M, D) ? "-04:00" : "-05:00")
	st = rnd(2) ? standfirst(gen8) : ""
	sh = rnd(2) ? some("SHARE~Share~Facebook~Twitter~LinkedIn~Email~Comment", 2, 4) : ""
	im = rnd(2) ? CP pick(caps8) ". " pick(credits8) : ""
	HEAD = order("by dl st sh im~st im by dl sh~im by dl sh st", st, by, dl, sh, im)
	if (rnd(2)) insert("Newsweek Daily Podcast\nListen to the latest", 2 + rnd(4))
	s = ""
	if (rnd(2)) s = "Request Reprint & Licensing\nSubmit Correction\nView Editorial Guidelines"
	TAGX = some(tags8, 2, 5)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD "About the writer\n" lk(who) " is a " pick("reporter~senior writer") " at Newsweek based in " pick("London~New York~Washington D.C.") ".")
	if (rnd(2)) s = cat(s, HD pick("More From Newsweek~Trending~Related") "\n" related(heads8, 2, 4, 14, "num", 0))
	s = cat(s, some("Editions~U.S.~Japan~Romania~Corrections~Terms of Use~Privacy Policy~Cookie Policy~Contact~About Us~Careers~Mission Statement", 3, 8))
	FOOT = cat(s, "© " Y " Newsweek")
}

function forbes8(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	who = who8("Ellen Harrow~Victor Osei~Lena Sato~Mark Feeney~Rohan Kapila")
	site7(pick("~ - Forbes"), "www.forbes.com", "/sites/" host7(who) "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
	s = some("Forbes~Subscribe~Sign In~Search~Menu~Subscribe: Less than $1.50/wk", 2, 5)
	s = cat(s, some("Billionaires~Innovation~Leadership~Money~Business~Small Business~Lifestyle~Lists~Advisor~Featured~Breaking~Forbes Daily", 4, 9))
	s = cat(s, top7("Editors' Pick~Breaking~Forbes Daily", "plain~plain"))
	NAV = cat(s, pick("Business~Innovation~Policy~Energy~Science~Markets"))
	if (rnd(3) == 0) NAV = cat(NAV, "Editors' Pick")
	by = lk(who) "\n" pick("Contributor~Forbes Staff~Senior Contributor~Former Staff") "\n" pick("I write about energy, climate and geopolitics.~" \
	    "I cover breaking news.~I write about science and space.~I report on global markets.~")
	if (rnd(2)) by = by "\nFollow"
	h = rnd(24); mi = rnd(60)
	k = rnd(3)
	if (k == 0) dl = abbr[M] " " D ", " Y "," d2(h12(h)) ":" d2(mi) (h < 12 ? "am" : "pm") " " ustz()
	else if (k == 1) dl = abbr[M] " " D ", " Y ", " d2(h12(h)) ":" d2(mi) (h < 12 ? "am" : "pm") " " ustz()
	else dl = pick("Published~Updated") " " abbr[M] " " D ", " Y ", " d2(h12(h)) ":" d2(mi) (h < 12 ? "am" : "pm") " " ustz()
	if (rnd(2)) dl = "This article is more than " (4 + rnd(3)) " years old.\n" dl
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usdst(Y, M, D) ? "-04:00" : "-05:00")
	st = ""
	sh = rnd(2) ? some("Share to Facebook~Share to Twitter~Share to Linkedin~Save Article~Comment", 2, 4) : ""
	im = rnd(2) ? CP cap(caps8, credits8, " (Photo by @)") : ""
	HEAD = order("by dl sh im~dl by sh im~im by dl sh", st, by, dl, sh, im)
	if (rnd(2)) insert("Today In: " pick("Business~Innovation~Energy~Policy"), 1 + rnd(3))
	s = ""
	if (rnd(2)) s = "Opinions expressed by Forbes Contributors are their own."
	if (rnd(2)) s = cat(s, "Follow me on " pick("Twitter~LinkedIn") ". Check out my website.")
	if (rnd(2)) s = cat(s, lk(who) "\n" pick("Editorial Standards~Print~Reprints & Permissions"))
	TAGX = some(tags8, 1, 3)
	if (rnd(2)) s = cat(s, HD pick("More From Forbes~Read More~Editors' Picks") "\n" related(heads8, 2, 4, 14, "abbr", 0))
	s = cat(s, some("Adchoices~Privacy Statement~Your Privacy Choices~Cookie Preferences~Digital Terms of Sale~Terms of Service~Contact Us~" \
	    "Send Us Feedback~Report a Security Issue~Jobs At Forbes~Reprints & Permissions~Forbes Press Room~Advertise", 4, 9))
	FOOT = cat(s, "© " Y " Forbes Media LLC. All Rights Reserved.")
}

function bi8(title,    s, who, by, dl, st, sh, im, h, mi, k, kp, n, i, a) {
	site7(pick("~ - Business Insider~ | Insider"), "www.businessinsider.com", "/" slug7(title) "-" Y "-" M)
	s = some("Business Insider~Insider logo~Subscribe~Newsletters~Log in~Search~Menu~Home", 2, 5)
	s = cat(s, some("Business~Strategy~Economy~Finance~Retail~Advertising~Careers~Media~Real Estate~Small Business~Tech~Science~Politics~Military & Defense~Transportation", 4, 10))
	if (rnd(3) == 0) s = cat(s, "Facebook Icon\nThe letter F.\nEmail icon\nAn envelope. It indicates the ability to send an email.\nTwitter icon\nA stylized bird with an open mouth, tweeting.")
	s = cat(s, top7("Trending~Most Popular~Latest", "plain~plain"))
	NAV = cat(s, pick("Politics~International~Science~Military & Defense~News"))
	who = who8("Kelsey Tran~Bradley Ostrow~Yasmin Haidari~Conor Pryce~Jae-won Kim")
	h = rnd(24); mi = rnd(60)
	by = lk(who)
	k = rnd(3)
	if (k == 0) dl = ap[M] " " D ", " Y ", " clock(h, mi, "AM", "PM")
	else if (k == 1) dl = ap[M] " " D ", " Y ", " clock(h, mi, "AM", "PM") pick("~\nShare~\nSave")
	else dl = month[M] " " D ", " Y
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usdst(Y, M, D) ? "-04:00" : "-05:00")
	kp = ""
	if (rnd(2)) {
		n = split(headlines(gen8, 2, 4), a, "\n")
		for (i = 1; i <= n; i++) kp = cat(kp, LI a[i] ".")
		if (rnd(2)) kp = cat(kp, LI "Visit Business Insider's homepage for more stories.")
	}
	st = ""
	sh = rnd(2) ? some("Share~Facebook~Email~Twitter~LinkedIn~Copy Link~Impact Link", 2, 4) : ""
	im = rnd(2) ? CP pick(caps8) "\n" pick(credits8) : ""
	HEAD = order("by dl x im sh~x by dl sh im~im x by dl", st, by, dl, sh, im, kp)
	if (rnd(2)) insert("Advertisement", 2 + rnd(3))
	if (rnd(3) == 0) insert(bo("Read more:") " " pick(heads8), 3 + rnd(3))
	s = ""
	if (rnd(2)) s = bo("NOW WATCH:") " " pick("Popular Videos~" pick(heads8))
	if (rnd(3) == 0) s = cat(s, "SEE ALSO: " pick(heads8))
	TAGX = some(tags8, 1, 4)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("Read next~Related stories~More from Politics") "\n" related(heads8, 2, 4, 12, "ap", 0))
	s = cat(s, some("Jobs@Business Insider~Stock quotes by finanzen.net~Reprints & Permissions~Advertising~Contact Us~Terms of Service~Privacy Policy~Sitemap", 3, 7))
	FOOT = cat(s, "* Copyright © " Y " Insider Inc. All rights reserved. Registration on or use of this site constitutes acceptance of our " \
	    "Terms of Service and Privacy Policy.")
}

function consent8(    k) {	# a consent or privacy notice
	k = rnd(3)
	if (k == 0)
		return ask("We value your privacy~Privacy preferences~Your choices about cookies~Cookies help us do our work",
		    "We and our partners store and read information on your device, such as cookies and device identifiers, to deliver, measure " \
		    "and improve our content and advertising.~Click \"I Accept\" to consent, or \"Options\" to choose what you allow. " \
		    "Your choices apply to this site only.~We share some data with advertising partners. You may object to legitimate interest processing at any time.",
		    "I Accept~Options~Reject All~Show purposes~Save my choices~Partners~Accept & Close", 4)
	if (k == 1)
		return pick("We use cookies for analytics and personalised ads. Find out more in our Cookie Policy.~" \
		    "You have reached your limit of free articles this month.~" \
		    "Already a subscriber? Sign in to keep reading.~" \
		    "Turn on notifications for breaking news alerts?") "\n" pick("OK~Accept~Not now~Allow~Sign in~Close")
	return ask("Support quality journalism~Keep reading for free",
	    "Create a free account to read more stories and get our newsletters.~Subscribers get unlimited access on every device.",
	    "Register~Log in~Subscribe now~Maybe later~No thanks", 3)
}

# Variant 9's sites: the Korea Herald, the Bangkok Post, the Jakarta
# Post, the Manila Times, Arab News, the National (UAE), the Jerusalem
# Post, the Kyiv Independent, the Moscow Times, Balkan Insight, the Local
# (Sweden), the Buenos Aires Times or the Rio Times, Premium Times
# (Nigeria) or the East African, a Patch town page and a Gannett local
# daily, in words written fresh.  Each sets NAV, HEAD and FOOT and what
# layout7 needs (TS, DOM, URL, BYN, DLX, ISOT, TAGX).  Every date before
# the body is the article's day, in the site's own form and zone; other
# days come only after it.

function eutz(s, w) { return ukdst(Y, M, D) ? s : w }	# EU summer time, as the UK's
function later9(h, mi,    n) {	# an update later on the same day, in H2 MI2
	n = 23 - h; if (n > 3) n = 3
	if (n < 1) { H2 = h; MI2 = mi; return }
	H2 = h + 1 + rnd(n); MI2 = rnd(60)
}

function korea9(title,    s, who, by, dl, st, sh, im, h, mi) {
	site7(pick(" - The Korea Herald~~"), "www.koreaherald.com", "/view.php?ud=" Y d2(M) d2(D) "000" (100 + rnd(900)))
	s = some("The Korea Herald~Herald Corp~한국어~Subscribe~Sign in~Search~All Menu", 2, 5)
	s = cat(s, some("National~Politics~Social Affairs~Foreign Affairs~Defense~North Korea~Business~Finance~Industry~" \
	    "Technology~Life&Style~Entertainment~Sports~World~Opinion~K-pop", 5, 11))
	if (rnd(3) == 0) s = cat(s, "KOSPI\n" (1990 + rnd(120)) "." d2(rnd(100)) "\n" pick("▲~▼") (1 + rnd(30)) "." d2(rnd(100)) "\nUSD/KRW\n" (1110 + rnd(30)) "." d2(rnd(100)))
	s = cat(s, top7("Most Popular~Latest News~Editor's Picks", "num~plain"))
	NAV = cat(s, pick("World~National~North Korea~Asia News Network~World\nAsia-Pacific"))
	who = pick("Kim Yoon-seo~Park Ji-hoon~Lee Min-jae~Choi Soo-ah~Jung Hae-won~Shin Da-eun")
	by = pick("By " lk(who) "~By " lk(who) " (" host7(who) "@heraldcorp.com)~By " lk(who) "\nKorea Herald correspondent~By Yonhap~By AFP")
	h = rnd(22); mi = rnd(60); later9(h, mi)
	dl = "Published : " abbr[M] " " D ", " Y " - " hm(h, mi)
	if (rnd(2)) dl = dl pick("\n~    ~ ") "Updated : " abbr[M] " " D ", " Y " - " hm(H2, MI2)
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+09:00")
	st = rnd(3) ? "" : standfirst(gen9)
	sh = rnd(2) ? some("facebook~twitter~kakaotalk~link~Print~A-~A+", 3, 6) : ""
	im = rnd(2) ? CP cap(caps9, credits9, pick(" (@)~ (@-Yonhap)")) : ""
	HEAD = order("st by dl sh im~dl by st im sh~by dl im sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(CP cap(caps9, credits9, " (@)"), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = lk(who) pick("~\n" host7(who) "@heraldcorp.com")
	if (rnd(2)) s = cat(s, HD pick("Most Popular~More from World~Related articles") "\n" related(heads9, 2, 5, 12, "abbr", 2))
	TAGX = some(tags9, 1, 3)
	s = cat(s, some("About Us~Contact Us~Subscribe~Advertise~Privacy Policy~Terms of Service~Youth Protection Policy~Herald Corp", 3, 7))
	FOOT = cat(s, "Address : Huam-ro 4-gil 10, Yongsan-gu, Seoul, Korea | Tel : +82-2-727-0114\nCopyright Herald Corporation. All Rights Reserved.")
}

function bangkok9(title,    s, who, by, dl, st, sh, im, h, mi) {
	site7(pick(" - Bangkok Post~~ | Bangkok Post: news"), "www.bangkokpost.com", "/world/" (1600000 + rnd(90000)) "/" slug7(title))
	s = some("Bangkok Post~Sign in~Register~Subscribe~Search~Menu~Thai~Digital Archive", 2, 5)
	s = cat(s, some("News~Business~Opinion~Life~Tech~Travel~Auto~Property~Thailand~World~Asean~Investigation~Video~Photo~Learning", 5, 11))
	if (rnd(3) == 0) s = cat(s, "Bangkok\n" (25 + rnd(10)) "°C\n" pick("Haze~Partly cloudy~Clear sky~Thunderstorm") "\nPM2.5\n" (20 + rnd(120)) " µg/m³")
	if (rnd(4) == 0) s = cat(s, "SET\n" (1550 + rnd(100)) "." d2(rnd(100)) "\n" pick("+~-") rnd(20) "." d2(rnd(100)))
	s = cat(s, top7("MOST RECENT~TOP STORIES~MOST VIEWED", "plain~under~plain"))
	NAV = cat(s, pick("WORLD~ASIA~GENERAL~WORLD\nASIA"))
	who = pick("Wassana Phromsiri~Apinya Saetang~Somchai Rattanakul~Jonathan Hale~Online Reporters~Reuters~AFP")
	h = rnd(22); mi = rnd(60); later9(h, mi)
	dl = "PUBLISHED : " D " " abbr[M] " " Y " at " hm(h, mi)
	if (rnd(3) == 0) dl = dl "\nUPDATED : " D " " abbr[M] " " Y " at " hm(H2, MI2)
	if (rnd(2)) dl = dl "\nNEWSPAPER SECTION: " pick("News~World~Asia focus~Business")
	by = "WRITER: " lk(who)
	if (rnd(2)) dl = cat(dl, by); else dl = cat(by, dl)
	by = ""
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+07:00")
	st = rnd(3) ? standfirst(gen9) : ""
	sh = rnd(2) ? some("Share~Facebook~X~Line~Email~Print~" (rnd(40)) " viewing", 2, 5) : ""
	if (rnd(3) == 0) sh = cat(sh, "Listen to this article\nPress play to listen to this article\nVoiced by Amazon Polly")
	im = rnd(2) ? CP cap(caps9, credits9, pick(" (Photo: @)~. (@ photo)")) : ""
	HEAD = order("st dl sh im~st im dl sh~dl st im sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(CP cap(caps9, credits9, " (Photo: @)"), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = HD "RELATED\n" related(heads9, 2, 4, 10, "ukabbr", 0)
	TAGX = "Do you like the content of this article?\n" some("Like~Dislike", 2, 2)
	if (rnd(2)) s = cat(s, TAGX)
	TAGX = some(tags9, 2, 5)
	if (rnd(2)) s = cat(s, HD "Topics\n" TAGX)
	s = cat(s, some("About us~Contact us~Advertise with us~Terms of use~Privacy policy~Sitemap~Jobs~Bangkok Post App", 3, 7))
	FOOT = cat(s, "© Copyright The Post Publishing Public Co., Ltd. All rights reserved.")
}

function jakarta9(title,    s, who, by, dl, st, sh, im, h, mi, city, k) {
	site7(pick(" - The Jakarta Post~ - World - The Jakarta Post~"), "www.thejakartapost.com", "/news/" Y "/" d2(M) "/" d2(D) "/" slug7(title) ".html")
	s = some("The Jakarta Post~Log in~Subscribe~Search~Menu~Premium~Digital subscription", 2, 5)
	s = cat(s, some("Indonesia~Politics~Jakarta~Business~World~Asia & Pacific~Opinion~Culture~Travel~Sports~Multimedia~" \
	    "Academia~Environment~Science & Tech~Deep Look", 5, 11))
	if (rnd(3) == 0) s = cat(s, "JCI\n" (6100 + rnd(300)) "." d2(rnd(100)) "\nIDR/USD\n" (14100 + rnd(400)))
	s = cat(s, top7("Popular~Latest~Editor's choice", "plain~num"))
	NAV = cat(s, pick("World~Asia & Pacific~Europe~Americas~Middle East & Africa~Indonesia"))
	who = pick("Agence France-Presse~Reuters~Associated Press~Dian Kusumawardani~Fikri Ramadhan~Ayu Lestari")
	city = pick("Jakarta~Paris, France~Beijing, China~New York, United States~Moscow, Russia~Cairo, Egypt~Sydney, Australia")
	h = rnd(24); mi = rnd(60)
	k = rnd(3)
	if (k == 0) { by = lk(who); dl = city " | " substr(dayname[W + 1], 1, 3) ", " month[M] " " D ", " Y " | " clock0(h, mi, "am", "pm") }
	else if (k == 1) { by = lk(who) pick("~\nThe Jakarta Post"); dl = city " ● " substr(dayname[W + 1], 1, 3) ", " month[M] " " D ", " Y }
	else { by = "The Jakarta Post"; dl = city " / " substr(dayname[W + 1], 1, 3) ", " month[M] " " D ", " Y " / " clock0(h, mi, "am", "pm") }
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+07:00")
	st = rnd(2) ? standfirst(gen9) : ""
	sh = rnd(2) ? some("Share This Article~Change Size~Facebook~Twitter~Whatsapp~Line~Email", 2, 5) : ""
	im = rnd(2) ? CP cap(caps9, credits9, pick(" (@/" pick("Agung Pramono~Nadia Putri~Rudi Hartono") ")~ (@)")) : ""
	HEAD = order("st by dl im sh~by dl st sh im~st im by dl sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(bo("Read also:") " " pick(heads9), 2 + rnd(3))
	s = ""
	TAGX = some(tags9, 2, 5)
	if (rnd(2)) s = "Topics :\n" TAGX
	if (rnd(2)) s = cat(s, HD "Get the best of The Jakarta Post in your inbox\nSign up\nBy registering you agree to our privacy policy")
	if (rnd(2)) s = cat(s, HD pick("Related Article~Read next~Popular") "\n" related(heads9, 2, 4, 10, "long", 0))
	s = cat(s, some("About Us~Contact Us~Advertise~Career~Privacy Policy~Terms of Use~Subscription Terms~Code of Ethics~Newsletter", 3, 7))
	FOOT = cat(s, "Copyright © " Y " The Jakarta Post - PT Bina Media Tenggara. All rights reserved.")
}

function manila9(title,    s, who, by, dl, st, sh, im, h, mi) {
	site7(pick(" | The Manila Times~"), "www.manilatimes.net", "/" Y "/" d2(M) "/" d2(D) "/news/world/" slug7(title) "/" (480000 + rnd(40000)))
	s = some("The Manila Times~Subscribe~Login~Search~Menu~E-Paper~Manila Times TV", 2, 5)
	if (rnd(2)) s = cat(s, dayname[W + 1] ", " month[M] " " D ", " Y)
	s = cat(s, some("News~Nation~Metro~Regions~World~Business~Opinion~Sports~Lifestyle~Entertainment~Editorial~Columns~Campus Press~Public Square", 5, 10))
	if (rnd(3) == 0) s = cat(s, "PSEi\n" (7500 + rnd(500)) "." d2(rnd(100)) "\nPHP/USD\n" (51 + rnd(2)) "." d2(rnd(100)))
	s = cat(s, top7("LATEST STORIES~TRENDING~TOP STORIES", "plain~plain~num"))
	NAV = cat(s, pick("WORLD~NEWS~FOREIGN AFFAIRS~World\nAsia Pacific"))
	who = pick("Rommel Villareal~Catherine Dizon~Jomar Santiago~Bernadette Cruz~Ernesto Maglaya")
	by = pick("BY " toupper(lk(who)) "~By " lk(who) "~AGENCE FRANCE-PRESSE~ASSOCIATED PRESS~REUTERS~THE MANILA TIMES")
	h = rnd(24); mi = rnd(60)
	dl = month[M] " " D ", " Y pick("~~ | " ptclock(h, mi, ":", " am", " pm") "~\n" clock(h, mi, "AM", "PM"))
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+08:00")
	st = rnd(3) ? "" : standfirst(gen9)
	sh = rnd(2) ? some("Facebook~Twitter~Viber~Messenger~Email~Print~Share", 2, 5) : ""
	im = rnd(2) ? CP cap(caps9, "AFP~AP~Reuters~PNA~Contributed~Malacañang", ". ^ PHOTO") : ""
	HEAD = order("st by dl sh im~by dl im st sh~im by dl sh", st, by, dl, sh, im)
	if (rnd(2)) insert("ADVERTISEMENT", 3 + rnd(3))
	s = ""
	if (rnd(2)) s = HD "Get the latest news\ndelivered to your inbox\nSign up for The Manila Times newsletters\nBy signing up with an email address, I acknowledge that I have read and agree to the Terms of Service and Privacy Policy."
	TAGX = "Tags:\n" some(tags9, 2, 4)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("RELATED ARTICLES~MORE FROM WORLD~You may also like") "\n" related(heads9, 2, 5, 9, "long", 0))
	s = cat(s, some("About Us~Contact Us~Advertise~Subscription~Privacy Policy~Terms of Use~Editorial Guidelines~Careers", 3, 7))
	FOOT = cat(s, "The Manila Times Publishing Corp.\nCopyright © " Y " The Manila Times. All Rights Reserved.")
}

function arab9(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	site7(pick(" | Arab News~~ | Arab News PK"), "www.arabnews.com", "/node/" (1430000 + rnd(40000)) "/world")
	s = some("Arab News~عربي~日本語~Français~Pakistan~Sign in~Subscribe~Search~Menu", 2, 6)
	s = cat(s, some("Saudi Arabia~Middle-East~World~Business & Economy~Sport~Lifestyle~Opinion~Media~Podcasts~Special Reports~Research & Studies", 5, 10))
	if (rnd(3) == 0) s = cat(s, "Brent Crude\n$" (52 + rnd(12)) "." d2(rnd(100)) "\nTASI\n" (7900 + rnd(400)) "." d2(rnd(100)))
	s = cat(s, top7("Latest updates~Most Popular~Trending", "plain~under"))
	NAV = cat(s, pick("World~Middle-East~World\nEurope~World\nAsia~Saudi Arabia"))
	who = pick("Rashid Al-Harbi~Lina Haddad~Tariq Mansour~Noor Nasser~Omar Siddiqui")
	h = rnd(24); mi = rnd(60)
	k = rnd(3)
	by = pick("AFP~Reuters~AP~Arab News~" lk(who))
	if (k == 0) dl = "Updated " d2(D) " " month[M] " " Y "\n" by "\n" month[M] " " d2(D) ", " Y " " hm(h, mi)
	else if (k == 1) dl = by "\n" substr(dayname[W + 1], 1, 3) ", " Y "-" d2(M) "-" d2(D) " " hm(h, mi)
	else dl = "Updated " d2(D) " " month[M] " " Y "\n" by
	by = ""
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+03:00")
	st = rnd(2) ? standfirst(gen9) : ""
	if (st != "" && rnd(2)) st = bo("Highlights") "\n" LI st
	sh = rnd(2) ? "Short Url\nhttps://arab.news/" hex7(5) : ""
	if (rnd(2)) sh = cat(sh, some("Follow~Facebook~Twitter~WhatsApp~Telegram~Email", 2, 4))
	im = rnd(2) ? CP cap(caps9, credits9, pick(" (@)~. (@/File Photo)")) : ""
	HEAD = order("dl st sh im~st im dl sh~dl im st sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(bo("READ MORE:") " " pick(heads9), 2 + rnd(3))
	s = ""
	TAGX = some(tags9, 2, 5)
	if (rnd(2)) s = TAGX
	if (rnd(2)) s = cat(s, HD pick("Related~Latest updates~Most Popular") "\n" related(heads9, 2, 5, 6, "long0", 0))
	if (rnd(2)) s = cat(s, HD "Sign up for our newsletter\nGet the latest Arab News stories in your inbox\nSubscribe")
	s = cat(s, some("About us~Contact us~Advertise with us~Work for us~Privacy policy~Terms of use~RSS~Sitemap", 3, 7))
	FOOT = cat(s, "All rights reserved © " Y " Arab News")
}

function national9(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	site7(pick(" | The National~~ | The National News"), "www.thenationalnews.com", "/world/" slug7(title) "-1." (810000 + rnd(9000)))
	s = some("The National~UAE Edition~Subscribe~Sign in~Search~Menu~Newsletters~عربي", 2, 5)
	s = cat(s, some("UAE~Gulf News~MENA~World~Business~Opinion~Arts & Culture~Lifestyle~Sport~Climate~Podcasts~Travel~Future", 5, 10))
	if (rnd(3) == 0) s = cat(s, "Abu Dhabi\n" (18 + rnd(14)) "°C\nPrayer times\nFajr " hm(5, 30 + rnd(20)) "\nDhuhr " hm(12, 20 + rnd(20)))
	s = cat(s, top7("Most popular~Trending~Latest", "num~plain"))
	NAV = cat(s, pick("World~Europe~Asia~Americas~World\nUK~MENA"))
	who = pick("Sophie Marlowe~Khaled Yacoub~Nadia Rahimi~Daniel Okafor~Hamza Idris")
	h = rnd(22); mi = rnd(60); later9(h, mi)
	k = rnd(3)
	if (k == 0) { by = lk(who) pick("~\nForeign Correspondent~\nLondon~\nAbu Dhabi"); dl = abbr[M] " " d2(D) ", " Y }
	else if (k == 1) { by = pick(lk(who) "~The National~Agence France-Presse"); dl = month[M] " " D ", " Y "\nUpdated: " month[M] " " D ", " Y " " clock0(H2, MI2, "AM", "PM") }
	else { by = lk(who); dl = abbr[M] " " d2(D) ", " Y pick("~\nListen In\nEnglish\nArabic~\nRead time: " (1 + rnd(5)) " min") }
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+04:00")
	st = rnd(3) ? standfirst(gen9) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~WhatsApp~Copy link", 2, 4) : ""
	im = rnd(2) ? CP cap(caps9, credits9, pick(". @~ @")) : ""
	HEAD = order("st by dl sh im~by dl st im sh~im st by dl", st, by, dl, sh, im)
	if (rnd(2)) insert(bo("Read more") "\n" headlines(heads9, 1, 3), 3 + rnd(3))
	s = ""
	if (rnd(2)) s = HD "Sign up to\nThe National's " pick("World~Gulf News~Business") " newsletter\nYour daily briefing\nSign up"
	TAGX = some(tags9, 2, 4)
	if (rnd(2)) s = cat(s, "Topics\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("More from The National~Related~Read next") "\n" related(heads9, 2, 4, 12, "abbr", 0))
	s = cat(s, some("About us~Contact us~Work with us~Privacy policy~Terms & conditions~Advertise~Sitemap~Archive", 3, 7))
	FOOT = cat(s, "© " Y " The National. All rights reserved.")
}

function jpost9(title,    s, who, by, dl, st, sh, im, h, mi) {
	site7(pick(" - The Jerusalem Post~ - International - The Jerusalem Post~ - Jerusalem Post"), "www.jpost.com", "/international/" slug7(title) "-" (576000 + rnd(9000)))
	s = some("The Jerusalem Post~JPost~Premium~Login~Subscribe~Search~Menu~E-paper~JPost Store", 2, 5)
	s = cat(s, some("Israel News~Middle East~Diaspora~Antisemitism~International~Opinion~Business & Innovation~Health & Wellness~" \
	    "Christian World~Archaeology~Judaism~Food Recipes", 5, 10))
	if (rnd(3) == 0) s = cat(s, "Jerusalem\n" (6 + rnd(20)) "°C\nTel Aviv\n" (10 + rnd(18)) "°C")
	s = cat(s, top7("Top Articles~Most Read~Latest", "plain~num"))
	NAV = cat(s, pick("International~Middle East~Israel News~INTERNATIONAL~World News"))
	who = pick("Tamar Goldfarb~Eli Rosenthal~Yonatan Adler~Maya Ben-Ami~Reuters~Jerusalem Post Staff")
	by = "By " toupper(lk(who))
	h = rnd(22); mi = rnd(60); later9(h, mi)
	dl = toupper(month[M]) " " D ", " Y " " hm(h, mi)
	if (rnd(3) == 0) dl = dl "\nUpdated: " toupper(month[M]) " " D ", " Y " " hm(H2, MI2)
	BYN = who; DLX = dl; ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+03:00" : "+02:00")
	st = rnd(4) ? standfirst(gen9) : ""
	sh = rnd(2) ? some("Facebook~Twitter~WhatsApp~Email~Print~Copy link~Comment", 2, 5) : ""
	im = rnd(2) ? CP cap(caps9, credits9, pick(" (photo credit: ^)~(photo credit: ^)")) : ""
	HEAD = order("st im by dl sh~st by dl im sh~im st by dl", st, by, dl, sh, im)
	if (rnd(2)) insert("Advertisement", 2 + rnd(3))
	if (rnd(3) == 0) insert(HD "Stay updated with the latest news!\nSubscribe to The Jerusalem Post Newsletter\nSubscribe Now", 4 + rnd(3))
	s = ""
	TAGX = some(tags9, 2, 5)
	if (rnd(2)) s = "Tags\n" TAGX
	if (rnd(2)) s = cat(s, HD pick("Related Content~Read More~Top Articles") "\n" related(heads9, 2, 4, 10, "ap", 2))
	s = cat(s, some("About Us~Contact Us~Advertise with Us~Terms of Use~Privacy Policy~Copyrights~Accessibility Statement~Comments Policy~RSS", 3, 7))
	FOOT = cat(s, "All rights reserved © The Jerusalem Post " Y)
}

function kyiv9(title,    s, who, by, dl, st, sh, im, h, mi, n) {
	site7(pick(" - The Kyiv Independent~"), "kyivindependent.com", "/" slug7(title) "/")
	s = some("The Kyiv Independent~Support us~Sign in~Become a member~Search~Menu~Ukrainian", 2, 5)
	s = cat(s, some("News Feed~Ukraine~War~Politics~Business~Opinion~Investigations~Culture~Explainers~Podcasts~Ukraine Daily~Eastern Europe", 4, 9))
	if (rnd(3) == 0) s = cat(s, "Ukraine Daily\nGet a short summary of the day's news, straight to your inbox\nSubscribe")
	s = cat(s, top7("Most popular~Latest news~Editors' choice", "plain~under"))
	NAV = cat(s, pick("Ukraine~Politics~News Feed~Europe~War"))
	who = pick("Oleksandr Kovalenko~Iryna Sydorenko~Daria Melnyk~Martin Fornusek~Kateryna Hodunova")
	by = pick("by " lk(who) "~by " lk(who) " and " lk(pick("Olena Bondar~Taras Lysenko")) "~by The Kyiv Independent news desk")
	h = rnd(24); mi = rnd(60); n = 1 + rnd(7)
	dl = pick(month[M] " " D ", " Y " " clock(h, mi, "AM", "PM") " " n " min read~" month[M] " " D ", " Y " " clock(h, mi, "AM", "PM") "\n" n " min read~" month[M] " " D ", " Y)
	BYN = who; DLX = dl; ISOT = isot7(h, mi, eutz("+03:00", "+02:00"))
	st = rnd(3) ? standfirst(gen9) : ""
	sh = rnd(2) ? some("Share~X~Facebook~Telegram~Copy link", 2, 4) : ""
	im = rnd(2) ? CP cap(caps9, credits9, " (Photo: @)") : ""
	HEAD = order("st by dl im sh~by dl st sh im~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(bo("Read also:") " " pick(heads9), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = HD "The Kyiv Independent is a reader-funded newsroom. We keep our journalism free to read, and rely on members to do it.\nBecome a member\nSupport us"
	if (rnd(2)) s = cat(s, "Author: " lk(who) "\n" lk(who) " is a reporter at the Kyiv Independent.")
	TAGX = some(tags9, 1, 4)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("Read more~Most popular~News Feed") "\n" related(heads9, 2, 4, 8, "abbr", 0))
	s = cat(s, some("About us~Our team~Careers~Contact us~Advertise~Privacy Policy~Terms of Use~Editorial policy", 3, 7))
	FOOT = cat(s, "© " Y " The Kyiv Independent. All rights reserved.")
}

function moscow9(title,    s, who, by, dl, st, sh, im, h, mi) {
	site7(pick(" - The Moscow Times~"), "www.themoscowtimes.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "-a" (63000 + rnd(9000)))
	s = some("The Moscow Times~Independent News From Russia~Русская версия~Contribute Today~Search~Menu", 2, 5)
	s = cat(s, some("News~Opinion~Business~Arts and Life~Meanwhile~Ukraine War~Climate~Podcasts~Newsletters~Multimedia~Russia Explained", 4, 9))
	if (rnd(3) == 0) s = cat(s, "$ " (66 + rnd(4)) "." d2(rnd(100)) "\n€ " (75 + rnd(5)) "." d2(rnd(100)) "\nMoscow\n" (-15 + rnd(20)) "°")
	s = cat(s, top7("Most Read~Latest~Don't miss", "plain~num"))
	NAV = cat(s, pick("News~Business~Russia~News\nUkraine War"))
	who = pick("Reuters~AFP~The Moscow Times~Anastasia Voronina~Pavel Sokolov~Elena Gurova")
	by = pick(lk(who) "~By " lk(who))
	h = rnd(24); mi = rnd(60)
	dl = ap[M] " " D ", " Y pick("~~\nUpdated: " ap[M] " " D ", " Y "~\n" hm(h, mi))
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+03:00")
	st = rnd(3) ? standfirst(gen9) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Telegram~VK~Email", 2, 4) : ""
	im = rnd(2) ? CP pick(caps9) pick("\n~ ") pick(credits9) : ""
	HEAD = order("dl st im by sh~st by dl im sh~dl by st im", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(bo("Read more about:") " " headlines(tags9, 1, 1), 3 + rnd(3))
	s = ""
	if (rnd(2)) s = HD "A Message from The Moscow Times:\nDear readers,\nWe rely on readers like you to keep independent reporting going. " \
	    "Even a small monthly gift helps.\nContribute today\nMaybe later"
	TAGX = some(tags9, 1, 4)
	if (rnd(2)) s = cat(s, "Read more about: " subjects(tags9, 1, 3))
	if (rnd(2)) s = cat(s, HD pick("Read more~Latest~More in News") "\n" related(heads9, 2, 4, 7, "ap", 0))
	s = cat(s, some("About us~Contacts~Advertising~Privacy Policy~Terms of use~Corrections~Newsletters~RSS", 3, 6))
	FOOT = cat(s, "© The Moscow Times, all rights reserved.")
}

function balkan9(title,    s, who, by, dl, st, sh, im, h, mi, city) {
	site7(pick(" | Balkan Insight~"), "balkaninsight.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
	s = some("Balkan Insight~BIRN~Reporting Democracy~Balkan Transitional Justice~Search~Menu~Subscribe", 2, 5)
	s = cat(s, some("Albania~Bosnia and Herzegovina~Bulgaria~Croatia~Greece~Kosovo~Moldova~Montenegro~North Macedonia~Romania~Serbia~Turkey", 5, 12))
	s = cat(s, some("News~Analysis~Opinion~Features~Investigations~Longreads~Podcasts~Events", 2, 5))
	s = cat(s, top7("Latest~Most Read", "plain~under"))
	NAV = cat(s, pick("News~Analysis~News\nSerbia~News\nWorld"))
	who = pick("Milica Jovanović~Ardit Hoxha~Sven Milekić~Ana Petrova~Dragan Ilić")
	city = pick("Belgrade~Sarajevo~Pristina~Tirana~Zagreb~Skopje~Sofia~Bucharest~Podgorica")
	h = rnd(24); mi = rnd(60)
	by = lk(who) pick("\nBIRN~") "\n" city
	dl = pick(month[M] " " D ", " Y "\n" hm(h, mi) "~" month[M] " " D ", " Y "~" month[M] " " D ", " Y " | " hm(h, mi))
	BYN = who; DLX = dl; ISOT = isot7(h, mi, eutz("+02:00", "+01:00"))
	st = rnd(4) ? standfirst(gen9) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~Email", 2, 4) : ""
	im = rnd(2) ? CP cap(caps9, credits9, pick(". Photo: @~ Photo: @")) : ""
	HEAD = order("st by dl im sh~by dl st im sh~st im by dl", st, by, dl, sh, im)
	s = ""
	TAGX = some(tags9, 2, 5)
	if (rnd(2)) s = "Tags:\n" TAGX
	if (rnd(2)) s = cat(s, HD "Subscribe to BIRN newsletter\nEmail address\nSign up")
	if (rnd(2)) s = cat(s, HD pick("Read more~Related~Latest") "\n" related(heads9, 2, 4, 14, "long", 0))
	s = cat(s, some("About BIRN~Team~Contact~Privacy Policy~Terms~Republishing~Support BIRN", 3, 6))
	FOOT = cat(s, "Balkan Investigative Reporting Network\n© Balkan Insight")
}

function local9(title,    s, who, by, dl, st, sh, im, h, mi, tz) {
	site7(pick(" - The Local~ - The Local Sweden~"), "www.thelocal.se", "/" Y d2(M) d2(D) "/" slug7(title) "/")
	s = some("The Local~Sweden~Membership~Log in~Sign up~Search~Menu~Newsletters~Jobs", 2, 5)
	if (rnd(2)) s = cat(s, some("Austria~Denmark~France~Germany~Italy~Norway~Spain~Sweden~Switzerland", 4, 9))
	s = cat(s, some("News~Politics~Society~Money~Work~Property~Travel~Education~For Members~Explained~Opinion", 3, 8))
	s = cat(s, top7("Latest~Popular~For members", "plain~plain"))
	NAV = cat(s, pick("SWEDEN~POLITICS~CRIME~FOR MEMBERS~SOCIETY~WEATHER~EUROPE"))
	who = pick("The Local~Emma Lindberg~Oskar Nyström~Freja Holm~Richard Orange~AFP/The Local")
	by = pick(lk(who) "~" lk(who) "\nnews@thelocal.se")
	h = rnd(20); mi = rnd(60); later9(h, mi); tz = eutz("CEST", "CET")
	dl = "Published: " D " " month[M] " " Y " " hm(h, mi) " " tz
	if (rnd(2)) dl = dl "\nUpdated: " D " " month[M] " " Y " " hm(H2, MI2) " " tz
	BYN = who; DLX = dl; ISOT = isot7(h, mi, eutz("+02:00", "+01:00"))
	st = rnd(3) ? standfirst(gen9) : ""
	sh = rnd(2) ? some("Share this article~Facebook~Twitter~Email~LinkedIn~Save", 2, 4) : ""
	im = rnd(2) ? CP pick(caps9) ". Photo: " pick("Lars Pehrson~Erik Mårtensson~Pontus Lundahl~Anna Sjöberg") "/TT" : ""
	HEAD = order("st im by dl sh~by dl st im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(bo("READ ALSO:") " " pick(heads9), 2 + rnd(3))
	s = ""
	TAGX = some(tags9, 1, 4)
	if (rnd(2)) s = TAGX
	if (rnd(2)) s = cat(s, "Comments (" rnd(30) ")\nSee Also\n" related(heads9, 2, 4, 10, "uk", 0))
	if (rnd(2)) s = cat(s, "Please log in to leave a comment.")
	s = cat(s, some("About us~Contact~Advertise~Jobs in Europe~Terms & conditions~Privacy policy~Cookie policy~Membership", 3, 7))
	FOOT = cat(s, "The Local Europe AB\n© Copyright The Local Europe AB " Y)
}

function latam9(title,    s, who, by, dl, st, sh, im, h, mi) {
	h = rnd(24); mi = rnd(60)
	if (rnd(2)) {
		site7(pick(" | Buenos Aires Times~"), "www.batimes.com.ar", "/news/world/" slug7(title) ".phtml")
		s = some("Buenos Aires Times~Weekly edition~Subscribe~Search~Menu~Perfil", 2, 4)
		s = cat(s, some("Argentina~Economy~Politics~Latin America~World~Culture~Sports~Opinion~Travel~Film~Environment", 4, 9))
		if (rnd(2)) s = cat(s, "Dólar oficial\n$ " (37 + rnd(2)) "," d2(rnd(100)) "\nDólar blue\n$ " (38 + rnd(2)) "," d2(rnd(100)) "\nBuenos Aires\n" (18 + rnd(14)) "°C")
		s = cat(s, top7("MOST READ~LATEST NEWS", "plain~num"))
		NAV = cat(s, pick("WORLD~LATIN AMERICA~ARGENTINA~ECONOMY"))
		who = pick("AFP~Reuters~AP~Bloomberg~Martín Alvarado~Lucía Ferreyra")
		by = pick("by " who "~by " who " & " pick("AFP~AP") "~" who)
		dl = d2(D) "-" d2(M) "-" Y " " hm(h, mi)
		BYN = who; DLX = dl; ISOT = isot7(h, mi, "-03:00")
		im = rnd(2) ? CP cap(caps9, credits9, " | Photo: @") : ""
		FOOT = "© " Y " Buenos Aires Times | Editorial Perfil S.A."
	} else {
		site7(pick(" - The Rio Times~"), "www.riotimesonline.com", "/brazil-news/" slug7(title) "/")
		s = some("The Rio Times~Latin American Financial News~Subscribe~Log In~Search~Menu", 2, 4)
		s = cat(s, some("Brazil~Argentina~Chile~Colombia~Mexico~Latin America~Opinion~Business~Markets~Travel~Rio Politics", 4, 9))
		if (rnd(2)) s = cat(s, "Ibovespa\n" (88000 + rnd(6000)) " pts\nUSD/BRL\n3," d2(rnd(100)))
		s = cat(s, top7("Latest News~Popular", "plain~under"))
		NAV = cat(s, pick("Brazil~Latin America~Politics~Rio Politics~World"))
		who = pick("Contributing Reporter~Rio Times Staff~Beatriz Monteiro~Henrique Azevedo")
		by = pick("By " lk(who) "~" lk(who))
		dl = month[M] " " D ", " Y pick("~~ | " clock(h, mi, "AM", "PM"))
		BYN = who; DLX = dl; ISOT = isot7(h, mi, "-02:00")
		if (rnd(2)) BODY = pick("RIO DE JANEIRO, BRAZIL – ~BRASÍLIA, BRAZIL – ~SÃO PAULO, BRAZIL – ") BODY
		im = rnd(2) ? CP cap(caps9, credits9, pick(" (Photo internet reproduction)~. (Photo: @)")) : ""
		FOOT = "© " Y " The Rio Times. All Rights Reserved."
	}
	st = rnd(3) ? standfirst(gen9) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Telegram~Email", 2, 4) : ""
	HEAD = order("st by dl im sh~by dl st im sh~im by dl sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("ADVERTISEMENT", 2 + rnd(3))
	s = ""
	TAGX = some(tags9, 2, 4)
	if (rnd(2)) s = TAGX
	if (rnd(2)) s = cat(s, HD pick("Related Posts~In this news~More news") "\n" related(heads9, 2, 4, 10, "long", 0))
	s = cat(s, some("About~Contact~Advertising~Privacy~Terms of Use~Newsletter~Donate", 3, 6))
	FOOT = cat(s, FOOT)
}

function africa9(title,    s, who, by, dl, st, sh, im, h, mi, c) {
	h = rnd(24); mi = rnd(60)
	if (rnd(2)) {
		site7(pick(" - Premium Times Nigeria~"), "www.premiumtimesng.com", "/news/headlines/" (305000 + rnd(9000)) "-" slug7(title) ".html")
		s = some("Premium Times~Search~Menu~Subscribe~Donate~Hausa~Advertise with us", 2, 5)
		s = cat(s, some("News~Top News~Headlines~More News~Investigations~Business~Health~Agriculture~Opinion~Sports~Entertainment~Africa~Foreign~Elections", 5, 10))
		s = cat(s, top7("Trending~Latest~Most Read", "plain~plain"))
		NAV = cat(s, pick("Foreign~Africa~Headlines~Top News~More News"))
		who = pick("Agency Report~NAN~Adebayo Olufemi~Chinwe Eze~Abdulkadir Musa~Premium Times")
		by = pick("By " lk(who) "~" lk(who))
		dl = month[M] " " D ", " Y pick("~\n" (1 + rnd(6)) " min read~ | " (1 + rnd(6)) " min read")
		BYN = who; DLX = dl; ISOT = isot7(h, mi, "+01:00")
		im = rnd(2) ? CP cap(caps9, credits9, " [PHOTO CREDIT: @]") : ""
		s = ""
		if (rnd(2)) s = HD "Support PREMIUM TIMES' journalism of integrity and credibility\nGood journalism costs a lot of money. " \
		    "Help us keep it free and available to all.\nDonate"
		if (rnd(2)) s = cat(s, "TEXT AD: Call " pick("Mr. Okafor~Shade~Hajia") " - +23480" (30000000 + rnd(69999999)))
		FOOT = s
		c = "© " Y " Premium Times Services Limited. All rights reserved."
	} else {
		site7(pick(" | The East African~"), "www.theeastafrican.co.ke", "/news/world/" slug7(title) "-" (1400000 + rnd(90000)))
		s = some("The East African~Nation Media Group~Subscribe~Sign in~Search~Menu~ePaper", 2, 5)
		s = cat(s, some("News~East Africa~Rest of Africa~World~Business~Opinion~Magazine~Science & Health~Tourism~Rwanda Today~Podcasts", 4, 9))
		s = cat(s, top7("Most Read~Latest~Trending", "num~plain"))
		NAV = cat(s, pick("World~Rest of Africa~East Africa~News\nWorld"))
		who = pick("AFP~Reuters~Xinhua~Fred Oluoch~Mary Wambui~Joseph Kimani")
		by = pick("By " lk(who) "~By " lk(who) "\nMore by this Author~By " lk(who) "\nThe EastAfrican")
		dl = dayname[W + 1] " " month[M] " " d2(D) " " Y
		BYN = who; DLX = dl; ISOT = isot7(h, mi, "+03:00")
		im = rnd(2) ? CP cap(caps9, credits9, ". PHOTO | ^") : ""
		FOOT = rnd(2) ? "Advertisement" : ""
		c = "© " Y " Nation Media Group. All rights reserved."
	}
	st = rnd(3) ? standfirst(gen9) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~LinkedIn~Email~Print", 2, 4) : ""
	HEAD = order("st by dl im sh~by dl im st sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(bo(pick("ALSO READ:~Read Also:")) " " pick(heads9), 2 + rnd(3))
	s = ""
	TAGX = some(tags9, 2, 4)
	if (rnd(2)) s = "Tags:\n" TAGX
	if (rnd(2)) s = cat(s, HD pick("Related~You may also like~More from World") "\n" related(heads9, 2, 4, 10, "long", 0))
	s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms and Conditions~Careers~Code of Ethics", 3, 6))
	FOOT = cat(cat(FOOT, s), c)
}

function patch9(title,    s, who, by, dl, st, sh, im, h, mi, town, sta, a) {
	split(pick("Maplewood, NJ~Glen Ridge, NJ~Oak Park, IL~Bethesda, MD~Huntington, NY~Ridgefield, CT~Lake Zurich, IL~Decatur, GA"), a, ", ")
	town = a[1]; sta = a[2]
	site7(pick(" | " town ", " sta " Patch~ | Across America, US Patch~"), "patch.com", "/" tolower(sta == "NJ" ? "new-jersey" : sta == "IL" ? "illinois" : sta == "MD" ? "maryland" : sta == "NY" ? "new-york" : sta == "CT" ? "connecticut" : "georgia") "/" slug7(town) "/" slug7(title))
	s = some("Patch~" town ", " sta "~Sign up~Log in~Post~Search~Menu~Local Deals~Neighbor Posts", 3, 6)
	s = cat(s, some("News Feed~Local News~Traffic & Transit~Crime & Safety~Politics & Government~Schools~Business~Obituaries~Weather~Events~Classifieds~Real Estate", 4, 9))
	if (rnd(2)) s = cat(s, town ", " sta "\n" (15 + rnd(50)) "°F\n" pick("Cloudy~Light Snow~Fair~Rain~Overcast"))
	if (rnd(3) == 0) s = cat(s, "Get the free Patch newsletter\nSubscribe")
	s = cat(s, top7("Local News~Trending Nearby~Neighbor Posts", "plain~plain"))
	NAV = cat(s, pick("Across America~Politics & Government~Crime & Safety~Traffic & Transit~Weather"))
	who = pick("Tom Delgado~Carly Bishop~Anne Marcotte~Josh Feldman~Renee Abbott")
	by = pick("By " lk(who) ", Patch Staff~" lk(who) ",~Patch Staff~By " lk(who) ", Patch Staff\nVerified Patch Staff Badge")
	h = rnd(20); mi = rnd(60); later9(h, mi)
	dl = "Posted " substr(dayname[W + 1], 1, 3) ", " abbr[M] " " D ", " Y " at " ptclock(h, mi, ":", " am", " pm") " ET"
	if (rnd(2)) dl = dl pick("|~ | ~\n") "Updated " substr(dayname[W + 1], 1, 3) ", " abbr[M] " " D ", " Y " at " ptclock(H2, MI2, ":", " am", " pm") " ET"
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usdst(Y, M, D) ? "-04:00" : "-05:00")
	st = rnd(3) ? "" : standfirst(gen9)
	sh = rnd(2) ? some("Reply~Share~Thank~Subscribe~Follow", 2, 4) : ""
	im = rnd(2) ? CP cap(caps9, "Shutterstock~Patch Graphic~Patch File Photo~Courtesy of " town " Police~Associated Press", " (@)") : ""
	HEAD = order("st by dl im sh~by dl sh im st~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.", 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "This article originally appeared on the " town " Patch"
	if (rnd(2)) s = cat(s, some("Thank~Reply~Share", 3, 3) "\nThe rules of replying:\nBe respectful. This is a space for friendly local discussions. No racist, discriminatory, vulgar or threatening language will be tolerated.")
	TAGX = ""
	if (rnd(2)) s = cat(s, HD "More from " town "\n" related(heads9, 2, 4, 6, "abbr", 0))
	s = cat(s, some("About Patch~Jobs~Patch Blog~FAQs~Advertise~Terms of Use~Privacy Policy~Community Guidelines~Do Not Sell or Share My Personal Information", 4, 8))
	FOOT = cat(s, "© " Y " Patch Media. All Rights Reserved.")
}

function gannett9(title,    s, who, by, dl, st, sh, im, h, mi, k, a, paper) {
	split(pick("The Record|www.northjersey.com~Asbury Park Press|www.app.com~Democrat and Chronicle|www.democratandchronicle.com~" \
	    "The Des Moines Register|www.desmoinesregister.com~The Tennessean|www.tennessean.com~Detroit Free Press|www.freep.com~" \
	    "The Cincinnati Enquirer|www.cincinnati.com~Milwaukee Journal Sentinel|www.jsonline.com"), a, "|")
	paper = a[1]
	site7(" - " pick("~" paper), a[2], "/story/news/world/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/" "24" (10000000 + rnd(89999999)) "/")
	if (TS == " - ") TS = ""
	s = some("Skip to main content~" paper "~Subscribe~Sign In~Search~Menu~e-Edition~Close Ad", 2, 6)
	s = cat(s, some("Home~News~Sports~Business~Entertainment~Opinion~Obituaries~Things to Do~Weather~USA TODAY~Legals~Crosswords~Investigations", 5, 10))
	if (rnd(2)) s = cat(s, "Weather\n" (15 + rnd(50)) "°" pick("~F"))
	if (rnd(3) == 0) s = cat(s, "Close Ad")
	s = cat(s, top7("Trending~Top Stories~Most Popular", "plain~plain"))
	NAV = cat(s, pick("NEWS~WORLD~NATION~USA TODAY~NEWS\nWORLD"))
	who = pick("Brian Kowalczyk~Dana Ortiz~Marcy Feld~Luis Renteria~Kayla Boone")
	k = rnd(3)
	by = k == 2 ? "Associated Press" : lk(who) "\n" pick(paper "~USA TODAY~USA TODAY NETWORK")
	h = rnd(20); mi = rnd(60); later9(h, mi)
	if (k == 0) dl = ap[M] " " D ", " Y ", " ptclock(h, mi, ":", " a.m.", " p.m.") " ET" pick("~\nUpdated " ap[M] " " D ", " Y ", " ptclock(H2, MI2, ":", " a.m.", " p.m.") " ET")
	else dl = "Published " ptclock(h, mi, ":", " a.m.", " p.m.") " ET " ap[M] " " D ", " Y pick("~ | Updated " ptclock(H2, MI2, ":", " a.m.", " p.m.") " ET " ap[M] " " D ", " Y)
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usdst(Y, M, D) ? "-04:00" : "-05:00")
	st = rnd(4) ? "" : standfirst(gen9)
	sh = rnd(2) ? some("Facebook~Twitter~Email~Share~View Comments", 2, 4) : ""
	im = rnd(2) ? pick("~Show Caption\nHide Caption\n") CP cap(caps9, credits9, pick(" @~ (@)")) : ""
	HEAD = order("st by dl im sh~im by dl sh st~by dl st sh im", st, by, dl, sh, im)
	if (rnd(2)) insert("Close Ad", 2 + rnd(4))
	s = ""
	if (rnd(2)) s = "Contributing: " pick("Jorge Ruiz~Hannah Lee~Kim Parsons") ", USA TODAY; The Associated Press"
	if (rnd(2)) s = cat(s, HD pick("Subscribe to " paper "~Our journalism needs your support. Subscribe today."))
	TAGX = ""
	if (rnd(2)) s = cat(s, HD pick("More Stories~Read more~Trending") "\n" related(heads9, 2, 4, 8, "ap", 0))
	s = cat(s, some("Help~Terms of Service~Your Privacy Choices~Privacy Policy~Site Map~Accessibility~Our Ethical Principles~Responsible Disclosure", 4, 7))
	FOOT = cat(s, "© " Y " " a[2] ". All rights reserved.")
}

function consent9(    k) {	# a consent, privacy or sign-in prompt
	k = rnd(3)
	if (k == 0)
		return ask("We care about your data~Manage consent~Privacy & cookies~About cookies on this site",
		    "We use cookies and similar tools to run this website, understand how readers use it and show relevant advertising. " \
		    "Choose \"Accept all\" to allow them, or manage your choices.~" \
		    "Our " (100 + rnd(700)) " partners may store and access data on your device for personalised ads, ad measurement and audience insights.~" \
		    "You can withdraw your consent at any time from the Privacy link at the bottom of each page.",
		    "Accept all~Manage choices~Reject all~Save preferences~View partners~Continue without accepting", 4)
	if (k == 1)
		return pick("Get breaking news alerts on your device?~This website uses cookies to ensure you get the best experience.~" \
		    "You have 2 free articles left this month.~Sign in to continue reading, it's free.") "\n" pick("Allow~Block~Got it~Sign in~Later~Accept")
	return ask("Subscribe now~Unlock unlimited access~Enjoy reading?",
	    "Get full access to our journalism for less than a coffee a week.~Register for free to read more stories and save articles.",
	    "Subscribe~Register~Sign in~No thanks~Not now", 3)
}

# Variant 10's sites: the Scotsman, the Irish Independent or the Belfast
# Telegraph, ABC News (US), CNBC, the Hill, the Christian Science Monitor,
# PBS NewsHour, the Times of Israel, Gulf News or Khaleej Times, the Star
# (Malaysia), CNA, the Taipei Times or Hong Kong Free Press, the
# Conversation, ProPublica, Reason or National Review, and a Sinclair or
# Nexstar local TV station, in words written fresh.  Each sets NAV, HEAD
# and FOOT and what layout7 needs (TS, DOM, URL, BYN, DLX, ISOT, TAGX).
# The article's day comes in the site's own form and zone, numeric on
# some ("01/04/19" on the Hill, "1.4.2019" on Reason, "2019/01/04" on the
# Taipei Times); other days come after the body, and before it only in
# the captions of AP file photos ("FILE - In this Dec. 20, 2018, file
# photo, ..."), which name the day the photo was taken, as AP's do.

function usz10(c) { return c (usdst(Y, M, D) ? "DT" : "ST") }	# "EST", "CDT": c is E, C, M or P
function usoff10(c) { return "-" d2(index("ECMP", c) + 4 - usdst(Y, M, D)) ":00" }
function aptime10(h, mi) { return h12(h) (mi ? ":" d2(mi) : "") (h < 12 ? " a.m." : " p.m.") }	# "6 a.m.", "6:12 p.m."
function file10(credit,    c) {	# an AP file photo's caption: the photo days to years older than the story
	shift(-(1 + rnd(pick("6~30~200~900"))))
	c = pick(caps10)
	return "FILE - In this " fmt("ap", SY, SM, SD) ", file photo, " tolower(substr(c, 1, 1)) substr(c, 2) ". (" credit ", File)"
}
function points10(st, lo, hi,    a, n, i, s) {	# st and lo to hi of gen10 as a list, st not twice
	s = LI st
	n = split(some(gen10, lo, hi), a, "\n")
	for (i = 1; i <= n; i++) if (a[i] != LI st) s = s "\n" a[i]
	return s
}
function apnote10(    s) {	# the lines an AP story ends with
	s = headlines(names10, 1, 2)
	if (sub(/\n/, " and ", s)) return "___\nAssociated Press writers " s " contributed to this report."
	return "___\nAssociated Press writer " s " contributed to this report."
}

function scotsman10(title,    s, who, by, dl, st, sh, im, h, mi, tz) {
	site7(pick(" | The Scotsman~~ | Scotsman"), "www.scotsman.com", "/news/world/" slug7(title) "-1-" (4850000 + rnd(90000)))
	s = some("Skip to content~The Scotsman~Subscribe~Sign In~Newsletters~Search~Menu~Account", 2, 5)
	if (rnd(4) == 0) s = cat(s, pick("Get unlimited access to The Scotsman for less than £1 a week\nSubscribe~" \
	    "Enjoy ad-lite reading with a digital subscription\nSee offers"))
	s = cat(s, some("News~Politics~Sport~Business~Arts and Culture~Heritage and Retro~Opinion~Lifestyle~Food and Drink~" \
	    "Travel~Weather~Obituaries~Puzzles~Events", 5, 11))
	if (rnd(3) == 0) s = cat(s, "Edinburgh\n" rnd(14) "°C\n" pick("Light rain~Overcast~Sunny intervals~Drizzle~Blustery showers"))
	s = cat(s, top7("Most Popular~Trending~Latest News", "num~plain"))
	NAV = cat(s, pick("World~News~UK News~News\nWorld~Environment"))
	who = pick("Alistair Munro~Fiona Gilchrist~Hamish Baird~Kirsty Lennox~Craig Dunbar~Press Association")
	by = pick("By " lk(who) "~By " lk(who) "\nReporter~By " lk(who) "\nWorld affairs correspondent~" lk(who))
	h = rnd(22); mi = rnd(60); later9(h, mi); tz = uktz()
	dl = "Published " ord(D) " " abbr[M] " " Y ", " hm(h, mi) " " tz
	if (rnd(2)) dl = dl "\nUpdated " ord(D) " " abbr[M] " " Y ", " hm(H2, MI2) " " tz
	BYN = who; DLX = dl; ISOT = isot7(h, mi, tz == "BST" ? "+01:00" : "+00:00")
	st = rnd(3) ? standfirst(gen10) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Copy link~Comments", 2, 5) : ""
	im = rnd(2) ? CP cap(caps10, credits10, pick(" (Picture: @)~. Picture: @~ (Pic: @)")) : ""
	HEAD = order("st by dl im sh~st im by dl sh~by dl st sh im", st, by, dl, sh, im)
	if (rnd(2)) insert("Advertisement\nHide Ad", 1 + rnd(3))
	if (rnd(2)) insert("Advertisement\nHide Ad", 4 + rnd(3))
	s = ""
	if (rnd(2)) s = HD "Comments\nWant to join the conversation? Please " lk("Login") " or " lk("Register") " to comment on this article."
	TAGX = some(tags10, 2, 4)
	if (rnd(2)) s = cat(s, "Related topics:\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("Read More~More from The Scotsman~Most Popular") "\n" headlines(heads10, 2, 4))
	s = cat(s, some("Contact Us~Advertise My Business~Place your ad~Newsletters~Archive~Terms and Conditions~Privacy notice~" \
	    "Cookie Settings~Publishing Principles~Complaints", 3, 7))
	FOOT = cat(s, "©JPIMedia Ltd. All rights reserved.")
}

function mh10(title,    s, who, by, dl, st, sh, im, h, mi, k, bt, paper) {
	bt = rnd(2)
	paper = bt ? "Belfast Telegraph" : "Independent.ie"
	if (bt) site7(pick(" | BelfastTelegraph.co.uk~ - Belfast Telegraph~"), "www.belfasttelegraph.co.uk",
	    "/news/world-news/" slug7(title) "-" (37680000 + rnd(90000)) ".html")
	else site7(pick(" - Independent.ie~~"), "www.independent.ie",
	    "/world-news/" pick("europe~north-america~asia-pacific~middle-east~africa") "/" slug7(title) "-" (37680000 + rnd(90000)) ".html")
	s = some(paper "~Subscribe~Sign in~Search~Menu~Today's Paper~Puzzles~Newsletters", 2, 5)
	if (bt) s = cat(s, some("News~Northern Ireland~Sport~Business~Opinion~Life~Entertainment~Property~Motors~Jobs~Death Notices~" \
	    "Digital Paper", 5, 10))
	else s = cat(s, some("News~Opinion~Business~Sport~Life~Style~Entertainment~Farming~Travel~Regionals~Podcasts~Video", 5, 10))
	if (rnd(3) == 0) s = cat(s, (bt ? "Belfast" : "Dublin") "\n" (1 + rnd(14)) "°C\n" pick("Showers~Cloudy~Bright spells~Rain"))
	s = cat(s, top7("Most Read~Latest News~Top Stories", "plain~num"))
	NAV = cat(s, pick("World News~News\nWorld News~Europe~North America~Asia-Pacific~World"))
	who = pick("Ciara Nolan~Declan Furlong~Aoife Keating~Gareth McKeown~Siobhan Tierney~Reuters~AFP~PA Media")
	by = pick(lk(who) "~" lk(who) "~" lk(who) "\n" pick("World Affairs Editor~Reporter~Europe Correspondent") "~" paper " Newsdesk")
	h = rnd(24); mi = rnd(60)
	k = rnd(3)
	if (k == 0) dl = substr(dayname[W + 1], 1, 3) " " D " " abbr[M] " " Y " at " hm(h, mi)
	else if (k == 1) dl = month[M] " " d2(D) " " Y " " clock0(h, mi, "AM", "PM")
	else dl = month[M] " " D " " Y " " clock(h, mi, "AM", "PM")
	BYN = who; DLX = dl; ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+01:00" : "+00:00")
	st = rnd(4) ? standfirst(gen10) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~WhatsApp~LinkedIn~Comments", 2, 4) : ""
	im = rnd(2) ? CP cap(caps10, credits10, pick(". Photo: @~ Photo: @~. Picture: @")) : ""
	HEAD = order("st by dl sh im~st im by dl sh~by dl st im sh", st, by, dl, sh, im)
	if (rnd(2)) insert("Read More\n" lk(pick(heads10)), 2 + rnd(3))
	if (rnd(3) == 0) insert("Advertisement", 4 + rnd(3))
	s = ""
	TAGX = some(tags10, 2, 5)
	if (rnd(2)) s = HD "Related topics\n" TAGX
	if (rnd(2)) s = cat(s, HD "Comments\nCommenting is available to subscribers.\n" lk("Sign in") " or " lk("subscribe") " to join the discussion.")
	if (rnd(2)) s = cat(s, HD pick("Most Read~Latest World News~Top Stories") "\n" headlines(heads10, 2, 5))
	if (rnd(3) == 0) s = cat(s, HD "Sign up for the " paper " World News newsletter\nThe big international stories, in your inbox each evening\nSign up")
	s = cat(s, some("Contact Us~Advertise~Terms and Conditions~Privacy Statement~Cookie Statement~Complaints~Group Titles~Reprints", 3, 6))
	FOOT = cat(s, bt ? "© Belfast Telegraph" : "© Independent News & Media PLC")
}

function abcus10(title,    s, who, by, dl, st, sh, im, h, mi, n, k) {
	site7(pick(" - ABC News~~"), "abcnews.go.com", "/International/wireStory/" slug7(title) "-" (60000000 + rnd(900000)))
	s = some("Skip to main content~ABC News~Video~Live~Shows~Elections~Log In~Search", 2, 5)
	s = cat(s, some("U.S.~International~Politics~Lifestyle~Entertainment~Business~Technology~Health~Investigative~Sports~Weather~" \
	    "Good Morning America~World News Tonight~Nightline~20/20~This Week", 5, 11))
	if (rnd(4) == 0) s = cat(s, "LIVE\n" pick("ABC News Live~Live: " pick(heads10)))
	s = cat(s, top7("Top Stories~Trending~Latest", "under~plain"))
	NAV = cat(s, pick("International~U.S.~Politics~Weather~International\nWire Story"))
	who = pick("Karen Lindqvist~Darnell Hughes~Melissa Oyelaran~Tom Schreiber~Julia Castellano")
	k = rnd(4)
	if (k == 0) by = "By The Associated Press"
	else if (k == 1) by = pick("By~By ") lk(who) " and " lk(pick("Ravi Shankar~Erin Doyle~Omar Khalil"))
	else by = pick("By~By ") lk(who) pick("~\nABC News")
	h = rnd(24); mi = rnd(60); n = 1 + rnd(6)
	dl = month[M] " " D ", " Y ", " clock(h, mi, "AM", "PM") pick("~~\n• " n " min read~\n" n " min read")
	BYN = k == 0 ? "" : who; DLX = dl; ISOT = isot7(h, mi, usoff10("E"))
	st = rnd(2) ? standfirst(gen10) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link~Bookmark~Comments", 2, 4) : ""
	k = rnd(4)
	if (k == 0) im = CP file10("AP Photo/" pick("Petros Giannakouris~Mark Schiefelbein~Ariel Schalit~Francisco Seco"))
	else if (k == 1) im = CP "PHOTO: " cap(caps10, credits10, ". (@)")
	else if (k == 2) im = "WATCH: " pick(heads10) "\n" rnd(4) ":" d2(rnd(60))
	else im = ""
	HEAD = order("st by dl sh im~st im by dl sh~by dl im st sh", st, by, dl, sh, im)
	if (rnd(2)) insert("ADVERTISEMENT", 2 + rnd(3))
	s = rnd(3) ? "" : apnote10()
	TAGX = ""
	if (rnd(2)) s = cat(s, HD pick("Top Stories~Read This Next~Trending Reader Picks") "\n" related(heads10, 2, 4, 3, "ago", 0))
	s = cat(s, some("Privacy Policy~Your US State Privacy Rights~Children's Online Privacy Policy~Interest-Based Ads~" \
	    "About Nielsen Measurement~Terms of Use~Do Not Sell or Share My Personal Information~Contact Us", 3, 7))
	FOOT = cat(s, "© " Y " ABC News Internet Ventures. All rights reserved.")
}

function cnbc10(title,    s, who, by, dl, st, sh, im, h, mi, n, k, t) {
	site7(pick(" - CNBC~~"), "www.cnbc.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) ".html")
	s = some("Skip Navigation~CNBC~Markets~Business~Investing~Tech~Politics~Video~Watchlist~Investing Club~PRO~Livestream~Menu", 4, 9)
	s = cat(s, some("Sign In~Create free account~Search quotes, news & videos", 1, 3))
	if (rnd(2)) {
		s = cat(s, "DOW\n" (22800 + rnd(1400)) "." d2(rnd(100)) "\n" pick("+~-") (10 + rnd(700)) "." d2(rnd(100)))
		s = cat(s, "S&P 500\n" (2450 + rnd(150)) "." d2(rnd(100)) "\n" pick("+~-") rnd(80) "." d2(rnd(100)))
		if (rnd(2)) s = cat(s, "NASDAQ\n" (6500 + rnd(500)) "." d2(rnd(100)) "\n" pick("+~-") rnd(200) "." d2(rnd(100)))
		if (rnd(2)) s = cat(s, "10 YR TSY\n2." (50 + rnd(30)) "%")
	}
	s = cat(s, top7("Trending Now~Latest News~Most Popular", "num~plain"))
	NAV = cat(s, pick("WORLD POLITICS~EUROPE POLITICS~ASIA POLITICS~POLITICS~WORLD ECONOMY~World Politics~Europe News"))
	who = pick("Holly Brennan~Saheli Kapoor~Matt Cronin~Yelena Dumas~Arjun Mehta")
	by = pick(lk(who) "~" lk(who) "\n" handle8(who) "~" lk(who) ", Special to CNBC.com~Reuters~Associated Press")
	h = rnd(20); mi = rnd(60); later9(h, mi)
	t = substr(dayname[W + 1], 1, 3) ", " abbr[M] " " D " " Y " "
	dl = "Published " t clock(h, mi, "AM", "PM") " " ustz()
	if (rnd(2)) dl = dl "\nUpdated " t clock(H2, MI2, "AM", "PM") " " ustz()
	if (rnd(3) == 0) dl = toupper(dl)	# innerText keeps the CSS capitals
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usoff10("E"))
	st = rnd(3) ? "Key Points\n" points10(standfirst(gen10), 1, 2) : ""
	sh = rnd(2) ? "Share\n" some("Share Article via Facebook~Share Article via Twitter~Share Article via LinkedIn~Share Article via Email", 4, 4) : ""
	k = rnd(3); n = d2(rnd(5)) ":" d2(rnd(60))
	if (k == 0) im = CP pick(caps10) "\n" pick("Bloomberg | Getty Images~AFP | Getty Images~Anadolu Agency | Getty Images~" \
	    "NurPhoto | Getty Images~Reuters")
	else if (k == 1) im = "VIDEO" n n "\n" pick(heads10) "\n" pick("Squawk Box Asia~Street Signs Europe~Closing Bell~Power Lunch~Worldwide Exchange")
	else im = ""
	HEAD = order("dl st by sh im~by dl st sh im~dl by st im sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("watch now\nVIDEO" n n "\n" pick(heads10) "\n" pick("Squawk Box Europe~The Exchange~Squawk on the Street"), 2 + rnd(3))
	s = rnd(2) ? "" : "— " pick("Reuters~The Associated Press~CNBC's " pick("Nate Ellis~Kayla Tan~Lorenzo Russo")) " contributed to this report."
	TAGX = some(tags10, 2, 4)
	if (rnd(2)) s = cat(s, HD "Related Tags\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("More In World Politics~Trending Now~Latest News") "\n" related(heads10, 2, 4, 4, "ago", 0))
	s = cat(s, some("Subscribe to CNBC PRO~Licensing & Reprints~CNBC Councils~Select Personal Finance~Join the CNBC Panel~" \
	    "Closed Captioning~Digital Products~News Releases~Internships~Corrections~About CNBC~Ad Choices~Site Map~Podcasts~" \
	    "Careers~Help~Contact", 4, 10))
	FOOT = cat(s, "Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News, " \
	    "Stock Quotes, and Market Data and Analysis.\n© " Y " CNBC LLC. All Rights Reserved. A Division of NBCUniversal")
}

function hill10(title,    s, who, dl, st, sh, im, h, mi, jn, a, n, i) {
	site7(pick(" | TheHill~ | The Hill~"), "thehill.com", "/policy/international/" (424000 + rnd(9000)) "-" slug7(title))
	s = some("The Hill~Subscribe~Sign In~Search~Menu~Newsletters~Events~Jobs~Hill.TV", 2, 5)
	s = cat(s, some("News~Policy~Business~Opinion~Video~Events~Latino~Changing America~Congress Blog~Campaign~Administration~" \
	    "Senate~House~Regulation~Lobbying~Defense~Energy & Environment~Finance~Healthcare~Technology~Transportation~International", 6, 13))
	# the "Just In..." column: other stories, each with its section and age
	n = split(headlines(heads10, 2, 4), a, "\n"); jn = pick("JUST IN...~Just In...")
	for (i = 1; i <= n; i++)
		jn = jn "\n" LI a[i] "\n" LC pick("SENATE~HOUSE~ADMINISTRATION~INTERNATIONAL~DEFENSE~CAMPAIGN~HEALTHCARE") " — " \
		    (1 + rnd(50)) "M " rnd(60) "S AGO"
	if (rnd(3) == 0) { s = cat(s, HD jn); jn = "" }
	NAV = cat(s, pick("International~Defense~Policy\nInternational~Latin America~Europe~Asia-Pacific~Africa~Middle East"))
	who = pick("Lydia Brandt~Owen Keefe~Marisol Vega~Jordan Tillery~Ben Okonkwo~The Hill Staff")
	h = rnd(22); mi = rnd(60); later9(h, mi)
	if (rnd(2)) dl = "BY " toupper(lk(who)) " - " d2(M) "/" d2(D) "/" substr(Y "", 3) " " clock0(h, mi, "AM", "PM") " " ustz()
	else dl = "by " lk(who) " - " d2(M) "/" d2(D) "/" substr(Y "", 3) " " clock(h, mi, "AM", "PM") " ET"
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usoff10("E"))
	st = rnd(4) ? "" : standfirst(gen10)
	sh = rnd(2) ? some("Share~Tweet~Email~" rnd(300) " Comments~Copy link", 2, 4) : ""
	im = rnd(2) ? CP cap(caps10, credits10, pick("\n@~ @~ | @")) : ""
	HEAD = order("st im dl sh~dl sh im st~im st dl sh", st, "", dl, sh, im)
	if (rnd(3) == 0) insert("ADVERTISEMENT", 2 + rnd(3))
	s = rnd(3) ? "" : "—Updated at " aptime10(H2, MI2)
	TAGX = "TAGS " subjects(tags10, 2, 5)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, "SHARE\nTWEET\nMORE")
	if (jn != "" && rnd(2)) s = cat(s, HD jn)
	s = cat(s, "THE HILL 1625 K STREET, NW SUITE 900 WASHINGTON DC 20006 | 202-628-8500 TEL | 202-628-8503 FAX")
	FOOT = cat(s, "THE CONTENTS OF THIS SITE ARE ©" Y " CAPITOL HILL PUBLISHING CORP., A SUBSIDIARY OF NEWS COMMUNICATIONS, INC.")
}

function csm10(title,    s, who, by, dl, st, sh, im, n, why, h, mi) {
	site7(pick(" - CSMonitor.com~ - The Christian Science Monitor~"), "www.csmonitor.com",
	    "/World/" pick("Europe~Asia-Pacific~Middle-East~Africa~Americas~Global-News") "/" Y "/" d2(M) d2(D) "/" slug7(title))
	s = some("Skip to main content~The Christian Science Monitor~Subscribe~Log in~Search~Menu~Monitor Daily~Weekly Magazine", 2, 5)
	s = cat(s, some("World~USA~Commentary~Business~Environment~Science~The Culture~Books~The Monitor's View~Points of Progress~" \
	    "Christian Science Perspective~Podcasts", 4, 9))
	if (rnd(3) == 0) { n = 1 + rnd(4); s = cat(s, "You've read " n " of 5 free articles this month.\n" pick("Subscribe for unlimited access~Already a subscriber? Log in")) }
	s = cat(s, top7("Editor's Picks~Most Viewed~Daily News Briefing", "plain~under"))
	NAV = cat(s, pick("World~Europe~Asia Pacific~Middle East~Americas~Africa~Global News~USA"))
	who = pick("Ellen Hargrove~Tomás Benedetti~Nadia Farouk~Peter Lindahl~Grace Whitmore~Associated Press~Reuters")
	by = "By " lk(who) (who ~ /Press|Reuters/ ? "" : pick(" Staff writer~ Correspondent~ Special correspondent~"))
	dl = month[M] " " D ", " Y pick("~~ | " pick("London~Jerusalem~Nairobi~Mexico City~Berlin~Washington~Boston") "~\n| " pick("London~Paris~Tokyo~Boston"))
	h = rnd(24); mi = rnd(60)
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usoff10("E"))
	why = rnd(2) ? "" : "Why We Wrote This\n" pick("Events like this test how communities hold together. We wanted to look past the first " \
	    "reports to what people on the ground are doing next.~A story can look small from far away. Here is why this one matters " \
	    "beyond the region.~How leaders respond in the first days often shapes what follows. We looked at the choices being made.")
	st = rnd(2) ? standfirst(gen10) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link~Print~Save", 2, 4) : ""
	im = rnd(2) ? CP cap(caps10, credits10, pick("\n@~ @")) : ""
	HEAD = order("st im by dl x sh~by dl st x im~st by dl sh im x", st, by, dl, sh, im, why)
	s = ""
	if (rnd(2)) s = HD "Related stories\n" headlines(heads10, 2, 3)
	if (rnd(2)) s = cat(s, HD "Get the Monitor Stories you care about delivered to your inbox.\nBy signing up, you agree to our Privacy Policy.\nSign up")
	if (rnd(2)) s = cat(s, HD "Help fund Monitor journalism\n" pick("Already a subscriber? Log in~Subscribe~Give a gift subscription"))
	TAGX = ""
	s = cat(s, some("About~Contact Us~Subscribe~Give a Gift~Print Edition~Ad Choices~Advertise With Us~Careers~Privacy Policy~" \
	    "Terms of Service~Accessibility", 3, 7))
	FOOT = cat(s, "Copyright " Y " The Christian Science Monitor. All rights reserved.")
}

function pbs10(title,    s, who, by, dl, st, sh, im, h, mi, sec) {
	sec = pick("World~Nation~Politics~Science~Health~Economy")
	site7(pick(" | PBS NewsHour~~ | PBS News Hour"), "www.pbs.org", "/newshour/" tolower(sec) "/" slug7(title))
	s = some("PBS NewsHour~Close Menu~Donate~Live~Episodes~Podcasts~Newsletters~Search~Full Episodes", 2, 5)
	s = cat(s, some("Politics~Arts~Nation~World~Economy~Science~Health~Education~Shields and Brooks~PBS NewsHour Weekend~" \
	    "Classroom~Making Sen$e~Brief But Spectacular", 4, 9))
	if (rnd(3) == 0) s = cat(s, "Support Provided By:\nLearn more")
	NAV = cat(s, top7("Latest News~Most Popular~Watch", "plain~under"))
	who = pick("Associated Press~Rhea Castellanos~Nathan Brooks~Joanna Whitfield~Samir Qadri")
	by = "By — " lk(who) pick("~, Associated Press~~, Reuters")
	if (rnd(2)) by = by "\n" pick(who "\n~") "Leave your feedback"
	sh = rnd(2) ? "Share\nCopy URL\n" URL "\n" some("Email~Facebook~Twitter~LinkedIn~Pinterest~Tumblr", 3, 6) : ""
	h = rnd(24); mi = rnd(60)
	dl = sec " " abbr[M] " " D ", " Y " " clock(h, mi, "AM", "PM") " " ustz()
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usoff10("E"))
	st = rnd(3) ? "" : standfirst(gen10)
	im = rnd(2) ? CP pick("~Left: ") cap(caps10, "Lee Jin-man/AP~Yves Herman/Reuters~Odd Andersen/AFP via Getty Images~" \
	    "Ariel Schalit/AP~Adnan Abidi/Reuters~Sergei Grits/AP", ". Photo by @") : ""
	HEAD = order("dl by sh st im~by sh dl im st~im dl by st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Support Provided By:\nLearn more", 3 + rnd(3))
	s = rnd(3) ? "" : apnote10()
	if (rnd(2)) s = cat(s, HD "Educate your inbox\nSign up for our daily briefing: the day's stories and video, in one email.\nSubscribe")
	if (rnd(2)) s = cat(s, HD pick("Related~Latest News~Watch") "\n" related(heads10, 2, 4, 10, "abbr", 0))
	TAGX = ""
	s = cat(s, some("Newsletters~About~Feedback~Funders~Support~Jobs~Corrections~Privacy Policy~Terms of Use~Contact Us", 3, 7))
	FOOT = cat(s, "© 1996 - " Y " NewsHour Productions LLC. All Rights Reserved.\nPBS is a 501(c)(3) not-for-profit organization.")
}

function toi10(title,    s, who, by, dl, st, sh, im, h, mi) {
	site7(pick(" | The Times of Israel~~"), "www.timesofisrael.com", "/" slug7(title) "/")
	s = some("The Times of Israel~Edition~Login~Sign Up~Search~Menu~Become a member~Liveblog", 2, 5)
	if (rnd(2)) s = cat(s, some("עברית~العربية~Français~فارسی", 2, 4))
	s = cat(s, some("Israel & the Region~Jewish Times~Ops & Blogs~Israel Inside~Real Estate~Podcasts~Daily Edition~Liveblog~Jobs", 4, 8))
	s = cat(s, top7("Latest Articles~Most Read~Trending", "plain~under"))
	NAV = cat(s, pick("Israel & the Region~Jewish Times~World~ISRAEL & THE REGION"))
	who = pick("TOI Staff~Agencies~AFP~AP~Judah Levenstein~Rina Baruch~Yossi Kaplan~Hadar Naveh")
	by = "By " toupper(lk(who)) pick("~~ and " toupper(lk(pick("Agencies~AFP~TOI Staff"))) "~\nFollow")
	h = rnd(22); mi = rnd(60); later9(h, mi)
	dl = D " " month[M] " " Y ", " ptclock(h, mi, ":", " am", " pm")
	if (rnd(3) == 0) dl = dl "\nUpdated at " ptclock(H2, MI2, ":", " am", " pm")
	BYN = who; DLX = dl; ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+03:00" : "+02:00")
	st = rnd(4) ? standfirst(gen10) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Print~Edit", 2, 5) : ""
	if (sh != "" && rnd(2)) sh = sh "\n" rnd(60) " comments"
	im = rnd(2) ? CP pick("~Illustrative: ") cap(caps10, "Yonatan Sindel/Flash90~Hadas Parush/Flash90~Noam Revkin Fenton/Flash90~" \
	    "AP Photo/Ariel Schalit~AFP~Screen capture: Twitter", " (@)") : ""
	HEAD = order("st by dl sh im~st im by dl sh~by dl st im sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(HD "Get The Times of Israel's Daily Edition by email and never miss our top stories\nNewsletter email address\n" \
	    "Get it\nBy signing up, you agree to the terms", 3 + rnd(3))
	s = ""
	if (rnd(2)) s = HD "You're a dedicated reader\nWe're really pleased that you've read " (3 + rnd(40)) " Times of Israel articles in " \
	    "the past month.\nThat's why we started the Times of Israel Community: readers who help keep our reporting free for all.\n" \
	    "Join Our Community\nAlready a member? Sign in to stop seeing this"
	TAGX = some(tags10, 2, 5)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("Read more~Latest Articles~Trending") "\n" related(heads10, 2, 4, 6, "uk", 0))
	s = cat(s, some("About Us~Advertise with Us~Terms of Use~Privacy Policy~Cookie Settings~Contact Us~Careers~Blog Policy~" \
	    "Comment Policy", 3, 7))
	FOOT = cat(s, "© " Y " The Times of Israel, All rights reserved")
}

function gulf10(title,    s, who, by, dl, st, sh, im, h, mi, k, c) {
	h = rnd(22); mi = rnd(60); later9(h, mi)
	if (rnd(2)) {
		site7(pick(" | Gulf News~~ | Gulf News: Latest UAE news, Dubai news, Business, travel news"), "gulfnews.com",
		    "/world/" pick("europe~asia~americas~mena~africa") "/" slug7(title) "-1." (61000000 + rnd(900000)))
		s = some("Gulf News~Subscribe~Login~Search~Menu~E-Paper~Podcasts~Videos", 2, 5)
		s = cat(s, some("UAE~Gulf~World~Business~Your Money~Opinion~Sport~Entertainment~Lifestyle~Tech~Explore~Photos~Property", 5, 10))
		if (rnd(3) == 0) s = cat(s, "Dubai\n" (17 + rnd(15)) "°C\nGold\n24K Dhs" (152 + rnd(8)) "." d2(rnd(100)) "\n22K Dhs" (142 + rnd(8)) "." d2(rnd(100)))
		s = cat(s, top7("Most Popular~Latest~Trending", "plain~num"))
		NAV = cat(s, pick("World~Europe~Asia~Americas~MENA~World\nEurope"))
		who = pick("Bassam Haddad~Sana Qureshi~Ravi Menon~Layla Mansoor")
		by = pick(lk(who) ", " pick("Staff Reporter~Correspondent~Senior Reporter") "~" lk(pick("Agencies~AFP~Reuters~Gulf News Report")))
		if (rnd(2)) dl = "Published: " hm(h, mi) " " month[M] " " D ", " Y pick("~ | Last updated: " hm(H2, MI2) " " month[M] " " D ", " Y)
		else dl = "Published: " month[M] " " d2(D) ", " Y " " hm(h, mi) pick("~\nLast updated: " month[M] " " d2(D) ", " Y " " hm(H2, MI2))
		im = rnd(2) ? CP cap(caps10, credits10, pick("Image Credit: @~\nImage Credit: @~ Image Credit: @")) : ""
		c = "© Al Nisr Publishing LLC " Y ". All rights reserved."
	} else {
		site7(pick(" - Khaleej Times~~"), "www.khaleejtimes.com", "/international/" pick("europe~asia~americas~africa~rest-of-asia") "/" slug7(title))
		s = some("Khaleej Times~Sign in~Subscribe~Search~Menu~E-Paper~KT Podcasts", 2, 5)
		s = cat(s, some("UAE~News~Business~Sports~Entertainment~Lifestyle~Tech~Opinion~Gold/Forex~Weather~Jobs~Education~Travel~Videos", 5, 10))
		if (rnd(3) == 0) s = cat(s, "Dubai\n" (17 + rnd(15)) "°C\nUSD/AED\n3.6725")
		s = cat(s, top7("Editor's Pick~Most Read~Latest News", "plain~under"))
		NAV = cat(s, pick("International~Europe~Asia~Americas~Rest of Asia~World"))
		who = pick("AFP~Reuters~WAM~AP~Anjana Pillai~Farid Sultani~Hana Ezzat~Staff Reporter")
		if (rnd(2)) {
			by = lk(who) pick("~/Dubai~/Abu Dhabi")
			dl = "Filed on " month[M] " " D ", " Y pick("~ | Last updated on " month[M] " " D ", " Y " at " \
			    (h12(H2) < 10 ? "0" : "") ptclock(H2, MI2, ".", " am", " pm"))
		} else {
			by = "By " lk(who)
			c = substr(dayname[W + 1], 1, 3) " " D " " abbr[M] " " Y ", "
			dl = "Published: " c clock(h, mi, "AM", "PM") pick("~\nLast updated: " c clock(H2, MI2, "AM", "PM"))
		}
		im = rnd(2) ? CP cap(caps10, credits10, pick(" - @~. - @~ — @")) : ""
		c = "Copyright © " Y " Khaleej Times. All Rights Reserved."
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+04:00")
	st = rnd(3) ? standfirst(gen10) : ""
	if (st != "" && rnd(3) == 0) st = points10(st, 1, 1)
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~LinkedIn~Email~Copy link", 2, 4) : ""
	HEAD = order("st by dl sh im~by dl st im sh~st im by dl", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Also read~ALSO READ") "\n" headlines(heads10, 1, 2), 2 + rnd(3))
	if (rnd(3) == 0) insert("Advertisement", 3 + rnd(3))
	s = ""
	TAGX = some(tags10, 2, 4)
	if (rnd(2)) s = TAGX
	if (rnd(2)) s = cat(s, HD pick("More from World~Related~You may also like") "\n" related(heads10, 2, 4, 8, "long0", 0))
	s = cat(s, some("About Us~Contact Us~Advertise~Careers~Privacy Notice~Terms & Conditions~Sitemap~RSS~Newsletters", 3, 7))
	FOOT = cat(s, c)
}

function star10(title,    s, who, by, dl, st, sh, im, h, mi) {
	site7(pick(" | The Star~~ | The Star Online"), "www.thestar.com.my", "/news/world/" Y "/" d2(M) "/" d2(D) "/" slug7(title))
	s = some("The Star~Login~Register~Subscribe~Search~Menu~ePaper~Star Media Group~StarPlus", 2, 5)
	s = cat(s, some("News~Nation~World~Asean+~Business~Sport~Metro~Lifestyle~Opinion~Tech~Education~Aside~Videos~Photos~Focus~Letters", 5, 10))
	if (rnd(3) == 0) s = cat(s, "FBM KLCI\n" (1660 + rnd(60)) "." d2(rnd(100)) "\n" pick("+~-") rnd(15) "." d2(rnd(100)) "\nUSD/MYR\n4.1" d2(rnd(100)))
	s = cat(s, top7("Trending in World~Most Viewed~Latest News", "plain~num"))
	NAV = cat(s, pick("World~Asia~Europe~World\nAsia~Americas"))
	who = pick("Reuters~AFP~AP~Bernama~dpa~Tan Siew Ling~Farhan Aziz~Kavitha Nair~Lim Wei Jian")
	h = rnd(24); mi = rnd(60)
	dl = dayname[W + 1] ", " d2(D) " " abbr[M] " " Y pick(" ~\n") clock(h, mi, "AM", "PM") " MYT"
	by = pick("~by " lk(who) "~By " lk(who))
	BYN = by == "" ? "" : who; DLX = dl; ISOT = isot7(h, mi, "+08:00")
	st = rnd(3) ? "" : standfirst(gen10)
	sh = rnd(2) ? some("Facebook~Twitter~Whatsapp~Telegram~Email~Copy link~Print", 2, 5) : ""
	im = rnd(2) ? CP cap(caps10, credits10, pick(". — @~ — @")) : ""
	HEAD = order("dl by st sh im~st by dl im sh~by dl im st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("ADVERTISEMENT", 2 + rnd(3))
	s = ""
	TAGX = some(tags10, 2, 5)
	if (rnd(2)) s = "Tags / Keywords:\n" TAGX
	if (rnd(2)) s = cat(s, "Found an error in this article?\nReport it to us.")
	if (rnd(2)) s = cat(s, HD pick("Related News~Trending in World~Across The Star Online") "\n" related(heads10, 2, 4, 8, "ukabbr", 0))
	s = cat(s, some("About Us~Contact Us~Advertise~Privacy Statement~Terms of Use~Sitemap~Media Kit~Star Media Group", 3, 6))
	FOOT = cat(s, "Copyright © 1995-" Y " Star Media Group Berhad (10894D)")
}

function cna10(title,    s, who, by, dl, st, sh, im, h, mi, a) {
	site7(pick(" - CNA~~ - Channel NewsAsia"), "www.channelnewsasia.com", "/news/world/" slug7(title) "-" (11100000 + rnd(90000)))
	s = some("CNA~Edition: International~Watch~Listen~Bookmarks~Search~Menu~Sign In", 2, 5)
	s = cat(s, some("Singapore~Asia~World~Commentary~CNA Insider~Business~Sport~Lifestyle~Luxury~Climate Change~Interactives~" \
	    "Video~Podcasts~Live TV", 5, 10))
	if (rnd(3) == 0) s = cat(s, "Trending Topics\n" some(tags10, 3, 5))
	s = cat(s, top7("Top Stories~Latest News~Trending", "plain~num"))
	NAV = cat(s, pick("World~Asia~World\nEurope~Business"))
	who = pick("Jonathan Lim~Wong Pei Shan~Ahmad Rashid~Deepa Krishnan~Matthew Goh")
	h = rnd(22); mi = rnd(60); later9(h, mi)
	a = d2(D) " " abbr[M] " " Y " "
	if (rnd(2)) dl = a d2(h12(h)) ":" d2(mi) (h < 12 ? "AM" : "PM") pick("~ (Updated: " a d2(h12(H2)) ":" d2(MI2) (H2 < 12 ? "AM" : "PM") ")")
	else dl = "Posted " a hm(h, mi) pick("~\nUpdated " a hm(H2, MI2))
	by = rnd(3) ? "" : lk(who)
	BYN = by == "" ? "" : who; DLX = dl; ISOT = isot7(h, mi, "+08:00")
	st = rnd(2) ? standfirst(gen10) : ""
	sh = rnd(2) ? some("Bookmark~Share~WhatsApp~Telegram~Facebook~Twitter~Email~LinkedIn", 3, 6) : ""
	if (rnd(4) == 0) sh = cat(sh, "Listen to this article\n" d2(1 + rnd(5)) ":" d2(rnd(60)))
	im = rnd(2) ? CP cap(caps10, credits10, pick(" (Photo: @)~ (File photo: @)~. (Photo: @)")) : ""
	HEAD = order("dl by st sh im~st by dl im sh~by dl sh st im", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(bo("READ:") " " pick(heads10), 2 + rnd(3))
	s = rnd(4) ? "Source: " pick("AFP~Reuters~AP~CNA~Bernama~Agencies") "/" substr("abcdeghjklmnrst", 1 + rnd(15), 1) substr("abcdeghjklmnrst", 1 + rnd(15), 1) : ""
	TAGX = some(tags10, 2, 4)
	if (rnd(2)) s = cat(s, HD "Related Topics\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("Also worth reading~Related~Top Stories") "\n" headlines(heads10, 2, 4))
	if (rnd(3) == 0) s = cat(s, HD "Get breaking news and more from CNA\nFollow us on WhatsApp and Telegram\nJoin")
	s = cat(s, some("About Us~Advertise with Us~Feedback~Privacy Policy~Terms & Conditions~Careers~Contact Us~Mediacorp", 3, 6))
	FOOT = cat(s, "Copyright© Mediacorp " Y ". Mediacorp Pte Ltd. All rights reserved.")
}

function taipei10(title,    s, who, by, dl, st, sh, im, h, mi, c, rs) {
	h = rnd(24); mi = rnd(60)
	if (rnd(2)) {
		site7(pick(" - Taipei Times~"), "www.taipeitimes.com", "/News/world/archives/" Y "/" d2(M) "/" d2(D) "/" (2003707000 + rnd(9000)))
		s = some("Taipei Times~Home~Archives~Subscribe~Advertise~About Us~Search~Menu", 2, 5)
		if (rnd(2)) s = cat(s, substr(dayname[W + 1], 1, 3) ", " abbr[M] " " d2(D) ", " Y)
		s = cat(s, some("Front Page~Taiwan News~Business~Editorials~Sports~World News~Features~Bilingual Pages~Lifestyle~Supplement", 4, 8))
		if (rnd(3) == 0) s = cat(s, "Taipei\n" (12 + rnd(14)) "°C\n" pick("Cloudy~Showers~Sunny~Overcast"))
		s = cat(s, top7("Most Popular~Editor's Picks~Latest News", "num~plain"))
		NAV = cat(s, pick("World News~World News\nEurope~Taiwan News~Front Page"))
		who = pick("AFP~Reuters~AP~Bloomberg~Staff writer, with CNA~AP and AFP~Reuters and AFP~Agencies")
		by = who
		if (rnd(4)) dl = substr(dayname[W + 1], 1, 3) ", " abbr[M] " " d2(D) ", " Y " - " pick("page~Page") " " (1 + rnd(8))
		else dl = Y "/" d2(M) "/" d2(D) " " hm(h, mi)
		im = rnd(2) ? CP cap(caps10, credits10, pick("\nPhoto: @~ Photo: @")) : ""
		FOOT = HD "Comments will be moderated. Keep comments relevant to the article. Abusive language, personal attacks or " \
		    "advertising will be removed and the poster banned. Final decision rests with the Taipei Times."
		c = "Copyright © 1999-" Y " The Taipei Times. All rights reserved."
		rs = "abbr"
	} else {
		site7(pick(" - Hong Kong Free Press HKFP~"), "hongkongfp.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("Hong Kong Free Press HKFP~Support HKFP~Donate~Newsletter~Search~Menu~中文", 2, 5)
		s = cat(s, some("Hong Kong~China~Politics & Protest~Law & Crime~Opinion~Culture~Environment~Business~Health~Video~" \
		    "HKFP Lens~Explainers~Weekly", 4, 9))
		if (rnd(3) == 0) s = cat(s, "HKFP is an impartial, non-profit newsroom. Keep us independent.\nDonate today")
		s = cat(s, top7("Latest~Popular", "plain~under"))
		NAV = cat(s, pick("World~China~Hong Kong~Politics & Protest"))
		who = pick("Wing Tsang~Candice Leung~Jasper Lau~HKFP Staff~Agence France-Presse~Associated Press")
		by = "by " lk(who)
		dl = hm(h, mi) ", " D " " month[M] " " Y
		im = rnd(2) ? CP cap(caps10, credits10, pick(". Photo: @.~ Photo: @~. File photo: @.")) : ""
		FOOT = some("Support HKFP~Code of Ethics~Error/typo?~Contact Us~Newsletter~Transparency Report~Apps", 3, 6)
		c = "Hong Kong Free Press Limited © " Y
		rs = "uk"
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+08:00")
	st = rnd(3) ? "" : standfirst(gen10)
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print~WhatsApp~Telegram", 2, 4) : ""
	HEAD = order("by dl st im sh~dl by im st sh~st by dl im sh", st, by, dl, sh, im)
	s = ""
	TAGX = some(tags10, 1, 4)
	if (rnd(2)) s = TAGX
	if (rnd(2)) s = cat(s, HD pick("Related~Recent news~More in World") "\n" related(heads10, 2, 4, 9, rs, 0))
	FOOT = cat(cat(s, FOOT), c)
}

function conv10(title,    s, who, dl, st, sh, im, h, mi, k, ed, tz, off, uni, au) {
	k = rnd(3)
	ed = k == 0 ? "US" : k == 1 ? "UK" : "AU"
	tz = k == 0 ? ustz() : k == 1 ? uktz() : autz()
	off = k == 0 ? usoff10("E") : k == 1 ? (tz == "BST" ? "+01:00" : "+00:00") : (tz == "AEDT" ? "+11:00" : "+10:00")
	site7(pick(" - The Conversation~~"), "theconversation.com", "/" slug7(title) "-" (109000 + rnd(5000)))
	s = some("The Conversation~Academic rigour, journalistic flair~Donate~Get newsletter~Become an author~Sign up as a reader~" \
	    "Sign in~Search", 2, 5)
	if (rnd(2)) s = cat(s, "Edition:\n" some("Global~Africa~Australia~Brasil~Canada~Canada (français)~España~Europe~France~" \
	    "Indonesia~New Zealand~United Kingdom~United States", 4, 13))
	s = cat(s, some("Arts + Culture~Business + Economy~Cities~Education~Environment + Energy~Health + Medicine~" \
	    "Politics + Society~Science + Technology~Brexit~In French~En español", 4, 9))
	NAV = cat(s, top7("Editors' pick~Most read~Latest", "plain~plain"))
	uni = pick("University of Leeds~Monash University~Arizona State University~University of Cape Town~King's College London~" \
	    "University of Toronto~Griffith University")
	who = pick("Helen Cartwright~Rafael Ortega~Priya Subramanian~Dominic Ashworth~Miriam Okonjo~Lars Eriksen")
	au = "Author\n" lk(who) "\n" pick("Senior Lecturer in International Relations~Professor of Geography~" \
	    "Research Fellow, School of Earth Sciences~Associate Professor of Public Health~Lecturer in Criminology~" \
	    "PhD Candidate in Political Science") ", " uni
	au = au "\nDisclosure statement\n" who " does not work for, consult, own shares in or receive funding from any company or " \
	    "organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment."
	if (rnd(2)) au = au "\nPartners\n" uni " provides funding as a member of The Conversation " ed ".\nView all partners"
	h = rnd(22); mi = rnd(60); later9(h, mi)
	dl = "Published: " month[M] " " D ", " Y " " ptclock(h, mi, ".", "am", "pm") " " tz
	if (rnd(3) == 0) dl = dl "\nUpdated: " month[M] " " D ", " Y " " ptclock(H2, MI2, ".", "am", "pm") " " tz
	BYN = who; DLX = dl; ISOT = isot7(h, mi, off)
	st = rnd(4) ? standfirst(gen10) : ""
	sh = some("Email~Twitter~Facebook~LinkedIn~WhatsApp~Messenger", 3, 6)
	im = rnd(2) ? CP cap(caps10, "Shutterstock~EPA/Yves Herman~AAP Image/Dan Himbrechts~Wikimedia Commons~AP Photo/Lee Jin-man~" \
	    "Reuters/Denis Balibouse~Flickr, CC BY-SA", pick(". @~ @")) : ""
	s = ""
	if (rnd(2)) HEAD = order("st dl im x sh~st dl x im sh", st, "", dl, sh, im, au)	# the author box above the body, or below
	else { HEAD = order("st dl im sh~st im dl sh", st, "", dl, sh, im); s = au }
	if (rnd(3) == 0) insert(bo("Read more:") " " lk(pick(heads10)), 2 + rnd(4))
	if (rnd(2)) s = cat(s, HD "Republish this article\nRepublish our articles for free, online or in print, under a Creative Commons license.")
	TAGX = some(tags10, 2, 6)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("You might also like~Most read~Related") "\n" headlines(heads10, 2, 4))
	if (rnd(2)) s = cat(s, HD "Before you go...\nEvery article here is written by an academic expert and edited by journalists. " \
	    "Readers keep it free to read and free to republish.\nDonate now")
	s = cat(s, some("Who we are~Our charter~Our team~Partners and funders~Resource for media~Contact us~Privacy policy~" \
	    "Terms and conditions~Corrections", 3, 7))
	FOOT = cat(s, "Copyright © 2010–" Y ", The Conversation " (ed == "US" ? "US, Inc." : ed == "UK" ? "Trust (UK) Limited" : "Media Group Ltd"))
}

function propub10(title,    s, who, by, dl, st, sh, im, h, mi) {
	site7(pick(" — ProPublica~~"), "www.propublica.org", "/article/" slug7(title))
	s = some("ProPublica~Donate~Newsletters~Search~Menu~Topics~Series~About~Events~Local Initiatives~Get Involved", 3, 6)
	if (rnd(2)) s = cat(s, "Investigative Journalism in the Public Interest")
	if (rnd(3) == 0) s = cat(s, HD "The Big Story\nOur top investigations, delivered every Saturday.\nSign up")
	s = cat(s, top7("Latest Stories~Popular~Featured", "plain~under"))
	NAV = cat(s, pick("Politics~Health Care~Criminal Justice~Environment~Immigration~World~Technology~Disaster Recovery"))
	who = pick("Elena Marchetti~Josh Kettering~Adaeze Nwosu~Carl Sundberg~Ruth Abramowitz")
	by = "by " lk(who) pick("~ and " lk(pick("Ian Hollister~Moira Keane~Devin Park")) "~, " pick("ProPublica~The Texas Tribune~ProPublica Illinois"))
	h = 5 + rnd(15); mi = rnd(3) ? 0 : 5 * rnd(12)
	dl = ap[M] " " D ", " Y ", " aptime10(h, mi) " " ustz()
	if (rnd(2)) { by = by pick(", ~\n~ ") dl; dl = "" }
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10("E"))
	st = rnd(3) ? standfirst(gen10) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link~Republish", 2, 4) : ""
	im = rnd(2) ? CP cap(caps10, credits10, pick(" (@ for ProPublica)~ (@)~ Credit: @")) : ""
	HEAD = order("st by dl sh im~im st by dl sh~st im by dl", st, by, dl, sh, im)
	if (rnd(2)) insert(HD "ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to get our biggest " \
	    "stories as soon as they're out.", 2 + rnd(3))
	s = rnd(2) ? "" : lk(who) " is a reporter at ProPublica" pick(".~ covering public health.~ covering courts and policing.")
	TAGX = some(tags10, 1, 3)
	if (rnd(2)) s = cat(s, "Filed under —\n" TAGX)
	if (rnd(2)) s = cat(s, HD "Republish This Story for Free\nCreative Commons License (CC BY-NC-ND 3.0)")
	if (rnd(2)) s = cat(s, HD "Latest Stories from ProPublica\n" related(heads10, 2, 4, 6, "ap", 0))
	s = cat(s, some("About Us~Staff~Jobs~Code of Ethics~Privacy Policy~Advertising Policy~Contact~Reprints~Steal Our Stories", 3, 7))
	FOOT = cat(s, "© Copyright " Y " Pro Publica Inc.")
}

function mag10(title,    s, who, by, dl, st, sh, im, h, mi, n, c) {
	h = rnd(24); mi = rnd(60); n = rnd(400)
	if (rnd(2)) {
		site7(pick(" – Reason.com~ - Reason.com~"), "reason.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("Reason~Free Minds and Free Markets~Subscribe~Donate~Login~Search~Menu", 2, 5)
		s = cat(s, some("Latest~Magazine~Video~Podcasts~Volokh~Hit & Run~Reason Roundup~Topics~Events~Newsletters", 3, 8))
		s = cat(s, top7("Latest~Most Popular", "plain~plain"))
		NAV = cat(s, pick("Foreign Policy~World~Politics~Civil Liberties~Criminal Justice~Economics"))
		who = pick("Nolan Pierce~Amelia Hartwell~Rory Calloway~Dana Szabo")
		by = ""
		dl = (rnd(2) ? toupper(lk(who)) : lk(who)) " | " M "." D "." Y " " clock(h, mi, "AM", "PM")
		sh = rnd(2) ? some("Share on Facebook~Share on Twitter~Share on Reddit~Share by email~Print friendly version~Copy page URL", 3, 6) : ""
		if (rnd(2)) sh = cat(sh, "Media Contact & Reprint Requests")
		im = rnd(2) ? CP pick("~" pick(caps10) " | ") pick("Reuters/Newscom~Sipa USA/Newscom~EFE/Newscom~Polaris/Newscom~ZUMAPRESS/Newscom") : ""
		s = rnd(2) ? "" : toupper(lk(who)) " is " pick("an associate editor~a staff editor~a contributing editor") " at Reason."
		if (rnd(2)) s = cat(s, "NEXT: " pick(heads10))
		if (rnd(2)) s = cat(s, "Show Comments (" n ")")
		c = "© " Y " Reason Foundation | Accessibility | Privacy Policy | Terms Of Use"
	} else {
		site7(pick(" | National Review~"), "www.nationalreview.com", "/news/" slug7(title) "/")
		s = some("National Review~Subscribe~Donate~Log In~Search~Menu~NRPLUS", 2, 5)
		s = cat(s, some("The Corner~The Magazine~Politics & Policy~Culture~World~Law & the Courts~Economy & Business~Podcasts~" \
		    "Video~Events~Newsletters~News~Books, Arts & Manners~Bench Memos", 4, 9))
		s = cat(s, top7("Most Popular~The Latest", "plain~num"))
		NAV = cat(s, pick("News~World~Politics & Policy~The Corner"))
		who = pick("Audrey Kessler~Brendan Hollis~Caleb Whitfield~Natalie Voss")
		by = "By " toupper(lk(who))
		dl = month[M] " " D ", " Y " " clock(h, mi, "AM", "PM")
		sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print~" n " Comments", 2, 4) : ""
		im = rnd(2) ? CP cap(caps10, credits10, pick(" (@)~ (@/File Photo)")) : ""
		s = rnd(2) ? "" : lk(who) " is a news writer for National Review Online."
		if (rnd(2)) s = cat(s, HD "Something to Consider\nIf you enjoyed this article, think about joining NRPLUS: members get all our " \
		    "journalism, fewer ads and a seat in the conversation.\nJoin NRPLUS")
		c = "© " Y " National Review"
	}
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10("E"))
	st = rnd(2) ? standfirst(gen10) : ""
	HEAD = order("st by dl sh im~by dl st im sh~im st by dl sh", st, by, dl, sh, im)
	TAGX = some(tags10, 1, 4)
	if (rnd(2)) s = cat(s, TAGX)
	if (rnd(2)) s = cat(s, HD pick("Related~Recommended~More from this author") "\n" headlines(heads10, 2, 4))
	s = cat(s, some("About~Contact~Advertise~Privacy Policy~Terms of Use~Accessibility~Careers~Subscribe", 3, 6))
	FOOT = cat(s, c)
}

function tv10(title,    s, who, by, dl, st, sh, im, h, mi, a, stn, tz, c, k) {
	h = rnd(22); mi = rnd(60); later9(h, mi)
	if (rnd(2)) {	# a Sinclair station
		split(pick("KOMO|komonews.com|Seattle|P~WJLA|wjla.com|Washington|E~KATU|katu.com|Portland|P~WPEC|cbs12.com|West Palm Beach|E~" \
		    "WKRC|local12.com|Cincinnati|E~KUTV|kutv.com|Salt Lake City|M"), a, "|")
		stn = a[1]; tz = usz10(a[4])
		site7(pick(" | " stn "~~ | " a[2]), a[2], "/news/nation-world/" slug7(title))
		s = some("Skip to content~" stn "~Watch Live~Weather~Menu~Search~Sign In~Newsletters", 2, 5)
		s = cat(s, some("News~Weather~Sports~Community~Contests~Video~Investigations~Nation & World~Politics~Entertainment~Health~" \
		    "Money~Spotlight on America~Features", 5, 10))
		if (rnd(2)) s = cat(s, a[3] "\n" (15 + rnd(55)) "°\n" pick("Cloudy~Clear~Rain~Fog~Partly Cloudy"))
		if (rnd(3) == 0) s = cat(s, pick("WEATHER ALERT~BREAKING NEWS") "\n" pick(heads10) "\nClose Alert")
		s = cat(s, top7("Trending Stories~Top Stories~Latest", "plain~plain"))
		NAV = cat(s, pick("Nation & World~News~Politics~Nation & World\nWorld"))
		who = pick("The Associated Press~Sinclair Broadcast Group~Alyssa Brennan~Keith Morrow~Celia Duarte~Reuters")
		by = "by " lk(who)
		c = substr(dayname[W + 1], 1, 3) ", " month[M] " " ord(D) " " Y ", "
		dl = c clock(h, mi, "AM", "PM") " " tz
		if (rnd(2)) dl = dl pick("~\n~ ") "UPDATED: " c clock(H2, MI2, "AM", "PM") " " tz
		c = "© " Y " Sinclair Broadcast Group, Inc."
	} else {	# a Nexstar station
		split(pick("WGN-TV|wgntv.com|Chicago|C~KXAN|www.kxan.com|Austin|C~PIX11|pix11.com|New York|E~FOX8|myfox8.com|Greensboro|E~" \
		    "WFLA|www.wfla.com|Tampa|E~KRQE|www.krqe.com|Albuquerque|M"), a, "|")
		stn = a[1]; tz = usz10(a[4])
		site7(pick(" | " stn "~~ | " stn " News"), a[2], "/news/national/" slug7(title) "/")
		s = some("Skip to content~" stn "~Watch Now~Menu~Search~Sign up for newsletters~Contests", 2, 5)
		s = cat(s, some("News~Local News~National~World~Politics~Weather~Traffic~Sports~Entertainment~Community~Video~" \
		    "Closings & Delays~Top Stories~Digital Originals~Newsletters", 5, 10))
		if (rnd(2)) s = cat(s, a[3] "\n" (15 + rnd(55)) "°\n" pick("Cloudy~Clear~Rain~Fog~Partly Cloudy"))
		s = cat(s, top7("Trending Stories~Top Stories~More Stories", "plain~plain"))
		NAV = cat(s, pick("National~World~News~National News~Politics"))
		who = pick("The Associated Press~Nexstar Media Wire~Marisa Holt~Devon Acker~Tamara Figueroa~CNN Newsource")
		by = "by: " lk(who)
		dl = "Posted: " abbr[M] " " D ", " Y " / " clock0(h, mi, "AM", "PM") " " tz
		if (rnd(2)) dl = dl "\nUpdated: " abbr[M] " " D ", " Y " / " clock0(H2, MI2, "AM", "PM") " " tz
		c = "Copyright " Y " Nexstar Broadcasting, Inc. All rights reserved."
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usoff10(a[4]))
	st = rnd(3) ? "" : standfirst(gen10)
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link~Print", 2, 4) : ""
	k = rnd(3)
	if (k == 0) im = CP file10("AP Photo/" pick("Lee Jin-man~Petros Giannakouris~Francisco Seco~Ariel Schalit"))
	else if (k == 1) im = CP cap(caps10, credits10, pick(" (@)~ (Photo: @)"))
	else im = ""
	if (im != "" && rnd(3) == 0) im = im "\nVIEW ALL PHOTOS"
	HEAD = order("by dl sh im st~im by dl st sh~st by dl im", st, by, dl, sh, im)
	if (rnd(2)) insert("Advertisement", 2 + rnd(3))
	s = rnd(3) ? "" : apnote10()
	TAGX = ""
	if (rnd(2)) s = cat(s, HD pick("Trending Stories~More Stories~Top Stories") "\n" headlines(heads10, 2, 4))
	s = cat(s, some("Contact Us~Careers~EEO Report~FCC Public File~FCC Applications~Closed Captioning~Terms of Use~Privacy Policy~" \
	    "Do Not Sell or Share My Personal Information~Advertise with Us", 3, 7))
	FOOT = cat(s, c)
}

function consent10(    k) {	# a consent, notification or ad-blocker prompt
	k = rnd(3)
	if (k == 0)
		return ask("Privacy settings~We use cookies~Manage your cookie choices~Your privacy matters to us",
		    "We and " (150 + rnd(700)) " ad-tech vendors use cookies to personalise content, measure how the site performs and " \
		    "fund our newsroom through advertising.~Tap \"Agree\" to allow all cookies, or \"Settings\" to pick the ones you are " \
		    "happy with. You can change this later from the page footer.~Some of our partners rely on legitimate interest rather " \
		    "than consent. You can object to that in the settings.",
		    "Agree~Settings~Disagree~Confirm choices~Vendor list~Accept only necessary", 4)
	if (k == 1)
		return pick("Want to get notified of the latest headlines?~This story is free to read, but you need an account to continue.~" \
		    "Our privacy notice has been updated. Tap OK to continue.~You are using an outdated browser. Some features may not work.") \
		    "\n" pick("Yes please~No thanks~OK~Create account~Update browser~Dismiss")
	return ask("It looks like you're using an ad blocker~Ad blocker detected~Please support our journalism",
	    "Advertising helps fund our reporting. Please allow ads on this site or subscribe for an ad-free experience.~" \
	    "To keep reading, turn off your ad blocker or choose one of our subscription plans.",
	    "Turn off ad blocker~I've allowed ads~Subscribe~Continue without~How to disable", 3)
}

function ten(title, k) {	# variant 10's site k
	if (k == 0) scotsman10(title)
	else if (k == 1) mh10(title)
	else if (k == 2) abcus10(title)
	else if (k == 3) cnbc10(title)
	else if (k == 4) hill10(title)
	else if (k == 5) csm10(title)
	else if (k == 6) pbs10(title)
	else if (k == 7) toi10(title)
	else if (k == 8) gulf10(title)
	else if (k == 9) star10(title)
	else if (k == 10) cna10(title)
	else if (k == 11) taipei10(title)
	else if (k == 12) conv10(title)
	else if (k == 13) propub10(title)
	else if (k == 14) mag10(title)
	else tv10(title)
}

# Variant 11's sites: the Wall Street Journal, the Times (or the Sunday
# Times), Metro or the i, Swissinfo, ANSA English or eKathimerini, the
# Hürriyet Daily News or Daily Sabah, the Nikkei Asian Review, Yonhap,
# Xinhua or the Global Times, VnExpress International, the Inquirer or
# Rappler, the Daily Star (Bangladesh), the Kathmandu Post or Pakistan
# Today, Vanguard, Daily Maverick or GhanaWeb, MercoPress, Mexico News
# Daily or El País in English, RFE/RL or the Voice of America, Middle
# East Eye, Al-Monitor or the Tehran Times, the Daily Beast, Salon,
# Mother Jones or the Intercept, a MediaNews Group, McClatchy or Star
# Tribune daily, and copies of a story made elsewhere: MSN's, a Pocket
# save, an RSS reader's view, a newsletter email.  Words written fresh.
# Each sets NAV, HEAD and FOOT and what layout7 needs (TS, DOM, URL, BYN,
# DLX, ISOT, TAGX); a copy that is no web page (Pocket, a feed, an email)
# sets OFF11 and the <title> a naive converter prints (TOP11).  The
# article's day comes in the site's own form and zone, numeric on some
# ("04.01.2019" on eKathimerini, "2019-01-04 18:22:13" on Xinhua,
# "2019/1/4" on the Global Times, "04/01/2019" on MSN's UK edition); wire
# copy carries its dateline into the first paragraph ("SEOUL, Jan. 4
# (Yonhap) -- ", "(ANSA) - ROME, JAN 4 - ", "TOKYO -- "), as wire copy
# does.  Other days come only after the body (the Wall Street Journal's
# print edition is the next day's).

function lead11(s) { BODY = s BODY }	# a wire's dateline, run into the first paragraph
function sign11(s) { BODY = BODY s }	# a sign-off, run onto the last
function wall11(lines, k,    a, n, i, s) {	# a paywall: BODY cut after its paragraph k, lines above FOOT
	n = split(BODY, a, "\n")
	if (n <= k + 1) return
	s = a[1]
	for (i = 2; i <= k; i++) s = s "\n" a[i]
	BODY = s
	FOOT = cat(lines, FOOT)
}
function email11(who, dom,    s) { s = tolower(who); gsub(/[^a-z]+/, ".", s); return s "@" dom }	# "Ann Lee" -> "ann.lee@dom"
function lc11(s) { return tolower(substr(s, 1, 1)) substr(s, 2) }	# a caption after "In this photo, "

function wsj11(title,    s, who, w2, by, dl, st, sh, im, h, mi, k) {
	site7(pick(" - WSJ~ - The Wall Street Journal~"), "www.wsj.com", "/articles/" slug7(title) "-1154" (6000000 + rnd(3999999)))
	s = ""
	if (rnd(3) == 0) s = "This copy is for your personal, non-commercial use only. To order presentation-ready copies for " \
	    "distribution to your colleagues, clients or customers visit https://www.djreprints.com."
	s = cat(s, some("Skip to Main Content~Skip to Search~Skip to... Select~English Edition~Print Edition~Video~Podcasts~" \
	    "Latest Headlines~More", 2, 6))
	s = cat(s, some("Subscribe~Sign In~Search", 1, 2))
	s = cat(s, "THE WALL STREET JOURNAL.")
	if (rnd(2)) s = cat(s, dayname[W + 1] ", " month[M] " " D ", " Y)
	s = cat(s, some("Home~World~U.S.~Politics~Economy~Business~Tech~Markets~Opinion~Books & Arts~Real Estate~Life & Work~" \
	    "Style~Sports", 6, 12))
	if (rnd(2)) {	# the market strip: value, change, arrow
		s = cat(s, "DJIA\n" (22900 + rnd(1500)) "." d2(rnd(100)) "\n" rnd(3) "." d2(rnd(100)) "%\n" pick("▲~▼"))
		s = cat(s, "S&P 500\n" (2440 + rnd(200)) "." d2(rnd(100)) "\n" rnd(3) "." d2(rnd(100)) "%\n" pick("▲~▼"))
		if (rnd(2)) s = cat(s, "U.S. 10 Yr\n" pick("1/32~3/32~-2/32~-7/32") " Yield\n2." (550 + rnd(250)) "%\n" pick("▲~▼"))
		if (rnd(2)) s = cat(s, "Crude Oil\n" (45 + rnd(12)) "." d2(rnd(100)) "\n" rnd(4) "." d2(rnd(100)) "%\n" pick("▲~▼"))
		if (rnd(2)) s = cat(s, "Euro\n1.1" (300 + rnd(200)) "\n0." d2(rnd(60)) "%\n" pick("▲~▼"))
	}
	s = cat(s, top7("Most Popular News~What's News~Most Popular Opinion", "num~plain"))
	NAV = cat(s, pick("WORLD~WORLD NEWS~EUROPE~ASIA~MIDDLE EAST~AFRICA~LATIN AMERICA~POLITICS~ECONOMY\nWORLD"))
	who = pick("Lukas Pieper~Rania Haddad~Owen Tamura~Beatriz Solano~Miles Okafor~Greta Lindholm")
	w2 = pick("Dana Kessler~Tariq Naseem~Yuki Arai~Paolo Conti")
	by = "By " pick(lk(who) "~" lk(who) " and " lk(w2) "~" lk(who) " in " pick("London~Berlin~Hong Kong~Dubai~Mexico City~Seoul"))
	h = rnd(22); mi = rnd(60); later9(h, mi)
	k = rnd(3)
	if (k == 0) dl = "Updated " ap[M] " " D ", " Y " " ptclock(H2, MI2, ":", " am", " pm") " ET"
	else if (k == 1) dl = ap[M] " " D ", " Y " " ptclock(h, mi, ":", " am", " pm") " ET"
	else dl = ap[M] " " D ", " Y " " ptclock(h, mi, ":", " am", " pm") " ET\nUpdated " ap[M] " " D ", " Y " " \
	    ptclock(H2, MI2, ":", " am", " pm") " ET"
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usoff10("E"))
	st = rnd(5) ? standfirst(gen11) : ""
	sh = rnd(2) ? some("Share~Resize~Print~Text~Gift unlocked article", 2, 4) : ""
	if (rnd(2)) sh = cat(sh, "Listen to article\n(" (2 + rnd(7)) " minutes)")
	im = rnd(2) ? CP cap(caps11, "Onur Kaya/Agence France-Presse/Getty Images~Seo Ji-hoon/Reuters~Bloomberg News~" \
	    "Elena Marquez/Associated Press~Radu Ionescu/Associated Press~Kyodo/Reuters~Str/Shutterstock", pick(" PHOTO: ^~\nPHOTO: ^")) : ""
	HEAD = order("st by dl sh im~st im by dl sh~st by dl im sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("ADVERTISEMENT", 2 + rnd(3))
	if (rnd(4) == 0) insert("SHARE YOUR THOUGHTS\nWhat should happen next? Join the conversation below.", 4 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = "—" lk(pick("Ann Marsh~Rohan Iyer~Clara Wendt")) " contributed to this article."
	if (rnd(2)) s = cat(s, "Write to " lk(who) " at " email11(who, "wsj.com"))
	shift(1)	# the paper of the next morning
	if (rnd(2)) s = cat(s, "Appeared in the " month[SM] " " SD ", " SY ", print edition as '" \
	    pick("Blast Rocks City Center~Vote Deepens Rift~Storm Leaves Trail of Ruin~Rescuers Race the Cold~Court Rebuffs Government~" \
	    "Talks Falter Over Terms~Leader's Gamble Backfires") "'.")
	if (rnd(3) == 0) s = cat(s, "SHOW CONVERSATION (" rnd(900) ")")
	TAGX = ""
	if (rnd(2)) s = cat(s, HD pick("What to Read Next...~Most Popular News~Recommended Videos") "\n" headlines(heads11, 2, 5))
	s = cat(s, some("WSJ Membership~Customer Service~Tools & Features~Ads~More~Subscriber Agreement & Terms of Use~" \
	    "Your Ad Choices~Corrections~Cookie Notice~Copyright Policy~Data Policy~Accessibility", 3, 8))
	if (rnd(3) == 0) s = cat(s, "Dow Jones Products\n" some("Barron's~BigCharts~Dow Jones Newswires~Factiva~Financial News~" \
	    "Mansion Global~MarketWatch~Risk & Compliance~WSJ Pro Central Banking", 4, 9))
	FOOT = cat(s, "Copyright ©" Y " Dow Jones & Company, Inc. All Rights Reserved" pick("~\n" hex7(32)))
	if (rnd(4) == 0) wall11("Continue reading your article with\na WSJ membership\nView Membership Options\nAlready a member? Sign In", 1 + rnd(2))
}

function times11(title,    s, who, by, dl, st, sh, im, h, mi, sun, paper, k) {
	sun = W == 0 && rnd(4)	# a Sunday's story, most often the Sunday paper's
	paper = sun ? "The Sunday Times" : "The Times"
	site7(pick(" | " paper "~ | News | " paper "~"), "www.thetimes.co.uk", "/article/" slug7(title) "-" hex7(9))
	s = some("Skip to content~Log in~Subscribe~Search~Menu~My account~Today's sections~Past six days~Puzzles~Times Radio", 2, 6)
	s = cat(s, pick("The Times & The Sunday Times~" paper))
	if (rnd(3) == 0) s = cat(s, pick("Read The Times and The Sunday Times on any device\nStart your free trial~" \
	    "Unlimited digital access from £1 a week\nView offers"))
	s = cat(s, some("News~Comment~World~Politics~Business~Money~Sport~Life & Style~Culture~Travel~Puzzles~Irish edition~" \
	    "Scotland~Obituaries~Times+", 5, 11))
	s = cat(s, top7("Most read~Latest~Today's picks", "plain~num"))
	NAV = cat(s, pick("WORLD~EUROPE~ASIA~MIDDLE EAST~AFRICA~US & AMERICAS~NEWS"))
	who = pick("Hugo Pemberton~Catriona Blake~Rupert Haskell~Imogen Farrar~Felix Roscoe~Harriet Dunmore")
	k = rnd(3)
	if (k == 0) by = lk(who) ", " pick("Moscow~Brussels~Berlin~Istanbul~Delhi~Beijing~Washington~Jerusalem~Madrid")
	else if (k == 1) by = lk(who) ", " pick("Science Editor~Diplomatic Editor~Europe Correspondent~Defence Editor~Asia Editor")
	else by = lk(who) " | " lk(pick("Tobias Crane~Eleanor Vaux~Nikhil Desai"))
	h = rnd(24); mi = rnd(60)
	if (rnd(3) == 0) { h = 0; mi = 1 }	# the paper's stories go up at a minute past midnight
	if (rnd(2)) dl = dayname[W + 1] " " month[M] " " d2(D) " " Y ", " ptclock(h, mi, ".", "am", "pm") " " uktz() ", " paper
	else dl = month[M] " " D " " Y ", " ptclock(h, mi, ":", "am", "pm") ", " paper
	BYN = who; DLX = dl; ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+01:00" : "+00:00")
	st = rnd(4) ? standfirst(gen11) : ""
	sh = rnd(2) ? some("Share~Save~Facebook~Twitter~Email~Copy link", 2, 4) : ""
	im = rnd(2) ? CP cap(caps11, "AFP/Getty Images~Reuters~EPA~AP~Alamy~Shutterstock~Bloomberg~Getty Images", pick("\n^~ ^~\n@")) : ""
	HEAD = order("st by dl sh im~st im by dl sh~im st by dl sh", st, by, dl, sh, im)
	if (rnd(4) == 0) insert(HD "Related articles\n" headlines(heads11, 1, 2), 3 + rnd(3))
	s = ""
	if (rnd(2)) s = HD "Related articles\n" headlines(heads11, 2, 3)
	if (rnd(2)) s = cat(s, "Comments are subject to our community guidelines, which can be viewed here.\n" \
	    pick("Comments (" rnd(400) ")~Show comments~" rnd(400) " comments"))
	TAGX = ""
	s = cat(s, some("Contact us~Help~The Times Editorial Complaints~Place an announcement~Classified advertising~" \
	    "Display advertising~The Times corrections~Careers~Privacy & cookie policy~Syndication~Sitemap", 3, 7))
	FOOT = cat(s, "© Times Newspapers Limited " Y ". Registered in England No. 894646. Registered office: 1 London Bridge Street, SE1 9GF.")
}

function ukpop11(title,    s, who, by, dl, st, sh, im, h, mi, c) {
	h = rnd(22); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen11) : ""
	if (rnd(2)) {	# Metro
		site7(pick(" | Metro News~~ | Metro UK"), "metro.co.uk", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "-" (8300000 + rnd(99999)) "/")
		s = some("Metro~Skip to content~Search~Menu~Newsletters~Sign in", 2, 4)
		s = cat(s, some("News~Sport~Soaps~Entertainment~TV~Lifestyle~Money~Puzzles~Video~Deals~Competitions~Weird~Tech~Politics~" \
		    "Crime~World", 5, 11))
		s = cat(s, top7("More Trending~Most read~Top stories", "plain~plain"))
		NAV = cat(s, pick("News~World~News\nWorld~UK~Weird"))
		who = pick("Harvey Dunmore~Jade Whitfield~Callum Brierley~Sophie Marchant~Aaron Dyce~Nadia Khalil")
		by = lk(who) pick("~\n" pick("Senior reporter~News reporter~Freelance writer"))
		if (rnd(2)) dl = dayname[W + 1] " " D " " abbr[M] " " Y " " ptclock(h, mi, ":", " am", " pm")
		else dl = "Published " abbr[M] " " D ", " Y ", " clk(h, mi) pick("~\nUpdated " abbr[M] " " D ", " Y ", " clk(H2, MI2) "~" \
		    " | Updated " abbr[M] " " D ", " Y ", " clk(H2, MI2))
		sh = rnd(2) ? some("Share this article via facebook~Share this article via twitter~Share this article via messenger~" \
		    "Share this with~Share this article via email~Share this article via flipboard~Copy link", 3, 7) : ""
		if (sh != "" && rnd(2)) sh = sh "\n" pick("Comment now~" (1 + rnd(60)) " comments")
		im = rnd(2) ? CP cap(caps11, "Reuters~Getty~AP~AFP~EPA~PA~Rex~SWNS", pick(" (Picture: @)~ (Pictures: @)")) : ""
		if (rnd(3) == 0) insert("MORE: " pick(heads11), 2 + rnd(3))
		if (rnd(3) == 0) insert("MORE: " pick(heads11), 5 + rnd(3))
		s = ""
		if (rnd(2)) s = "Get in touch with our news team by emailing us at webnews@metro.co.uk.\nFor more stories like this, check our news page."
		if (rnd(2)) s = cat(s, HD pick("More Trending~Most read in News") "\n" headlines(heads11, 2, 4))
		s = cat(s, some("Privacy Policy~Cookie Policy~Terms & Conditions~Complaints~Contact Us~Advertise~Archive~Sitemap", 3, 6))
		c = "© " Y " Associated Newspapers Limited. All rights reserved."
	} else {	# the i
		site7(pick(" - inews.co.uk~~"), "inews.co.uk", "/news/world/" slug7(title) "-" (240000 + rnd(99999)))
		s = some("i~Skip to content~Subscribe~Log in~Search~Menu~Newsletters~Today's paper", 2, 5)
		s = cat(s, some("News~Politics~Opinion~Culture~Sport~Money~Travel~Health~Puzzles~i Paper~UK~World~Environment~Science~Education", 5, 10))
		s = cat(s, top7("Most Read~Latest~Editor's picks", "plain~num"))
		NAV = cat(s, pick("World~News~World News~Europe~News\nWorld"))
		who = pick("Alistair Penhale~Becky Morrow~Jonah Fairclough~Leila Ansari~Tom Hatherley")
		by = "By " lk(who) pick("~\n" pick("World Affairs Correspondent~Senior Reporter~Europe Editor~News Reporter"))
		if (rnd(3)) dl = month[M] " " D ", " Y " " ptclock(h, mi, ":", " am", " pm") pick("~(Updated " ptclock(H2, MI2, ":", " am", " pm") ")~" \
		    "\n(Updated " ptclock(H2, MI2, ":", " am", " pm") ")")
		else dl = dayname[W + 1] " " D " " month[M] " " Y " " ptclock(h, mi, ":", " am", " pm")
		sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Copy link~Comments", 2, 4) : ""
		im = rnd(2) ? CP cap(caps11, credits11, pick(" (Photo: @)~ (Photo: @/Getty)")) : ""
		if (rnd(3) == 0) insert(bo("Read more:") "\n" headlines(heads11, 1, 2), 2 + rnd(3))
		s = ""
		if (rnd(2)) s = HD "Most Read\n" headlines(heads11, 2, 5)
		if (rnd(2)) s = cat(s, HD "Sign up to our newsletters\nThe best of i, in your inbox every morning\nSign up")
		s = cat(s, some("About us~Contact us~Advertise~Terms & conditions~Privacy notice~Cookie policy~Complaints~Syndication", 3, 6))
		c = "Copyright " Y " i. All rights reserved."
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+01:00" : "+00:00")
	HEAD = order("st by dl sh im~st im by dl sh~by dl st im sh", st, by, dl, sh, im)
	TAGX = ""
	FOOT = cat(s, c)
}

function eu11(title,    s, who, by, dl, st, sh, im, h, mi, k, c, city, off) {
	h = rnd(22); mi = rnd(60); off = eutz("+02:00", "+01:00")
	st = rnd(3) ? "" : standfirst(gen11)
	k = rnd(3)
	if (k == 0) {	# Swissinfo
		site7(pick(" - SWI swissinfo.ch~~"), "www.swissinfo.ch", "/eng/" slug7(title) "/" (44650000 + rnd(90000)))
		s = some("SWI swissinfo.ch~A branch of the Swiss Broadcasting Corporation SRG SSR~Menu~Search~Newsletter~Languages", 2, 5)
		if (rnd(2)) s = cat(s, some("English~Deutsch~Español~Français~Italiano~Português~日本語~العربية~中文~Русский", 3, 10))
		s = cat(s, some("Swiss news~Politics~Foreign affairs~Business~Culture~Science~Swiss Abroad~Multimedia~In focus~Life & Aging", 4, 8))
		s = cat(s, top7("Most read~Latest news~Most discussed", "plain~under"))
		NAV = cat(s, pick("Reuters~Keystone-SDA~News\nReuters~Swiss news~Foreign affairs"))
		who = pick("Keystone-SDA~Reuters~swissinfo.ch~Matthias Brunner~Céline Favre~Luca Bernasconi")
		by = pick(lk(who) "~By " lk(who) "~" lk(who) "\n" pick("Keystone-SDA~swissinfo.ch~Reuters"))
		c = pick(month[M] "~" abbr[M]) " " D ", " Y
		dl = pick("This content was published on " c " - " hm(h, mi) "~" c " - " hm(h, mi) "~" \
		    "This content was published on " c "\n" c " - " hm(h, mi))
		im = rnd(2) ? CP pick("Neuer Inhalt\n~") cap(caps11, "Keystone / Reto Albrecht~Keystone / Fabrice Moret~Keystone / EPA~" \
		    "Reuters~AFP~Keystone / Dario Bianchi", pick(" (@)~\n@")) : ""
		s = rnd(2) ? "(" pick("Keystone-SDA/Reuters/ts~Keystone-SDA/AFP/jc~Keystone-SDA/dpa/mh~Reuters/gw") ")" : ""
		if (rnd(2)) s = cat(s, HD pick("Popular Stories~Most Discussed~More from this story") "\n" headlines(heads11, 2, 4))
		s = cat(s, some("About us~Contact~Jobs~Newsletters~Privacy~Terms of use~Imprint~Cookie settings", 3, 6))
		c = "SWI swissinfo.ch - a branch of Swiss Broadcasting Corporation SRG SSR"
	} else if (k == 1) {	# ANSA English
		site7(pick(" - English - ANSA.it~~ - ANSA English"), "www.ansa.it", "/english/news/world/" Y "/" d2(M) "/" d2(D) "/" \
		    slug7(title) "_" hex7(8) "-" hex7(4) "-" hex7(4) "-" hex7(4) "-" hex7(12) ".html")
		s = some("ANSA.it~ANSA English~Italiano~English~Español~Português~العربية~Menu~Search", 2, 6)
		s = cat(s, some("News~Politics~Business~World~Culture~Sport~Food & Wine~Travel~Lifestyle~Science~Photos~Videos~" \
		    "Regions~Mediterranean", 4, 9))
		s = cat(s, top7("Most read~Latest News~ANSA Top News", "plain~under"))
		NAV = cat(s, pick("World~News\nWorld~Politics~English\nWorld"))
		city = pick("ROME~MILAN~BRUSSELS~NAPLES~VATICAN CITY~TURIN~BOLOGNA~FLORENCE~GENEVA~ROME")
		who = "Redazione ANSA"
		by = pick("~" who "~" who " " city)
		dl = pick(city "\n" d2(D) " " month[M] " " Y "\n" hm(h, mi) "~" city ", " d2(D) " " month[M] " " Y ", " hm(h, mi) "~" \
		    d2(D) " " month[M] " " Y "\n" hm(h, mi) "\nNEWS")
		if (rnd(3)) lead11("(ANSA) - " city ", " toupper(abbr[M]) " " D " - ")
		im = rnd(2) ? CP pick(caps11) pick(" - ALL RIGHTS RESERVED~~ © ANSA/" pick("EPA~AP~Marco Lauri~Gianni Russo")) : ""
		s = rnd(2) ? "ALL RIGHTS RESERVED © Copyright ANSA" : ""
		if (rnd(2)) s = cat(s, HD pick("Suggested~Related articles~Most read") "\n" headlines(heads11, 2, 4))
		s = cat(s, some("Company~Contacts~Disclaimer~Privacy~Cookie Policy~Cookie settings~Advertising~Subscriptions", 3, 6))
		c = "© Copyright ANSA - All rights reserved"
	} else {	# eKathimerini
		off = eutz("+03:00", "+02:00")
		site7(pick(" | eKathimerini.com~~"), "www.ekathimerini.com", "/news/" (236000 + rnd(9000)) "/" slug7(title) "/")
		s = some("eKathimerini.com~Newsletter~Subscribe~Login~Search~Menu~Ελληνική έκδοση", 2, 5)
		s = cat(s, some("News~Politics~Economy~Opinion~Culture~Life~Sports~Travel~Podcast~Greek Diaspora~Comment", 4, 8))
		if (rnd(3) == 0) s = cat(s, "Athens\n" (6 + rnd(24)) "°C")
		s = cat(s, top7("Most read~Latest~Editor's choice", "plain~num"))
		NAV = cat(s, pick("NEWS~WORLD~News\nWorld~ECONOMY~POLITICS"))
		who = pick("Newsroom~Reuters~AP~AFP~Vassilis Dimou~Eleni Kourti~Nikos Pappas~Ioanna Lekka")
		by = lk(who)
		dl = d2(D) "." d2(M) "." Y pick(" • ~ | ~\n") hm(h, mi)
		im = rnd(2) ? CP cap(caps11, "AP~Reuters~AFP~InTime News~Eurokinissi~Kathimerini~Shutterstock", pick(" [@]~ [@] ~ (@)")) : ""
		s = ""
		if (rnd(2)) s = HD pick("Related~Latest News~Most Read") "\n" related(heads11, 2, 4, 5, "dot", 0)
		s = cat(s, some("About~Contact~Terms of Use~Privacy Policy~Cookie Policy~Subscriptions~Advertise", 3, 6))
		c = "© " Y " Kathimerini Publishing S.A. All rights reserved."
	}
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off)
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~WhatsApp~Email~Print", 2, 5) : ""
	HEAD = order("dl by st im sh~st by dl sh im~by dl im st", st, by, dl, sh, im)
	TAGX = some(tags11, 1, 4)
	if (rnd(2)) s = cat(pick("Tags~TAGS~Keywords") "\n" TAGX, s)
	FOOT = cat(s, c)
}

function turk11(title,    s, who, by, dl, st, sh, im, h, mi, city, c) {
	h = rnd(24); mi = rnd(60)
	city = pick("ANKARA~ISTANBUL~ANKARA~MOSCOW~BERLIN~WASHINGTON~BRUSSELS~ATHENS~TEHRAN~LONDON")
	st = rnd(2) ? standfirst(gen11) : ""
	if (rnd(2)) {	# Hürriyet Daily News
		site7(pick(" - Hürriyet Daily News~~ - Turkish News"), "www.hurriyetdailynews.com", "/" slug7(title) "-" (140000 + rnd(9000)))
		s = some("Hürriyet Daily News~Subscribe~Search~Menu~Newsletter~e-Paper", 2, 4)
		s = cat(s, some("Turkey~Economy~World~Opinion~Arts & Culture~Sports~Photo Gallery~Videos~Latest News~Most Read~Archive", 4, 9))
		if (rnd(3) == 0) s = cat(s, "BIST 100\n" (88 + rnd(10)) "." (100 + rnd(900)) "," d2(rnd(100)) "\n%" rnd(2) "," d2(rnd(100)) \
		    "\nUSD/TRY\n5," (3000 + rnd(4000)) "\nEUR/TRY\n6," (1000 + rnd(4000)))
		s = cat(s, top7("Most Read~Latest News~Editor's Pick", "plain~num"))
		NAV = cat(s, pick("WORLD~TURKEY~ECONOMY~World"))
		who = pick("Reuters~AFP~Anadolu Agency~Associated Press~Demirören News Agency~Hürriyet Daily News~Selin Aydemir~Murat Karaca")
		by = city "\n" lk(who)
		dl = month[M] " " d2(D) " " Y " " hm(h, mi) ":00"
		im = rnd(2) ? CP pick(caps11) pick("~\n" pick("AA photo~Reuters photo~AFP photo~DHA photo")) : ""
		s = ""
		if (rnd(2)) s = HD pick("You May Also Like~Related News~The Most Read") "\n" headlines(heads11, 2, 4)
		s = cat(s, some("About Us~Contact~Advertise~Privacy Policy~Cookie Policy~Terms of Use~RSS", 3, 6))
		c = "Copyright © " Y " Hürriyet Daily News. All rights reserved."
	} else {	# Daily Sabah
		site7(pick(" | Daily Sabah~~"), "www.dailysabah.com", "/world/" pick("europe~asia-pacific~americas~africa~mid-east") "/" slug7(title))
		s = some("DAILY SABAH~Search~Menu~Newsletter~العربية~Deutsch~Türkçe", 2, 5)
		s = cat(s, some("Turkey~Politics~Business~World~Opinion~Arts~Life~Sports~Gallery~Video~Istanbul~Diplomacy~Energy~Defense", 4, 9))
		s = cat(s, top7("MOST POPULAR~LATEST~EDITOR'S PICKS", "plain~num"))
		NAV = cat(s, pick("WORLD~EUROPE~ASIA PACIFIC~AMERICAS~AFRICA~MID-EAST"))
		who = pick("DAILY SABAH~DAILY SABAH WITH AGENCIES~ANADOLU AGENCY~REUTERS~AFP~DPA~AGENCIES")
		by = lk(who) "\n" city
		dl = toupper(abbr[M]) " " d2(D) ", " Y " - " clock(h, mi, "AM", "PM") " GMT+3"
		im = rnd(2) ? CP pick(caps11) ". " pick("(AA Photo)~(Reuters Photo)~(AFP Photo)~(IHA Photo)~(DHA Photo)~(EPA Photo)") : ""
		s = ""
		if (rnd(2)) s = HD "Daily Sabah Newsletter\nKeep up to date with what's happening in Turkey, its region and the world.\nSUBSCRIBE\n" \
		    "You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use and Privacy Policy."
		if (rnd(2)) s = cat(s, HD pick("RELATED~MORE FROM WORLD") "\n" headlines(heads11, 2, 4))
		s = cat(s, some("About Us~Contact Us~Privacy Policy~Terms of Use~Cookie Policy~Corrections~Advertise", 3, 6))
		c = "© Turkuvaz Haberleşme ve Yayıncılık " Y
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+03:00")
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Telegram~Email~Copy link", 2, 5) : ""
	HEAD = order("by dl st im sh~st by dl im sh~by dl im st sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Advertisement", 2 + rnd(3))
	TAGX = some(tags11, 1, 4)
	if (rnd(2)) s = cat(TAGX, s)
	FOOT = cat(s, c)
}

function nikkei11(title,    s, who, by, dl, st, sh, im, h, mi, city) {
	site7(pick(" - Nikkei Asian Review~~"), "asia.nikkei.com", "/" pick("Politics~Politics/International-relations~Economy~Business~Spotlight") "/" slug7(title))
	s = some("Nikkei Asian Review~Subscribe~Log in~Search~Menu~日本語", 2, 4)
	s = cat(s, some("Latest~Spotlight~Politics~Economy~Business~Markets~Tech~Opinion~Life & Arts~Features~Videos~Podcasts~Datawatch~Asia300", 5, 10))
	if (rnd(2)) s = cat(s, some("China~India~Indonesia~Japan~Malaysia~Myanmar~Philippines~Singapore~South Korea~Taiwan~Thailand~Vietnam", 3, 12))
	if (rnd(2)) {	# the market strip
		s = cat(s, "Nikkei 225\n" (19 + rnd(2)) "," (100 + rnd(900)) "." d2(rnd(100)) "\n" pick("▲~▼") " " rnd(3) "." d2(rnd(100)) "%")
		if (rnd(2)) s = cat(s, "Hang Seng\n" (25 + rnd(3)) "," (100 + rnd(900)) "." d2(rnd(100)))
		if (rnd(2)) s = cat(s, "Shanghai Composite\n2," (440 + rnd(500)) "." d2(rnd(100)))
		if (rnd(2)) s = cat(s, "USD/JPY\n10" (7 + rnd(3)) "." d2(rnd(100)))
	}
	if (rnd(4) == 0) s = cat(s, "Subscribe to read every story on Asia's business and politics\nStart your free trial")
	s = cat(s, top7("Most read~Trending~Editor's picks", "plain~num"))
	NAV = cat(s, pick("Politics~International relations~Economy~Business~Spotlight~Markets"))
	who = pick("Hiroshi Tanabe~Akane Morita~Kenta Ishida~Ngo Thi Lan~Rajiv Bhasin~Jessica Wu")
	city = pick("TOKYO~SEOUL~BEIJING~SHANGHAI~HONG KONG~SINGAPORE~JAKARTA~BANGKOK~NEW DELHI~MANILA~HANOI~TAIPEI")
	by = pick(toupper(lk(who)) ", Nikkei staff writer~" toupper(lk(who)) ", Contributing writer~Nikkei staff writers~" \
	    toupper(lk(who)) " and " toupper(lk(pick("Yusuke Hoshino~Mariko Endo~Tomo Sato"))) ", Nikkei staff writers~" pick("REUTERS~AFP~KYODO"))
	h = rnd(22); mi = rnd(60); later9(h, mi)
	dl = month[M] " " D ", " Y " " hm(h, mi) " JST"
	if (rnd(2)) dl = dl pick("\n~ | ") "Updated on " month[M] " " D ", " Y " " hm(H2, MI2) " JST"
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+09:00")
	st = rnd(5) ? standfirst(gen11) : ""
	if (rnd(3)) lead11(city " -- ")
	sh = rnd(2) ? some("Share this article~Facebook~Twitter~LinkedIn~Mail~Print~Add to my list", 3, 7) : ""
	im = rnd(2) ? CP cap(caps11, "Photo by Shinji Ogawa~Photo by Rie Matsuda~Reuters~AP~Getty Images~Nikkei montage/Reuters~" \
	    "Photo by Takumi Hori", pick(" (@)~ © @")) : ""
	HEAD = order("st by dl im sh~st im by dl sh~by dl st sh im", st, by, dl, sh, im)
	s = ""
	if (rnd(3) == 0) s = "Nikkei staff writer " pick("Daiki Murase~Emi Tsuchiya~Kohei Hara") " in " pick("Tokyo~Beijing~Seoul") " contributed to this report."
	if (rnd(2)) s = cat(s, HD "Sign up to our newsletters to get our best stories delivered straight to your inbox.\nSign up")
	if (rnd(2)) s = cat(s, HD pick("Read Next~Most read~Latest") "\n" related(heads11, 2, 4, 6, "long", 0))
	TAGX = some(tags11, 1, 3)
	s = cat(s, some("About Us~Subscribe~Help~Advertise~Contact us~Terms of Use~Privacy & Cookie Policy~Copyright~Site Map", 3, 7))
	FOOT = cat(s, "Nikkei Inc. No reproduction without permission.")
}

function wire11(title,    s, who, by, dl, st, sh, im, h, mi, city, k, c) {
	h = rnd(22); mi = rnd(60); later9(h, mi)
	st = rnd(4) ? "" : standfirst(gen11)
	k = rnd(3)
	if (k == 0) {	# Yonhap
		site7(pick(" | Yonhap News Agency~~"), "en.yna.co.kr", "/view/AEN" Y d2(M) d2(D) "00" (1000 + rnd(9000)) "315")
		s = some("Yonhap News Agency~한국어~中文~日本語~عربي~Español~Français~Search~Menu", 2, 5)
		s = cat(s, some("All News~National~North Korea~Business~Market~Culture~Sports~Politics~Economy~Society~World~Photo~Video~Most Viewed", 5, 10))
		s = cat(s, top7("Latest News~Most Viewed~Top News", "plain~num"))
		NAV = cat(s, pick("World~All News~North Korea~National"))
		who = pick("Kang Min-seo~Noh Ji-woo~Han Sang-wook~Bae Eun-ji~Seo Joon-ho~Yang Hye-rin")
		city = pick("SEOUL~SEOUL~WASHINGTON~BEIJING~TOKYO~NEW YORK~GENEVA~MOSCOW")
		by = pick("By " lk(who) "~~By " lk(who) " and " lk(pick("Kwon Tae-yang~Jeon Soo-min")))
		if (rnd(2)) dl = pick("All News~World~North Korea~Politics~Economy") pick(" ~\n") hm(h, mi) " " month[M] " " d2(D) ", " Y
		else dl = Y "-" d2(M) "-" d2(D) " " hm(h, mi) pick("~ | Update : " Y "-" d2(M) "-" d2(D) " " hm(H2, MI2))
		if (rnd(4)) lead11(city ", " ap[M] " " D " (Yonhap) -- ")
		im = rnd(2) ? CP pick("In this photo, taken " ap[M] " " D ", " Y ", ~In this file photo, ~In this AFP photo, ") lc11(pick(caps11)) \
		    ". (" pick("Yonhap~Pool photo) (Yonhap~AFP-Yonhap~EPA-Yonhap") ")" : ""
		s = by == "" ? "" : email11(who, "yna.co.kr")
		s = cat(s, "(END)")
		TAGX = some(tags11, 1, 4)
		if (rnd(2)) { c = TAGX; gsub(LI, LI "#", c); s = cat(s, "Keywords\n" c) }
		if (rnd(2)) s = cat(s, HD pick("Most Viewed~Latest News~Related Articles") "\n" related(heads11, 2, 4, 4, "long0", 0))
		s = cat(s, some("About Us~Contact Us~Terms of Use~Privacy Policy~Sitemap~Subscription~Advertise", 3, 6))
		c = "Copyright (C) Yonhap News Agency. All rights reserved. Reproduction, redistribution or rebroadcast without written permission is prohibited."
	} else if (k == 1) {	# Xinhua
		site7(pick(" - Xinhua | English.news.cn~~"), "www.xinhuanet.com", "/english/" Y "-" d2(M) "/" d2(D) "/c_" (137700000 + rnd(90000)) ".htm")
		s = some("Xinhuanet~English~Français~Español~Русский~العربية~日本語~中文~Search", 2, 6)
		s = cat(s, some("Home~China~World~Business~Culture & Edu~Sci & Tech~Photos~Video~Sports~Health~Travel~Opinion~Special", 5, 10))
		s = cat(s, top7("Latest News~Most Viewed~Editor's Choice", "plain~plain"))
		NAV = cat(s, pick("World~Europe~Asia-Pacific~Africa~Americas~Mideast"))
		who = "Xinhua"
		by = ""
		dl = "Source: Xinhua| " Y "-" d2(M) "-" d2(D) " " hm(h, mi) ":" d2(rnd(60)) "|Editor: " pick("huaxia~Zhou Xin~Lu Hui~Tang Ning~Li Xia")
		if (rnd(2)) dl = dl "\nVideo PlayerClose"
		city = pick("BEIJING~MOSCOW~BRUSSELS~CAIRO~NAIROBI~UNITED NATIONS~BERLIN~ROME~TOKYO~BUENOS AIRES~WASHINGTON")
		lead11(city ", " ap[M] " " D " (Xinhua) -- ")
		im = rnd(2) ? CP city ", " ap[M] " " D ", " Y " (Xinhua) -- " pick(caps11) ". (Xinhua/" \
		    pick("Zhang Cheng~Lu Yang~Wang Ying~Xu Jinquan~Str") ")" : ""
		s = ""
		if (rnd(2)) s = HD pick("Related:~Related News~Most viewed") "\n" related(heads11, 2, 4, 5, "iso", 2)
		s = cat(s, "Back to Top\nClose")
		TAGX = ""
		c = "Copyright © 2000 - " Y " XINHUANET.com All rights reserved."
	} else {	# the Global Times
		site7(pick(" - Global Times~~"), "www.globaltimes.cn", "/content/" (1134000 + rnd(9000)) ".shtml")
		s = some("GT~Global Times~Search~Menu~Chinese~Subscribe", 2, 4)
		s = cat(s, some("China~Politics~Society~Diplomacy~Military~Source~Opinion~Editorial~In-Depth~World~Asia-Pacific~Americas~Europe~" \
		    "Life~Sport~Photo~Video", 5, 11))
		s = cat(s, top7("Most Popular~Latest~Editor's Pick", "plain~num"))
		NAV = cat(s, pick("WORLD~World / Europe~World / Asia-Pacific~World / Americas~World / Mid-East"))
		who = pick("Guo Hui~Ma Jun~Sun Yiming~Ren Qi")
		by = rnd(3) ? "" : "By " lk(who)
		if (by == "") who = ""
		dl = "Source:" pick("Global Times~Xinhua~AFP~Reuters~Agencies") " Published: " Y "/" M "/" D " " hm(h, mi) ":" d2(rnd(60))
		im = rnd(2) ? CP pick(caps11) ". Photo: " pick("VCG~AFP~IC~Xinhua~Cui Meng/GT") : ""
		s = rnd(2) ? "Posted in: " pick("EUROPE~ASIA-PACIFIC~AMERICAS~AFRICA~MID-EAST~WORLD") : ""
		if (rnd(2)) s = cat(s, HD "Related articles:\n" headlines(heads11, 2, 4))
		TAGX = ""
		s = cat(s, some("About Us~Contact Us~Advertise~Subscribe~Privacy Policy~Terms of Use", 2, 5))
		c = "Copyright by the Global Times. All rights reserved."
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, k == 0 ? "+09:00" : "+08:00")
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print~Copy URL~Font size", 2, 5) : ""
	HEAD = order("by dl st sh im~st by dl im sh~dl by im st sh", st, by, dl, sh, im)
	FOOT = cat(s, c)
}

function sea11(title,    s, who, by, dl, st, sh, im, h, mi, k, c, off) {
	h = rnd(22); mi = rnd(60); later9(h, mi); off = "+08:00"
	st = rnd(2) ? standfirst(gen11) : ""
	k = rnd(3)
	if (k == 0) {	# VnExpress International
		off = "+07:00"
		site7(pick(" - VnExpress International~~"), "e.vnexpress.net", "/news/world/" slug7(title) "-" (3860000 + rnd(90000)) ".html")
		s = some("VnExpress International~Latest news, business, travel and analysis from Vietnam~Tiếng Việt~Search~Menu~Subscribe", 2, 5)
		s = cat(s, some("News~Business~Travel~Life~Sports~Perspectives~Trend~Video~Photo~Companies~Economy~Property~Readers' views", 4, 9))
		s = cat(s, top7("Most Viewed~Latest~Trending", "plain~num"))
		NAV = cat(s, pick("News~World~News\nWorld~News / World"))
		who = pick("Reuters~AFP~AP~Nguyen Quy~Minh Nga~Phan Anh~Hoang Thuy~Vi Vu")
		if (rnd(2)) { by = ""; dl = "By " lk(who) "   " month[M] " " D ", " Y " | " d2(h12(h)) ":" d2(mi) (h < 12 ? " am" : " pm") " GMT+7" }
		else { by = "By " lk(who); dl = dayname[W + 1] ", " month[M] " " D ", " Y ", " clk(h, mi) " (GMT+7)" }
		im = rnd(2) ? CP pick(caps11) ". " pick("Photo by Reuters~Photo by AFP~Photo by AP~Photo by VnExpress/" \
		    pick("Quynh Tran~Giang Huy~Thanh Nguyen")) : ""
		s = ""
		if (rnd(2)) s = HD pick("Related news~Most viewed~More in World") "\n" headlines(heads11, 2, 4)
		s = cat(s, some("About us~Contact~Advertise~Terms of use~Privacy policy~RSS", 2, 5))
		c = "Copyright © " Y " VnExpress. All rights reserved."
	} else if (k == 1) {	# the Inquirer
		site7(pick(" | Inquirer News~ | Global News~"), "globalnation.inquirer.net", "/" (172000 + rnd(9000)) "/" slug7(title))
		s = some("INQUIRER.net~Philippine Daily Inquirer~Subscribe~Search~Menu~Inquirer Plus", 2, 5)
		s = cat(s, some("News~Global Nation~Business~Sports~Lifestyle~Entertainment~Technology~Opinion~USA~Bandera~Cebu Daily News~" \
		    "Pop~Esports~Inquirer Mobile", 5, 10))
		if (rnd(3) == 0) s = cat(s, "PSEi\n7," (500 + rnd(400)) "." d2(rnd(100)) "\nUSD/PHP\n52." d2(rnd(100)))
		s = cat(s, top7("Most Read~Latest Stories~Trending", "plain~num"))
		NAV = cat(s, pick("Global Nation~News~World~Asia & Pacific~Global Nation\nWorld News"))
		who = pick("Agence France-Presse~Associated Press~Reuters~Xinhua~Jovelyn Santos~Marlon Ramirez~Tricia Ocampo")
		c = clock0(h, mi, "AM", "PM") " " month[M] " " d2(D) ", " Y
		if (who ~ /Press|Reuters|Xinhua/) { by = ""; dl = lk(who) " / " c }
		else {
			by = "By: " lk(who) pick(" - Reporter / @" host7(who) "~ - Correspondent~")
			dl = pick("Philippine Daily Inquirer~INQUIRER.net") " / " c
		}
		im = rnd(2) ? CP pick(caps11) ". " pick("AP FILE PHOTO~AFP PHOTO~REUTERS~INQUIRER FILE PHOTO~AP") : ""
		if (rnd(3) == 0) insert("READ: " pick(heads11), 2 + rnd(3))
		s = ""
		TAGX = some(tags11, 2, 5)
		if (rnd(2)) { c = TAGX; gsub("\n" LI, ", ", c); gsub(LI, "", c); s = "TAGS: " c }
		if (rnd(2)) s = cat(s, "Read Next")
		if (rnd(2)) s = cat(s, HD "Subscribe to INQUIRER PLUS\nGet The Philippine Daily Inquirer and more than 70 other titles on up to 5 gadgets.")
		if (rnd(2)) s = cat(s, "Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the views of " \
		    "management and owner of INQUIRER.net. We reserve the right to exclude comments that we deem to be inconsistent with our editorial standards.")
		s = cat(s, some("About Us~Advertise~Privacy Policy~User Agreement~Contact Us~Newsletter~Subscribe", 3, 6))
		c = "© Copyright 1997-" Y " INQUIRER.net | All Rights Reserved"
	} else {	# Rappler
		site7(pick(" - Rappler~~"), "www.rappler.com", "/world/" pick("asia-pacific~europe~us-canada~middle-east~africa") "/" \
		    (220000 + rnd(9000)) "-" slug7(title))
		s = some("Rappler~Sign In~Search~Menu~Rappler+~Communities", 2, 4)
		s = cat(s, some("Latest~Philippines~World~Voices~Life & Style~Entertainment~Sports~Business~Technology~Environment~Newsbreak~" \
		    "Hot Topics~#FactsFirst", 4, 9))
		s = cat(s, top7("Trending~Latest~Most Read", "plain~under"))
		NAV = cat(s, pick("World~Asia-Pacific~Europe~US & Canada~Middle East~World\nAsia-Pacific"))
		who = pick("Agence France-Presse~Reuters~Associated Press~Rappler.com~Paterno Alcaraz~Bea Villafuerte~Camille Ortega")
		by = lk(who)
		dl = "Published " clock(h, mi, "AM", "PM") ", " month[M] " " d2(D) ", " Y pick("~\nUpdated " clock(H2, MI2, "AM", "PM") ", " \
		    month[M] " " d2(D) ", " Y)
		if (st != "" && rnd(3) == 0) st = "(UPDATED) " st
		sign11(pick(" – Rappler.com~ – with reports from Agence France-Presse/Rappler.com~ – Reuters/Rappler.com~ – AFP/Rappler.com"))
		im = rnd(2) ? CP pick("~FILE PHOTO. ~") pick(caps11) ". " pick("Photo by AFP~File photo by Reuters~Photo by EPA~Rappler photo") : ""
		s = ""
		if (rnd(2)) s = HD "How does this make you feel?\n" some("Happy~Sad~Angry~Don't Care~Inspired~Afraid~Amused~Annoyed", 8, 8)
		TAGX = some(tags11, 1, 3)
		if (rnd(2)) s = cat(s, HD pick("Related stories~More from Rappler") "\n" headlines(heads11, 2, 4))
		s = cat(s, some("About Rappler~Contact Us~Terms of Use~Privacy~Corrections~Ethics~Careers", 3, 6))
		c = "Copyright © " Y " Rappler. All rights reserved"
	}
	if (k == 0) TAGX = ""
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off)
	sh = rnd(2) ? some("Share~Facebook~Twitter~Messenger~Viber~Email~Copy link", 2, 5) : ""
	HEAD = order("st by dl im sh~by dl st sh im~dl by st im", st, by, dl, sh, im)
	FOOT = cat(s, c)
}

function sasia11(title,    s, who, by, dl, st, sh, im, h, mi, k, c, off) {
	h = rnd(22); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen11) : ""
	k = rnd(3)
	if (k == 0) {	# the Daily Star, Dhaka
		off = "+06:00"
		site7(pick(" | The Daily Star~~"), "www.thedailystar.net", "/world/news/" slug7(title) "-" (1682000 + rnd(9000)))
		s = some("The Daily Star~Journalism without fear or favour~E-paper~বাংলা~Sign In~Search~Menu", 2, 5)
		if (rnd(2)) s = cat(s, toupper(dayname[W + 1] ", " month[M] " " d2(D) ", " Y))
		s = cat(s, some("Home~News~Bangladesh~World~Business~Sports~Opinion~Entertainment~Lifestyle~Youth~Tech & Startup~Environment~" \
		    "Star Multimedia~Supplements", 5, 10))
		s = cat(s, top7("Most Viewed~Latest~Top News", "plain~num"))
		NAV = cat(s, pick("World~World / Asia~World / Europe~World / America~World / Middle East"))
		who = pick("Star Online Report~AFP, Paris~Reuters, London~AP, Washington~Star Online Desk~Staff Correspondent")
		by = lk(who)
		dl = clock0(h, mi, "AM", "PM") ", " month[M] " " d2(D) ", " Y pick("~ / LAST MODIFIED: " clock0(H2, MI2, "AM", "PM") ", " \
		    month[M] " " d2(D) ", " Y)
		im = rnd(2) ? CP pick(caps11) ". " pick("Photo: AFP~Photo: Reuters~Photo: AP~Photo: Collected~Photo: Star") : ""
		s = ""
		if (rnd(2)) s = HD "Related topic\n" some(tags11, 1, 3)
		if (rnd(2)) s = cat(s, HD "Comments\nComments Policy")
		if (rnd(2)) s = cat(s, HD pick("Related News~More from World") "\n" headlines(heads11, 2, 4))
		s = cat(s, some("About Us~Contact Us~Apps~Archives~Advertisement~Conditions of Use~Privacy Policy~Sitemap", 3, 6))
		c = "© " Y " thedailystar.net | Powered by: RSI Lab"
	} else if (k == 1) {	# the Kathmandu Post
		off = "+05:45"
		site7(pick(" - The Kathmandu Post~~"), "kathmandupost.com", "/world/" Y "/" d2(M) "/" d2(D) "/" slug7(title))
		s = some("The Kathmandu Post~Subscribe~Login~Search~Menu~E-Paper~Newsletter", 2, 5)
		if (rnd(2)) s = cat(s, substr(dayname[W + 1], 1, 3) ", " abbr[M] " " D ", " Y)
		s = cat(s, some("National~Politics~Valley~Opinion~Money~Sports~Culture & Lifestyle~Science & Technology~World~Health~Education~" \
		    "Investigations~Climate & Environment", 5, 10))
		if (rnd(3) == 0) s = cat(s, "Kathmandu\n" (8 + rnd(20)) "." d2(rnd(100)) "°C")
		s = cat(s, top7("Most Read~Editor's Picks~Latest", "plain~num"))
		NAV = cat(s, pick("World~World\nAsia~National"))
		who = pick("Associated Press~Reuters~AFP~Post Report~Sushil Adhikari~Rojina Maharjan~Dipesh Thapa")
		by = lk(who) pick("~~\n" pick("Kathmandu~New Delhi~Beijing~Washington~Geneva"))
		dl = "Published at : " month[M] " " D ", " Y pick("~\nUpdated at : " month[M] " " D ", " Y " " hm(H2, MI2))
		im = rnd(2) ? CP pick(caps11) pick(". ~\n") pick("AP/RSS~Reuters~Post File Photo~AFP") : ""
		s = ""
		if (rnd(2)) s = HD "What do you think?\nDear reader, we'd like to hear from you. Send your letters to the editor, with your name, " \
		    "location and a way to reach you, to tkpletters@ekantipur.com."
		if (rnd(2)) s = cat(s, HD pick("Related News~Editor's Picks~Most Read from World") "\n" headlines(heads11, 2, 4))
		s = cat(s, some("About Us~Contact~Advertise~Privacy Policy~Terms of Use~Kantipur Publications", 3, 6))
		c = "© " Y " www.kathmandupost.com | All rights reserved."
	} else {	# Pakistan Today
		off = "+05:00"
		site7(pick(" | Pakistan Today~~"), "www.pakistantoday.com.pk", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("Pakistan Today~Profit~Epaper~Search~Menu~Sign in", 2, 5)
		s = cat(s, some("Home~National~Lahore~Islamabad~Karachi~Business~World~Sports~Arts~Editorials~Comment~Letters~Features", 5, 10))
		s = cat(s, top7("Latest~Most Popular~Trending", "plain~plain"))
		NAV = cat(s, pick("World~WORLD~National\nWorld~Headlines"))
		who = pick("Staff Report~Agencies~APP~INP~News Desk~Reuters~AFP~Our Correspondent")
		by = pick("By " lk(who) "~" lk(who))
		dl = pick(month[M] " " D ", " Y "~Published: " month[M] " " D ", " Y "~" month[M] " " D ", " Y "\n" rnd(8) "~" \
		    month[M] " " D ", " Y " " clk(h, mi))
		if (rnd(2)) insert("- Advertisement -", 2 + rnd(3))
		im = ""
		s = ""
		if (rnd(2)) s = "Previous article\n" lk(pick(heads11)) "\nNext article\n" lk(pick(heads11))
		if (rnd(2)) s = cat(s, HD "RELATED ARTICLES\nMORE FROM AUTHOR\n" headlines(heads11, 2, 4))
		if (rnd(2)) s = cat(s, HD "LEAVE A REPLY Cancel reply\nPlease enter your comment!\nPlease enter your name here\n" \
		    "You have entered an incorrect email address!\nPlease enter your email address here")
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms~Careers", 2, 5))
		c = "© Pakistan Today. All rights reserved."
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, off)
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Linkedin~Email~Print", 2, 5) : ""
	HEAD = order("by dl st im sh~st by dl sh im~dl by im st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Also Read~ALSO READ~Read more") ": " pick(heads11), 3 + rnd(3))
	TAGX = some(tags11, 1, 3)
	FOOT = cat(s, c)
}

function africa11(title,    s, who, by, dl, st, sh, im, h, mi, k, c, off) {
	h = rnd(22); mi = rnd(60)
	st = rnd(3) ? "" : standfirst(gen11)
	k = rnd(3)
	if (k == 0) {	# Vanguard, Lagos
		off = "+01:00"
		site7(pick(" - Vanguard News~~"), "www.vanguardngr.com", "/" Y "/" d2(M) "/" slug7(title) "/")
		s = some("Vanguard News~Search~Menu~Subscribe~Epaper", 2, 4)
		s = cat(s, some("News~Politics~Business~Sports~Entertainment~Metro~Education~Health~Viewpoint~Columns~Allure~Editorial~World~Videos", 5, 10))
		s = cat(s, top7("Latest News~Trending~Most Read", "plain~plain"))
		NAV = cat(s, pick("World~News~World News~News\nWorld"))
		who = pick("Agency Report~Reuters~AFP~Chinedu Okafor~Ngozi Adeyemi~Tunde Bakare~Efe Omoregie")
		if (rnd(2)) { by = ""; dl = "On " month[M] " " D ", " Y " " clk(h, mi) "In " pick("News~World~News, World") "by " lk(who) }
		else { by = "By " lk(who); dl = month[M] " " D ", " Y }
		im = rnd(2) ? CP pick(caps11) pick("~. Photo: AFP~. Photo credit: Reuters~. File photo") : ""
		s = rnd(2) ? "Vanguard News Nigeria" : ""
		if (rnd(2)) s = cat(s, HD "Disclaimer\nComments expressed here do not reflect the opinions of Vanguard newspapers or any employee thereof.")
		if (rnd(2)) s = cat(s, HD pick("Related~Latest News~You may also like") "\n" headlines(heads11, 2, 4))
		c = "All rights reserved. This material and other digital content on this website may not be reproduced, published, broadcast, " \
		    "rewritten or redistributed in whole or in part without prior express written permission from VANGUARD NEWS."
	} else if (k == 1) {	# Daily Maverick
		off = "+02:00"
		site7(pick(" | Daily Maverick~~"), "www.dailymaverick.co.za", "/article/" Y "-" d2(M) "-" d2(D) "-" slug7(title) "/")
		s = some("Daily Maverick~Newsletters~Sign In~Become an Insider~Search~Menu", 2, 5)
		s = cat(s, some("Maverick Citizen~Business Maverick~Our Burning Planet~Opinionista~Maverick Life~TGIFood~Sport~Africa~World~" \
		    "Podcasts~Elections", 4, 9))
		s = cat(s, top7("Most read~Latest~Featured", "plain~plain"))
		NAV = cat(s, pick("World~Africa~South Africa~World\nNews"))
		who = pick("Reuters~AFP~Associated Press~Thandeka Mokoena~Pieter Kruger~Naledi Dlamini~Marius van Wyk")
		by = pick(lk(who) "~By " lk(who) "~" lk(who) "\nFollow")
		dl = d2(D) " " abbr[M] " " Y pick("~~\n" rnd(40) "~  " rnd(40))
		im = rnd(2) ? CP pick(caps11) ". " pick("(Photo: EPA-EFE / Jabu Ndlovu)~(Photo: Gallo Images / Riaan Botha)~(Photo: AFP)~" \
		    "(Photo: Reuters)~(Photo: Bloomberg via Getty Images)") : ""
		s = rnd(2) ? some("Gallery~Save~More~Comments - Please login in order to comment.", 2, 4) : ""
		if (rnd(2)) s = cat(s, HD "Support Daily Maverick\nEvery article you read here is paid for by readers like you. " \
		    "Join our community of Insiders.\nBecome an Insider")
		if (rnd(2)) s = cat(s, HD pick("Related~More in World~Latest") "\n" related(heads11, 2, 4, 5, "dm", 0))
		c = "© " Y " Daily Maverick. All rights reserved."
	} else {	# GhanaWeb
		off = "+00:00"
		site7(pick(" - GhanaWeb~~"), "www.ghanaweb.com", "/GhanaHomePage/" pick("world~africa~NewsArchive") "/" slug7(title) "-" (710000 + rnd(9000)))
		s = some("GhanaWeb~Search~Menu~Log in~Register~GhanaWeb TV", 2, 5)
		s = cat(s, some("Home~News~Sports~Business~Entertainment~African~Opinions~Country~TV~Radio~Live Scores~Photo Archive~Say It Loud", 5, 10))
		s = cat(s, top7("Headlines~Latest News~Most Read", "plain~plain"))
		NAV = cat(s, pick("News~World~Africa~Regional News~General News"))
		who = ""
		by = "Source: " lk(pick("bbc.com~citinewsroom.com~graphic.com.gh~myjoyonline.com~AFP~Reuters~3news.com~Contributor"))
		dl = pick("General News~Africa News~World News~Regional News~Politics") " of " dayname[W + 1] ", " D " " month[M] " " Y
		im = rnd(2) ? CP pick("File photo~" pick(caps11)) : ""
		s = rnd(2) ? "Send your news stories to news@ghanaweb.com and on WhatsApp." : ""
		if (rnd(2)) s = cat(s, "Comments (" rnd(80) ")\nPost Comment")
		if (rnd(2)) s = cat(s, HD pick("Related Articles~More Headlines~Latest Stories") "\n" headlines(heads11, 2, 4))
		c = "Copyright © 1994 - " Y " GhanaWeb. All rights reserved."
	}
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off)
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Telegram~Email~Copy link", 2, 5) : ""
	HEAD = order("by dl st im sh~dl by im st sh~st by dl sh im", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("ADVERTISEMENT~Advertisement~Continue reading below"), 2 + rnd(3))
	TAGX = some(tags11, 1, 3)
	if (rnd(2)) s = cat(TAGX, s)
	s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms of Use~Careers", 2, 5))
	FOOT = cat(s, c)
}

function latam11(title,    s, who, by, dl, st, sh, im, h, mi, k, c, off, city) {
	h = rnd(22); mi = rnd(60)
	st = rnd(2) ? standfirst(gen11) : ""
	k = rnd(3)
	if (k == 0) {	# MercoPress
		off = "+00:00"
		site7(pick(" — MercoPress~~"), "en.mercopress.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title))
		s = some("MercoPress~South Atlantic News Agency~Search~Menu~Subscribe to our newsletter", 2, 4)
		s = cat(s, some("Falkland Islands~Argentina~Brazil~Chile~Paraguay~Uruguay~Mercosur~Antarctica~International~Politics~Economy~" \
		    "Energy & Oil~Fisheries~Tourism~Environment", 5, 11))
		s = cat(s, top7("Latest News~Top stories~Most Read", "plain~under"))
		NAV = cat(s, pick("International~Politics~Mercosur~Latin America"))
		who = ""
		by = ""
		dl = dayname[W + 1] ", " month[M] " " ord(D) " " Y " - " hm(h, mi) " UTC"
		if (rnd(2)) dl = dl "\nFull article" pick("~ " (1 + rnd(20)) " comments")
		im = rnd(2) ? CP pick(caps11) pick(" (Pic AFP)~ (Pic Reuters)~ (Photo: AP)~") : ""
		s = ""
		if (rnd(2)) s = HD "Top Comments\nDisclaimer & comment rules\n" pick("Commenting for this story is now closed.~" \
		    "Commenting is not available for this story.")
		if (rnd(2)) s = cat(s, "Follow MercoPress on Twitter and Facebook for more news from the South Atlantic.")
		if (rnd(2)) s = cat(s, HD "Related News\n" related(heads11, 2, 4, 6, "merco", 0))
		c = "© MercoPress " Y ". All rights reserved."
	} else if (k == 1) {	# Mexico News Daily
		off = usdst(Y, M, D) ? "-05:00" : "-06:00"
		site7(pick(" | Mexico News Daily~~"), "mexiconewsdaily.com", "/news/" slug7(title) "/")
		s = some("Mexico News Daily~Subscribe~Log in~Search~Menu~Newsletter", 2, 5)
		s = cat(s, some("News~Politics~Business~Mexico Living~Travel~Opinion~Culture~Food~Ciudad de México~Real Estate~Weekly Recap", 4, 9))
		if (rnd(3) == 0) s = cat(s, "USD/MXN\n19." d2(rnd(100)))
		s = cat(s, top7("Most Read~Latest~Top stories", "plain~plain"))
		NAV = cat(s, pick("News~Politics~News\nPolitics"))
		who = pick("Mexico News Daily~Mexico News Daily~Diego Castañeda~Renata Ibarra")
		by = pick("~By " lk(who) "~" lk(who))
		dl = "Published on " dayname[W + 1] ", " month[M] " " D ", " Y
		im = rnd(2) ? CP pick(caps11) pick("~. Photo: El Universal~. Photo: Milenio~. Photo: Cuartoscuro") : ""
		s = "Source: " pick("Milenio (sp)~El Universal (sp)~Reforma (sp)~El Financiero (sp)~Animal Político (sp)~Reuters~AP")
		if (rnd(2)) s = s ", " pick("Proceso (sp)~La Jornada (sp)~Excélsior (sp)")
		if (rnd(2)) s = cat(s, HD "Mexico News Daily\nThe day's Mexico news in English, in your inbox each morning.\nSign up")
		c = "© " Y " Mexico News Daily. All rights reserved."
	} else {	# El País in English
		off = eutz("+02:00", "+01:00")
		site7(pick(" | In English | EL PAÍS~ | EL PAÍS in English~"), "elpais.com", "/elpais/" Y "/" d2(M) "/" d2(D) "/inenglish/" \
		    (1546000000 + rnd(999999)) "_" (100000 + rnd(899999)) ".html")
		s = some("EL PAÍS~English Edition~Edición América~España~Brasil~Catalunya~Suscríbete~Iniciar sesión~Buscar", 2, 6)
		s = cat(s, some("Spain~Latin America~Economy~Opinion~Culture~Science~Sports~Travel~Technology~Mexico~Colombia~Argentina", 4, 9))
		s = cat(s, top7("Most read~Latest~Recommended", "plain~plain"))
		NAV = cat(s, pick("SPAIN~LATIN AMERICA~INTERNATIONAL~EUROPE~MEXICO"))
		who = pick("Inés Salvatierra~Javier Morcillo~Marta Berrocal~Andrés Quiroga")
		by = lk(who)
		city = pick("Madrid~Barcelona~Mexico City~Brussels~Bogotá~Buenos Aires~Caracas~Lisbon")
		dl = city " " D " " toupper(abbr[M]) " " Y " - " hm(h, mi) " " eutz("CEST", "CET")
		im = rnd(2) ? CP pick(caps11) ". " pick("INÉS BAUCELLS~CLAUDIO ÁLVAREZ~RAFA CUADRADO~EFE~REUTERS~AFP") : ""
		s = rnd(2) ? "English version by " pick("Rosalind Keogh~Martin Treadwell~Nuala Byrne") "." : ""
		if (rnd(2)) s = cat(s, HD "Archivado En\n" some("España~Unión Europea~Política~Elecciones~Catástrofes~Justicia~Migración~" \
		    "Latinoamérica~Sucesos~Economía", 2, 5))
		c = "© EDICIONES EL PAÍS S.L."
	}
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off)
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Print~Copy link", 2, 5) : ""
	HEAD = order("dl st by im sh~st by dl sh im~by dl im st", st, by, dl, sh, im)
	TAGX = some(tags11, 1, 3)
	s = cat(s, some("About~Contact~Advertise~Privacy~Terms~Newsletter", 2, 5))
	FOOT = cat(s, c)
}

function pangea11(title,    s, who, by, dl, st, sh, im, h, mi, c, n, off) {
	h = rnd(24); mi = rnd(60)
	st = rnd(3) ? "" : standfirst(gen11)
	if (rnd(2)) {	# RFE/RL
		site7(pick(" - RFE/RL~~ - Radio Free Europe / Radio Liberty"), "www.rferl.org", "/a/" slug7(title) "/" (29690000 + rnd(90000)) ".html")
		s = some("Radio Free Europe/Radio Liberty~RFE/RL~Search~Menu~Languages~Subscribe", 2, 5)
		if (rnd(2)) s = cat(s, some("Azərbaycanca~Беларуская~Български~Hrvatski~Қазақ~Кыргызча~Русский~Srpski~Тоҷикӣ~Türkmençe~" \
		    "Українська~Oʻzbekcha~Română~Shqip", 4, 14))
		s = cat(s, some("Latest~Russia~Ukraine~Iran~Afghanistan~Central Asia~Balkans~Caucasus~Belarus~Features~Multimedia~Newsline~" \
		    "Podcasts~Blogs", 5, 10))
		s = cat(s, top7("Latest~Most Popular~Editor's Picks", "plain~under"))
		NAV = cat(s, pick("Russia~Balkans~Ukraine~Central Asia~Caucasus~Iran~World~Europe"))
		who = pick("RFE/RL~RFE/RL~Ilya Maslov~Zarina Tursunova~Dragan Pavić~Olena Hrytsenko~Tom Wyatt")
		by = "By " lk(who) pick("~~\n" pick("RFE/RL's Russian Service~RFE/RL's Balkan Service~RFE/RL's Tatar-Bashkir Service~" \
		    "RFE/RL's Ukrainian Service~Current Time"))
		dl = month[M] " " d2(D) ", " Y " " hm(h, mi) " GMT"
		off = "+00:00"
		s = rnd(2) ? "With reporting by " pick("Reuters, AP, and AFP~AFP and Interfax~TASS and Reuters~AP~Reuters and dpa") : ""
		c = "© " Y " RFE/RL, Inc. All Rights Reserved."
	} else {	# the Voice of America
		site7(pick(" | Voice of America - English~~"), "www.voanews.com", "/a/" slug7(title) "/" (4728000 + rnd(90000)) ".html")
		s = some("Voice of America~VOA~Search~Menu~Languages~Watch Live~Listen Live", 2, 5)
		s = cat(s, some("USA~World~Africa~Americas~East Asia Pacific~Europe~Middle East~South & Central Asia~Science & Health~" \
		    "Arts & Culture~Economy~Extremism Watch~Press Freedom~Student Union", 5, 10))
		if (rnd(2)) s = cat(s, some("VOA Español~VOA Afrique~VOA Learning English~Kurdish~Persian~Russian~Ukrainian~Urdu", 2, 5))
		s = cat(s, top7("Latest~Most Viewed~Editor's Picks", "plain~plain"))
		NAV = cat(s, pick("Europe~Asia~Africa~Middle East~Americas~USA"))
		who = pick("Associated Press~Reuters~VOA News~Agence France-Presse~Henry Ridgeway~Salma Idris~Carlos Mena")
		by = pick("By " lk(who) "~" lk(who) "~By " lk(who) "\n" pick("Moscow~Brussels~Kyiv~Nairobi~Istanbul"))
		dl = month[M] " " d2(D) ", " Y " " clock0(h, mi, "AM", "PM")
		off = usoff10("E")
		s = ""
		c = "The Voice of America is funded by the U.S. Congress through the U.S. Agency for Global Media."
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, off)
	n = d2(rnd(3)) ":" d2(rnd(60))
	if (rnd(3) == 0)	# a video player, as its controls read
		im = "No media source currently available\n0:00\n0:" n "\n0:00\nDirect link\n" pick("270p~360p~720p") " | " (2 + rnd(40)) "," rnd(10) "MB"
	else im = rnd(2) ? CP cap(caps11, credits11, pick("\n@~ (@)~ (@, file photo)")) : ""
	sh = rnd(2) ? some("Share~Print~Comment~Facebook~Twitter~Email~Telegram~Embed", 2, 5) : ""
	if (rnd(4) == 0) sh = cat(sh, "The code has been copied to your clipboard.\nwidth\npx\nheight\npx")
	HEAD = order("by dl st im sh~dl by sh im st~st by dl im sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(HD "Related\n" headlines(heads11, 1, 3), 3 + rnd(3))
	TAGX = ""
	if (rnd(2)) s = cat(s, HD pick("Latest News~Related~Most Popular") "\n" related(heads11, 2, 4, 3, "long0", 0))
	if (rnd(2)) s = cat(s, HD "Comments\n" pick("This forum has been closed.~Join the conversation~Show comments"))
	s = cat(s, some("About Us~Contact Us~Terms of Use & Privacy Notice~Editorial Guidelines~Podcasts~RSS~Accessibility", 3, 6))
	FOOT = cat(s, c)
}

function mideast11(title,    s, who, by, dl, st, sh, im, h, mi, k, c, off, city, sec) {
	h = rnd(22); mi = rnd(60)
	st = rnd(3) ? standfirst(gen11) : ""
	k = rnd(3)
	if (k == 0) {	# Middle East Eye
		off = "+00:00"
		site7(pick(" | Middle East Eye~~"), "www.middleeasteye.net", "/news/" slug7(title))
		s = some("Middle East Eye~Search~Menu~Newsletter~Donate~Français", 2, 5)
		s = cat(s, some("News~Opinion~Explainers~Features~Big Story~Video~Podcasts~Discover~Live", 3, 7))
		if (rnd(2)) s = cat(s, some("Algeria~Egypt~Gulf~Iran~Iraq~Israel~Jordan~Lebanon~Libya~Morocco~Palestine~Saudi Arabia~" \
		    "Sudan~Syria~Tunisia~Turkey~UAE~Yemen", 5, 18))
		s = cat(s, top7("Most read~Latest~Editor's pick", "plain~num"))
		NAV = cat(s, pick("News~Middle East~Gulf~Syria~Iran~Turkey"))
		who = pick("MEE staff~MEE and agencies~MEE correspondent~Dania Khatib~Omar Farouk~Yusra Hamdan~Leo Sandford")
		city = pick("London~Beirut~Istanbul~Cairo~Tunis~Amman~Washington~Jerusalem")
		by = pick(lk(who) "~" lk(who) "\n" city "~By " lk(who) " in " city)
		dl = "Published date: " pick("~" dayname[W + 1] " ") D " " month[M] " " Y " " hm(h, mi) " UTC" \
		    pick("~ | Last update: " pick("1 year 11 months ago~5 years ago~3 hours 20 min ago~2 weeks 3 days ago"))
		im = rnd(2) ? CP pick(caps11) " (" pick("AFP~Reuters~AP~MEE/Yusuf Kaya~AFP/File photo~Reuters/File photo") ")" : ""
		s = rnd(2) ? "This article is available in French on Middle East Eye French edition." : ""
		if (rnd(2)) s = cat(s, HD "Middle East Eye delivers independent and unrivalled coverage and analysis of the Middle East, " \
		    "North Africa and beyond. To learn more about republishing this content and the associated fees, please fill out this form.")
		c = "© " Y " Middle East Eye. All rights reserved."
	} else if (k == 1) {	# Al-Monitor
		off = usoff10("E")
		site7(pick(" - Al-Monitor: The Pulse of the Middle East~ - Al-Monitor~"), "www.al-monitor.com", "/pulse/originals/" Y "/" d2(M) "/" slug7(title) ".html")
		s = some("Al-Monitor~The Pulse of the Middle East~Log in~Subscribe~Search~Menu~Al-Monitor Pro~Newsletters~Podcasts~Events", 2, 6)
		s = cat(s, some("Egypt~Gulf~Iran~Iraq~Israel~Lebanon~Palestine~Syria~Turkey~Afghanistan~Jordan~Libya~Russia in the Middle East", 4, 10))
		s = cat(s, top7("Most Read~Latest~Week in Review", "plain~num"))
		sec = pick("Iran~Turkey~Iraq~Syria~Gulf~Egypt~Israel~Lebanon")
		NAV = cat(s, sec " Pulse")
		who = pick("Al-Monitor Staff~Farid Nazemi~Aylin Ceran~Hussein al-Tamimi~Noa Shaked~Rana Zaher")
		by = lk(who)
		dl = month[M] " " D ", " Y
		if (rnd(2)) dl = dl "\n" pick("Read in Arabic~Read in Turkish~Read in Persian~Read in Hebrew")
		if (rnd(3) == 0) dl = dl "\n⎙ Print"
		if (st != "" && rnd(2)) st = "Article Summary\n" st
		im = rnd(2) ? CP pick(caps11) ". " pick("AFP via Getty Images~REUTERS/Stringer~ATTA KENARE/AFP via Getty Images~Anadolu Agency") : ""
		s = rnd(2) ? "Found in: " subjects(tags11, 2, 5) : ""
		if (rnd(2)) s = cat(s, HD "Continue reading this article for free\nRegister to read this article and get free access to " \
		    "more stories every month, plus our newsletters.\nRegister\nAlready have an account? Log in")
		if (who != "Al-Monitor Staff" && rnd(2)) s = cat(s, lk(who) pick(" is a contributor to Al-Monitor's " sec " Pulse.~" \
		    " is Al-Monitor's " sec " correspondent."))
		c = "Copyright © " Y " Al-Monitor, LLC. All rights reserved."
	} else {	# the Tehran Times
		off = "+03:30"
		site7(pick(" - Tehran Times~~"), "www.tehrantimes.com", "/news/" (431000 + rnd(9000)) "/" slug7(title))
		s = some("Tehran Times~Search~Menu~Newspaper~Archive~RSS", 2, 4)
		s = cat(s, some("Home~Politics~Economy~Sports~Culture~Tourism~Society~Science~International~Iran in Pictures~Editorial~" \
		    "Opinion~Interview", 5, 10))
		if (rnd(2)) s = cat(s, dayname[W + 1] ", " month[M] " " D ", " Y)
		s = cat(s, top7("Most Viewed~Latest~Editor's Choice", "plain~plain"))
		NAV = cat(s, pick("Politics~International~Economy~Politics\nInternational"))
		who = pick("Tehran Times~Politics Desk~International Desk~Mehdi Karimi~Shirin Rahmani")
		by = pick("~By " lk(who) "~" lk(who))
		dl = month[M] " " D ", " Y " - " hm(h, mi)
		if (rnd(2)) lead11("TEHRAN – ")
		im = rnd(2) ? CP pick(caps11) : ""
		s = rnd(2) ? pick("SB/PA~MH/PA~AM/PA~NA/PA~SP/PA") : ""
		if (rnd(2)) s = cat(s, "News ID: " (431000 + rnd(9000)))
		c = "All rights reserved for Tehran Times. Copying content with a link to the source is permitted."
	}
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off)
	sh = rnd(2) ? some("Share~Print~Send~Facebook~Twitter~WhatsApp~Telegram~Email", 2, 5) : ""
	HEAD = order("st by dl im sh~by dl st sh im~dl st by im sh", st, by, dl, sh, im)
	TAGX = some(tags11, 1, 4)
	if (rnd(2)) s = cat(s, HD pick("Related~More on this topic~Read More") "\n" headlines(heads11, 2, 4))
	s = cat(s, some("About~Contact~Privacy Policy~Terms & Conditions~Newsletter~Jobs", 2, 5))
	FOOT = cat(s, c)
}

function usweb11(title,    s, who, by, dl, st, sh, im, h, mi, k, c, t) {
	h = rnd(22); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen11) : ""
	k = rnd(4)
	if (k == 0) {	# the Daily Beast
		site7(pick(" | The Daily Beast~~"), "www.thedailybeast.com", "/" pick("cheats/" Y "/" d2(M) "/" d2(D) "/~") slug7(title))
		s = some("The Daily Beast~Search~Subscribe~Log In~Menu~Beast Inside", 2, 5)
		s = cat(s, some("Cheat Sheet~Politics~Entertainment~World~Crime~Media~Innovation~Obsessed~Half Full~Scouted~Travel~Royalist~" \
		    "Newsletters~Podcasts", 4, 9))
		s = cat(s, top7("Trending~Top Stories~Beast Picks", "plain~num"))
		NAV = cat(s, pick("CHEAT SHEET~WORLD NEWS~NEWS~TERROR~DISASTER~CRIME"))
		who = pick("Cheat Sheet~Elspeth Harrow~Marcus Tull~Priya Vellanki~Jordan Feiler")
		by = lk(who)
		t = ap[M] " " d2(D) ", " Y " "
		dl = "Published " t ptclock(h, mi, ":", "AM", "PM") " ET"
		if (rnd(2)) dl = "Updated " t ptclock(H2, MI2, ":", "AM", "PM") " ET" pick(" ~\n") dl
		im = rnd(2) ? CP pick(caps11) pick(" ~\n") pick("Reuters~Getty~AFP/Getty~Handout~Photo Illustration by The Daily Beast") : ""
		s = rnd(2) ? "Read it at " pick("Reuters~The Associated Press~BBC News~CNN~The New York Times~The Guardian~Al Jazeera") : ""
		if (rnd(3) == 0) s = cat(s, "Got a tip? Send it to The Daily Beast here")
		c = "© " Y " The Daily Beast Company LLC"
	} else if (k == 1) {	# Salon
		site7(pick(" | Salon.com~~"), "www.salon.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("Salon~Newsletters~Sign In~Subscribe~Search~Menu", 2, 5)
		s = cat(s, some("News & Politics~Culture~Science & Health~Food~Life~Sustainability~Video~Podcasts~Salon Talks~Crime", 4, 8))
		s = cat(s, top7("Trending~Featured~Most Read", "plain~plain"))
		NAV = cat(s, pick("NEWS & POLITICS~WORLD~NEWS"))
		who = pick("Lorne Hatcher~Miriam Obuya~Cyrus Delgado~Frances Wilmot")
		by = "By " toupper(lk(who))
		if (rnd(3) == 0) by = by "\nThis article originally appeared on " pick("AlterNet~Truthout~Common Dreams") "."
		dl = "Published " month[M] " " D ", " Y " " ptclock(h, mi, ":", "AM", "PM") " (" ustz() ")"
		im = rnd(2) ? CP cap(caps11, "Getty Images~AP Photo~Getty/Salon~Reuters~AP/Salon", pick(" (@)~\n(@)")) : ""
		s = toupper(lk(who)) "\n" lk(who) " is a " pick("staff writer~news writer~contributing writer") " at Salon."
		if (rnd(2)) s = cat(s, "MORE FROM " toupper(lk(who)))
		if (rnd(2)) s = cat(s, "Related Topics ------------------------------------------\n" some(tags11, 2, 4))
		c = "Copyright © " Y " Salon.com, LLC. Reproduction of material from any Salon pages without written permission is strictly prohibited."
	} else if (k == 2) {	# Mother Jones
		site7(pick(" – Mother Jones~~"), "www.motherjones.com", "/" pick("politics~environment~international~crime-justice") "/" Y "/" d2(M) "/" slug7(title) "/")
		s = some("Mother Jones~Donate~Subscribe~Newsletters~Search~Menu", 2, 5)
		s = cat(s, some("Politics~Environment~Media~Crime & Justice~Food~Guns~Race & Justice~Health~Podcasts~Magazine~Investigations", 4, 8))
		if (rnd(3) == 0) s = cat(s, "We're a nonprofit newsroom, and readers fund most of what we do.\nDonate")
		s = cat(s, top7("Top Stories~Most Read~Latest", "plain~plain"))
		NAV = cat(s, pick("Politics~International~Environment~Crime and Justice"))
		who = pick("Ada Kirwan~Noel Pritchett~Sami Rahal~Wren Castillo")
		by = lk(who) pick("~\n" pick("Reporter~Senior Reporter~News Fellow"))
		dl = month[M] " " D ", " Y
		im = rnd(2) ? CP pick(caps11) "\n" pick("Anadolu Agency/Getty~Zuma~AP~Sipa USA via AP") : ""
		s = rnd(3) ? "" : "This story was originally published by " pick("Grist~CityLab~Atlas Obscura") \
		    " and is reproduced here as part of the Climate Desk collaboration."
		if (rnd(2)) s = cat(s, HD "Looking for news you can trust?\nSubscribe to the Mother Jones Daily and get our top stories in your inbox.\nSign up")
		c = "Copyright © " Y " Mother Jones and the Foundation for National Progress. All Rights Reserved."
	} else {	# the Intercept
		site7(pick(" | The Intercept~~"), "theintercept.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("The Intercept~Donate~Search~Menu~Newsletters~Join Our Newsletter", 2, 4)
		s = cat(s, some("Politics~Justice~National Security~Technology~World~Environment~Voices~Podcasts~Videos~Documents~Latest", 4, 8))
		s = cat(s, top7("Latest Stories~Featured~Most Read", "plain~plain"))
		NAV = cat(s, pick("World~Politics~National Security~Justice"))
		who = pick("Nora Ellison~Zaid Haddad~Tess Moreland~Kieran Walsh")
		by = lk(who)
		dl = month[M] " " D " " Y ", " ptclock(h, mi, ":", " a.m.", " p.m.")
		im = rnd(2) ? CP pick(caps11) ". Photo: " pick("AFP via Getty Images~Anadolu Agency via Getty Images~AP~Reuters") : ""
		s = rnd(2) ? HD "Contact the author:\n" lk(who) "\n" email11(who, "theintercept.com") "\n" handle8(who) : ""
		if (rnd(2)) s = cat(s, HD "We're independent of corporate interests, and our members keep us going.\nBecome a Member")
		c = "© " Y " The Intercept. All rights reserved"
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usoff10("E"))
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link~Print~Comments", 2, 5) : ""
	HEAD = order("st by dl im sh~by dl st sh im~st im by dl sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Advertisement~ADVERTISEMENT"), 2 + rnd(4))
	TAGX = some(tags11, 1, 3)
	if (rnd(2)) s = cat(s, HD pick("Read More~More From~Trending Now~Related") "\n" headlines(heads11, 2, 4))
	s = cat(s, some("About~Contact~Careers~Advertise~Privacy Policy~Terms of Use~Corrections~Newsletters", 3, 6))
	FOOT = cat(s, c)
}

function usmetro11(title,    s, who, by, dl, st, sh, im, h, mi, k, a, paper, tz, t, c) {
	h = rnd(22); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? "" : standfirst(gen11)
	k = rnd(3)
	if (k == 0) {	# a MediaNews Group daily
		split(pick("The Denver Post|www.denverpost.com|M|Denver~The Mercury News|www.mercurynews.com|P|San Jose~" \
		    "Orange County Register|www.ocregister.com|P|Santa Ana~Twin Cities Pioneer Press|www.twincities.com|C|St. Paul~" \
		    "Boston Herald|www.bostonherald.com|E|Boston~Los Angeles Daily News|www.dailynews.com|P|Los Angeles"), a, "|")
		paper = a[1]; tz = a[3]
		site7(pick(" – " paper "~~"), a[2], "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some(paper "~Subscribe~Log In~Search~Menu~e-Edition~Newsletters", 2, 5)
		s = cat(s, some("News~Sports~Business~Entertainment~Lifestyle~Opinion~Weather~Obituaries~Things To Do~Real Estate~Politics~" \
		    "Crime and Public Safety~Nation & World~Classifieds~Jobs", 5, 10))
		if (rnd(2)) s = cat(s, a[4] "\n" (10 + rnd(70)) "°F\n" pick("Clear~Cloudy~Sunny~Light Rain~Snow"))
		if (rnd(3) == 0) s = cat(s, "You have " (1 + rnd(4)) " free articles remaining this month.\nSubscribe for unlimited access")
		s = cat(s, top7("Trending~Latest Headlines~Most Popular", "plain~plain"))
		NAV = cat(s, pick("News~Nation & World~World News~NEWS\nNation & World"))
		who = pick("Associated Press~Caleb Marsh~Dustin Albers~Lena Ortiz~Hollis Greer~Bloomberg")
		if (who == "Associated Press") by = pick("By THE ASSOCIATED PRESS~By " toupper(lk(pick("Greta Molnar~Ivo Petrov~Sam Okoro"))) " | The Associated Press")
		else if (who == "Bloomberg") by = "By " toupper(lk(pick("Anya Tiller~Ross Kemper"))) " | Bloomberg"
		else by = "By " toupper(lk(who)) " | " email11(who, substr(a[2], 5)) " | " paper
		c = month[M] " " D ", " Y " at "
		dl = "PUBLISHED: " c ptclock(h, mi, ":", " a.m.", " p.m.") pick(" | ~\n") "UPDATED: " c ptclock(H2, MI2, ":", " a.m.", " p.m.")
		im = rnd(2) ? CP cap(caps11, credits11, pick(" (@)~ (Photo by @)")) : ""
		s = ""
		if (rnd(2)) s = "Report an error\nPolicies and Standards\nContact Us"
		if (rnd(2)) s = cat(s, HD "Sign up for email newsletters\nGet the morning's top stories in your inbox.\nSign up")
		c = "Copyright © " Y " MediaNews Group"
	} else if (k == 1) {	# a McClatchy daily
		split(pick("Miami Herald|www.miamiherald.com|E~The Sacramento Bee|www.sacbee.com|P~The Kansas City Star|www.kansascity.com|C~" \
		    "The Charlotte Observer|www.charlotteobserver.com|E~Idaho Statesman|www.idahostatesman.com|M~" \
		    "Fort Worth Star-Telegram|www.star-telegram.com|C"), a, "|")
		paper = a[1]; tz = a[3]
		site7(pick(" | " paper "~~"), a[2], "/news/nation-world/world/article" (224000000 + rnd(999999)) ".html")
		s = some(paper "~Subscribe~Sign In~Search~Menu~Account~eEdition", 2, 5)
		s = cat(s, some("Local~Sports~Politics~Opinion~Business~Entertainment~Living~Obituaries~Nation & World~Weather~Real Estate~" \
		    "Classifieds~Jobs", 5, 10))
		if (rnd(3) == 0) s = cat(s, "Unlimited digital access for $1\nSubscribe now")
		s = cat(s, top7("Top Articles~Latest News~Trending Stories", "plain~plain"))
		NAV = cat(s, pick("NATION & WORLD~WORLD~NATIONAL~NEWS"))
		who = pick("The Associated Press~Reuters~Bloomberg~Hannah Wexler~Tobias Ruelas~Maren Pike")
		by = pick("By " toupper(lk(who)) "~By " lk(who))
		t = month[M] " " d2(D) ", " Y " "
		dl = t clock0(h, mi, "AM", "PM") pick("~\nUpdated " t clock0(H2, MI2, "AM", "PM") "~, Updated " t clock0(H2, MI2, "AM", "PM"))
		im = rnd(2) ? CP cap(caps11, credits11, pick(" @~\n@~ (@)")) : ""
		s = rnd(2) ? "Read Next\n" pick(heads11) : ""
		if (rnd(2)) s = cat(s, HD "TAKE US WITH YOU\nReal-time updates and all local stories you want right in the palm of your hand.\n" \
		    toupper(paper) " APP ⇢\nVIEW NEWSLETTERS ⇢")
		if (rnd(2)) s = cat(s, "COMMENTS")
		c = "Copyright " Y " " paper ". All rights reserved."
	} else {	# the Star Tribune
		paper = "Star Tribune"; tz = "C"
		site7(pick(" | Star Tribune~~ - StarTribune.com"), "www.startribune.com", "/" slug7(title) "/" (503000000 + rnd(999999)) "/")
		s = some("Star Tribune~Subscribe~Log In~Search~Menu~Newsletters~E-edition", 2, 5)
		s = cat(s, some("Local~Minneapolis~St. Paul~Business~Sports~Vikings~Opinion~Variety~Obituaries~Weather~Nation~World~Politics", 5, 10))
		if (rnd(2)) s = cat(s, "Minneapolis\n" (rnd(40) - 5) "°")
		s = cat(s, top7("Most Read~Latest~Featured", "plain~plain"))
		NAV = cat(s, pick("World~Nation~WORLD~News"))
		who = pick("Associated Press~Reuters~Washington Post~New York Times~Jenna Ostrowski~Brett Halvorsen")
		by = "By " lk(who) (who ~ /Press|Reuters|Post|Times/ ? "" : pick(" Star Tribune~\nStar Tribune"))
		dl = toupper(month[M]) " " D ", " Y " — " ptclock(h, mi, ":", "AM", "PM")
		im = rnd(2) ? CP cap(caps11, credits11, pick("\n@~ (@)")) : ""
		s = rnd(2) ? HD "Comments\nComments are closed on this story." : ""
		c = "© " Y " StarTribune. All rights reserved."
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, usoff10(tz))
	sh = rnd(2) ? some(k == 2 ? "Text size~Share~Email~Print~Purchase" : "Share~Facebook~Twitter~Email~Print~Copy link", 2, 5) : ""
	HEAD = order("st by dl im sh~by dl sh im st~im st by dl sh", st, by, dl, sh, im)
	if (rnd(2)) insert(pick("Advertisement~ADVERTISEMENT~Sponsored"), 2 + rnd(4))
	TAGX = some(tags11, 1, 4)
	if (k == 0 && rnd(2)) s = cat(s, "Tags: " subjects(tags11, 2, 4))
	if (rnd(2)) s = cat(s, HD pick("More in Nation & World~Trending~Read Next~Latest Headlines") "\n" related(heads11, 2, 4, 5, "long", 0))
	s = cat(s, some("About Us~Contact Us~Advertise~Careers~Privacy Policy~Terms of Use~Do Not Sell or Share My Personal Information~" \
	    "Site Map~Archives", 3, 6))
	FOOT = cat(s, c)
}

# Copies of a story made elsewhere: MSN's syndicated copy (a web page like
# the others), a Pocket save and an RSS reader's view (OFF11: text only)
function copy11(title,    s, who, src, dom, by, dl, st, sh, im, h, mi, k, a, gb, n) {
	h = rnd(22); mi = rnd(60)
	split(pick("Reuters|www.reuters.com~Associated Press|apnews.com~AFP|www.france24.com~The Independent|www.independent.co.uk~" \
	    "Sky News|news.sky.com~Bloomberg|www.bloomberg.com~The Hill|thehill.com~CNBC|www.cnbc.com~Newsweek|www.newsweek.com"), a, "|")
	src = a[1]; dom = a[2]
	who = pick("Lara Whitcombe~Daniel Osei~Mina Sorensen~Carl Espino~Rhea Patel~Joon Park")
	st = rnd(3) ? "" : standfirst(gen11)
	k = rnd(3)
	if (k == 0) {	# MSN
		gb = rnd(3) == 0	# the UK edition, day first
		site7(pick(" - MSN~~ | MSN"), "www.msn.com", "/en-" (gb ? "gb" : "us") "/news/world/" slug7(title) "/ar-BB" toupper(hex7(5)))
		s = some("msn~Skip to content~Search the web~Sign in~Settings~Feedback", 2, 5)
		s = cat(s, some(gb ? "News~UK~World~Brexit~Politics~Money~Sport~Entertainment~Lifestyle~Health & Fitness~Food & Drink~Travel~Video" : \
		    "News~Top Stories~US~World~Politics~Crime~Technology~Science~Good News~Opinion~Money~Weather~Video", 5, 10))
		if (rnd(2)) s = cat(s, gb ? "London\n" rnd(15) "°C" : pick("New York, NY~Seattle, WA~Chicago, IL~Houston, TX") "\n" (20 + rnd(50)) "°F")
		s = cat(s, top7("Top stories~Trending now~More for you", "plain~under"))
		NAV = cat(s, pick("News~World~News\nWorld"))
		by = pick("~© ~Provided by ") src pick("~\n" lk(who))
		dl = gb ? d2(D) "/" d2(M) "/" Y : M "/" D "/" Y
		if (rnd(2)) dl = dl pick(" ~\n") pick("Like~Comment~Share")
		n = 5 + rnd(20)
		if (rnd(3) == 0) im = "1/" n " SLIDES © " pick(credits11) "\n" CP pick(caps11)
		else im = rnd(2) ? CP pick("© " pick("Provided by " src "~Getty~Reuters~AFP") "\n~") pick(caps11) : ""
		HEAD = order("by dl st im sh~st by dl im~by dl im st", st, by, dl, "", im)
		if (rnd(2)) insert("Advertisement", 2 + rnd(3))
		s = ""
		if (rnd(2)) s = HD pick("More from " src "~Related video~Recommended for you") "\n" headlines(heads11, 2, 4)
		s = cat(s, "Send MSN Feedback")
		s = cat(s, some("Privacy & Cookies~Terms of use~Advertise~About our ads~Help~Feedback~Do Not Sell My Personal Information", 3, 6))
		FOOT = cat(s, "© " Y " Microsoft")
		BYN = who; DLX = dl; ISOT = isot7(h, mi, gb ? "+00:00" : usoff10("E"))
		TAGX = ""
		return
	}
	OFF11 = 1
	# the original's own dateline, as the copy kept it
	dl = pick(month[M] " " D ", " Y "~" ap[M] " " D ", " Y " / " clock(h, mi, "AM", "PM") "~" D " " month[M] " " Y "~" \
	    "Published " abbr[M] " " D ", " Y "~" month[M] " " D ", " Y " at " ptclock(h, mi, ":", " a.m.", " p.m.") " ET")
	if (k == 1) {	# a Pocket save
		site7(" | Pocket", "getpocket.com", "/read/" (2400000000 + rnd(99999999)))
		TOP11 = title TS
		s = some("Skip to content~Pocket~Home~My List~Discover~Search~Save a URL~Upgrade~Account", 4, 8)
		s = cat(s, some("Back~Archive~Favorite~Tag~Delete~Share~Display settings~Listen", 3, 6))
		NAV = cat(s, pick("My List~Articles~Home"))
		by = dom; sub(/^www\./, "", by); sub(/^news\./, "", by)
		by = by pick(" · by " who "~ · " who "~") " · " (2 + rnd(8)) " min"
		HEAD = cat(by, "View Original")
		HEAD = cat(HEAD, dl)
		if (st != "") HEAD = cat(HEAD, st)
		s = some("Tags~Add tags~Archive~Favorite~Share", 2, 4)
		if (rnd(2)) s = cat(s, HD "Recommended by Pocket\n" headlines(heads11, 2, 4))
		FOOT = cat(s, "© " Y " Read It Later, Inc.")
	} else {	# an RSS reader
		if (rnd(2)) {
			site7("", "www.inoreader.com", "/article/" hex7(16))
			TOP11 = pick("(" (10 + rnd(300)) ") Inoreader~Inoreader - " src)
			s = some("Inoreader~Dashboard~All articles~Unread~Starred~Read later~Add new~Search", 4, 8)
			s = cat(s, "Feeds\n" src " (" (1 + rnd(200)) ")\n" pick("World News~Europe~Asia~Top Stories") " (" (1 + rnd(90)) ")\n" \
			    pick("Tech~Science~Business") " (" (1 + rnd(90)) ")")
			NAV = s
			HEAD = "by " who ", " src "\n" abbr[M] " " D ", " Y " " hm(h, mi)
		} else {
			site7("", "feedly.com", "/i/entry/" hex7(24))
			TOP11 = pick("Feedly~" src " - Feedly~(" (10 + rnd(300)) ") Today - Feedly")
			s = some("feedly~Today~Read Later~Recently Read~Feeds~All~Boards~Add Content~Search", 4, 8)
			s = cat(s, some("World~News~" src "~Tech~Europe~Asia", 2, 4))
			NAV = cat(s, "Mark as read")
			HEAD = src pick(" / by " who "~ / " who "~") " / " dayname[W + 1] ", " month[M] " " D ", " Y " " clock(h, mi, "AM", "PM")
		}
		if (st != "") HEAD = cat(HEAD, st)
		s = ""
		if (rnd(3) == 0) s = "The post " title " appeared first on " src "."
		s = cat(s, pick("Visit Website~Open in browser~Read full article"))
		FOOT = cat(s, some("Mark as read~Save~Share~Email~Tweet", 2, 4))
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+00:00"); TAGX = ""
}

# A newsletter email with the story in it, as Gmail's print view, Outlook
# or Apple Mail shows it: its headers (on the article's day), the
# newsletter's masthead and furniture, the story, unsubscribe lines.
function mail11(title,    s, a, me, addr, nl, from, subj, h, mi, k, by, t, who, to) {
	split(pick("Foreign Policy|Morning Brief|foreignpolicy.com~Quartz|Daily Brief|qz.com~TIME|The Brief|time.com~" \
	    "The Week|Daily Briefing|theweek.com~PRI's The World|The World Today|pri.org~Devex|Devex Newswire|devex.com~" \
	    "The Local|Europe Today|thelocal.com"), a, "|")
	from = a[1]; nl = a[2]
	addr = pick("newsletters@~news@email.~hello@~briefing@mail.") a[3]
	me = pick("Dana Whitaker~Sam Ferris~Priyanka Rao~Owen Lutz~Mei Chen~Tomás Reyes")
	h = 5 + rnd(17); mi = rnd(60)
	OFF11 = 1
	site7("", "mail.google.com", "/mail/u/0/?ik=" hex7(10) "&view=pt&search=all&permthid=thread-f:16218" (10000000 + rnd(89999999)))
	k = rnd(4)
	subj = k == 0 ? title : k == 1 ? "Breaking News: " title : k == 2 ? nl ": " pick(heads11) : \
	    pick("Your " dayname[W + 1] " briefing~" nl " for " dayname[W + 1] ", " month[M] " " D "~" pick(heads11) " and more")
	TOP11 = rnd(2) ? subj : ""
	k = rnd(3)
	to = email11(me, k == 0 ? "gmail.com" : k == 1 ? pick("outlook.com~hotmail.com") : "icloud.com")
	if (k == 0) {	# Gmail's print view
		s = "Gmail\t" me " <" to ">\n" subj "\n1 message\n" from " <" addr ">\t" \
		    substr(dayname[W + 1], 1, 3) ", " abbr[M] " " D ", " Y " at " clock(h, mi, "AM", "PM")
		if (rnd(2)) s = s "\nReply-To: " from " <reply@" a[3] ">"
		s = s "\nTo: " to
	} else if (k == 1) {	# Outlook
		s = "From: " from " <" addr ">\nSent: " dayname[W + 1] ", " month[M] " " D ", " Y " " clock(h, mi, "AM", "PM") "\nTo: " me \
		    "\nSubject: " subj
	} else {	# Apple Mail, the reader's zone
		s = "From: " from " <" addr ">\nSubject: " subj "\nDate: " month[M] " " D ", " Y " at " h12(h) ":" d2(mi) ":" d2(rnd(60)) \
		    (h < 12 ? " AM " : " PM ") pick(ustz() "~" ustz() "~" uktz()) "\nTo: " to
		if (rnd(2)) s = s "\nReply-To: " from " <reply@" a[3] ">"
	}
	s = cat(s, pick("Plus: " pick(heads11) "~The stories that matter this " pick("morning~evening") "~Today's top story and more~"))
	s = cat(s, pick("View in browser~View this email in your browser~Having trouble viewing this email? View it online~" \
	    "Open in browser | Forward to a friend"))
	s = cat(s, from)
	s = cat(s, nl)
	if (rnd(2)) s = cat(s, dayname[W + 1] ", " month[M] " " D ", " Y)
	if (rnd(2)) s = cat(s, "By " pick("Ellen Marsh~Ravi Soman~Claire Dupont~Nate Hollis") pick("~, Editor~, newsletter writer"))
	if (rnd(3) == 0) s = cat(s, "In today's edition\n" headlines(heads11, 2, 4))
	if (rnd(3) == 0) s = cat(s, "ADVERTISEMENT")
	NAV = cat(s, pick("TOP STORY~THE BIG STORY~WORLD~BREAKING NEWS~What we're watching"))
	who = pick("Lara Whitcombe~Daniel Osei~Mina Sorensen~Carl Espino~Rhea Patel~Joon Park")
	by = rnd(2) ? "By " who : ""
	t = pick("~" month[M] " " D ", " Y "~" dayname[W + 1] ", " month[M] " " D ", " Y " " clock(h, mi, "AM", "PM") " ET")
	HEAD = cat(by, t)
	if (rnd(4) == 0) HEAD = cat(HEAD, standfirst(gen11))
	FOOT = ""
	if (rnd(3) == 0) wall11(pick("Read the full story →~Continue reading~Read more on " a[3] "~READ MORE"), 2 + rnd(2))
	else FOOT = pick("Share this story: Twitter | Facebook | Email~Forward to a friend~Was this email forwarded to you? Sign up here.~")
	if (rnd(2)) FOOT = cat(FOOT, pick("MORE STORIES~ALSO TODAY~What else we're reading") "\n" headlines(heads11, 2, 4))
	s = pick("You are receiving this email because you signed up for " nl " from " from ".~" \
	    "You received this message because you subscribed to " nl ". We'd hate to see you go, but you can unsubscribe any time.~" \
	    "This email was sent to " to ".")
	s = cat(s, pick("Unsubscribe | Manage preferences | Privacy Policy~Update your preferences or unsubscribe~" \
	    "Unsubscribe~Manage your email settings | Unsubscribe | View in browser"))
	s = cat(s, "© " Y " " from pick(", " pick("1100 13th St NW, Washington, DC 20005~PO Box 1024, New York, NY 10008~" \
	    "40 Eastbourne Terrace, London W2 6LG") "~. All rights reserved.~"))
	FOOT = cat(FOOT, s)
	BYN = by == "" ? "" : who; DLX = t == "" ? dayname[W + 1] ", " month[M] " " D ", " Y : t; ISOT = isot7(h, mi, "+00:00"); TAGX = ""
}

function consent11(    k) {	# a consent, notification or paywall prompt
	k = rnd(3)
	if (k == 0)
		return ask("Your privacy~Cookie preferences~We respect your privacy~Choose your cookie settings",
		    "We and " (140 + rnd(700)) " partners use cookies and similar tools to store and read data on your device, so we " \
		    "can run the site, count visits and show ads that may interest you.~Click \"Accept all\" to agree, or \"Manage\" " \
		    "to review the purposes and partners one by one. You can change your choice from the footer at any time.~" \
		    "Where a partner relies on legitimate interest, you have the right to object; see the partner list for details.",
		    "Accept all~Manage~Reject all~Purposes~Partner list~Save and close~Necessary only", 4)
	if (k == 1)
		return pick("Allow notifications from this site?~Get the app for a faster experience.~You've read 3 of 4 free " \
		    "articles this month.~We've updated our privacy policy. Continuing means you accept it.") "\n" \
		    pick("Allow~No thanks~Open in app~Subscribe~Continue~Close")
	return ask("Keep reading with a subscription~Already a subscriber?~Registration required",
	    "Register for free to read more stories this month.~Subscribers get unlimited access to our journalism on any device.",
	    "Subscribe~Register~Log in~Not now~See plans", 3)
}

function eleven(title, k) {	# variant 11's site k
	OFF11 = 0; TOP11 = ""
	if (k == 0) wsj11(title)
	else if (k == 1) times11(title)
	else if (k == 2) ukpop11(title)
	else if (k == 3) eu11(title)
	else if (k == 4) turk11(title)
	else if (k == 5) nikkei11(title)
	else if (k == 6) wire11(title)
	else if (k == 7) sea11(title)
	else if (k == 8) sasia11(title)
	else if (k == 9) africa11(title)
	else if (k == 10) latam11(title)
	else if (k == 11) pangea11(title)
	else if (k == 12) mideast11(title)
	else if (k == 13) usweb11(title)
	else if (k == 14) usmetro11(title)
	else if (k == 15) copy11(title)
	else mail11(title)
}
# variant 11's layouts: a site's page as variant 9's; a copy that is no
# web page as text only (innerText, copy-paste, a mail client's lynx or
# w3m, a naive converter that prints its <title> first)
function layout11(title,    mode, nv, hd, ft) {
	if (!OFF11) return layout7(title, 0)
	mode = rnd(8)
	nv = plain7(NAV, mode == 7); hd = plain7(HEAD, mode == 7); ft = plain7(FOOT, mode == 7)
	if (mode == 6) return dumped(title, nv, hd, ft, rnd(2))
	if (mode == 7) return inner(title, TOP11, nv, hd, ft, 1)
	return inner(title, "", nv, hd, ft, mode <= 1 ? 0 : mode == 2 ? 2 : mode == 3 ? 1 : 3)
}

# Variant 12's sites, in 16 templates: Kyodo News, the Hindu
# BusinessLine, Haaretz, Stars and Stripes, Euractiv, Radio New Zealand,
# Stuff, the Jamaica Gleaner or the Jamaica Observer, the Daily Nation or
# the Standard (Kenya), wire copy on US News & World Report, UPI or a
# Postmedia daily, AFP copy on Digital Journal or Barron's, Anadolu
# Agency, the Times of Malta or the Cyprus Mail, pages read through
# Google's AMP viewer (the Daily Express, the New York Post, the
# Washington Times), copies made in Apple News or Flipboard, and a
# static-site blog or a newsletter's archive (Hugo, Jekyll, Revue,
# Buttondown), in words written fresh.  Each sets NAV, HEAD and FOOT and
# what layout7 needs (TS, DOM, URL, BYN, DLX, ISOT, TAGX).  Every date
# before the body is the article's day, in the site's form and zone, but
# for what says it is something else: a photo taken the day before
# (Kyodo's "... on Jan. 3, 2019. (Kyodo) ==Kyodo"), an update on a later
# day printed beside the first ("Updated on January 07, 2019 Published on
# January 04, 2019", "Jan 4, 2019 (updated: Jan 7, 2019)", "Last updated
# 5 years ago") and times relative to the copy ("3h", "2 hours ago").

function top12(labels, forms,    s) {	# as top7, from variant 12's headlines
	s = above(labels, heads12, 5, forms, src12, "LIVE: ~WATCH: ~~~IN PICTURES: ~")
	return s == "" ? "" : HD s
}
function wire12(s) { BODY = BODY "\n" s }	# a line of its own after the last paragraph
function reporting12(    a, b) {	# a Reuters story's credits
	a = pick(names12); b = pick(names12)
	if (a == b) b = pick("Ayesha Rahman~Lucas Ferreira")
	return "(Reporting by " a pick(" and " b "~; Additional reporting by " b "~") "; Editing by " \
	    pick("Alison Marr~Peter Godwin~Nick Tatlow~Helen Brandt") pick("~ and " pick("Jon Ashby~Frances Kerr")) ")"
}

function kyodo12(title,    s, who, by, dl, st, sh, im, h, mi, sec, c) {
	site7(pick(" - Kyodo News~ | KYODO NEWS~ - Kyodo News+~"), "english.kyodonews.net", \
	    "/news/" Y "/" d2(M) "/" hex7(12) "-" slug7(title) ".html")
	h = rnd(24); mi = rnd(60)
	sec = pick("World~Asia~Japan~Politics~Business~Sports~Science~Disasters")
	s = some("Skip to main content~KYODO NEWS~Japan Wire~Kyodo News Digital~日本語~中文~Search~Menu", 2, 5)
	s = cat(s, some("Latest~Japan~Politics~Business~Asia~World~Sports~Tokyo 2020~Feature~Opinion~Photos~Videos~Events", 5, 10))
	if (rnd(3) == 0) s = cat(s, "Nikkei 225\n" (19300 + rnd(1500)) "." d2(rnd(100)) "\n" pick("+~-") rnd(400) "." d2(rnd(100)) \
	    "\nUSD/JPY\n" (107 + rnd(3)) "." d2(rnd(100)))
	s = cat(s, top12("Most Viewed~Latest News~Recommended for you", "plain~num~under"))
	NAV = cat(s, pick(sec "~" toupper(sec) "~News\n" sec))
	who = rnd(4) ? "Kyodo News" : pick("Mari Hoshino~Kenta Uchida~Aiko Morita~Shun Takeda~Haruka Ishii")
	by = who == "Kyodo News" ? "" : "By " lk(who) ", KYODO NEWS"
	c = rnd(2) ? sec ", All" : "All, " sec
	dl = "KYODO NEWS - " abbr[M] " " D ", " Y " - " hm(h, mi) " | " c
	if (rnd(3) == 0) lead11(pick("TOKYO~TOKYO~BEIJING~SEOUL~WASHINGTON~BANGKOK~SYDNEY~NEW DELHI~LONDON~MOSCOW") " - ")
	if (rnd(2)) {	# the photo's own day, now and then the day before
		if (rnd(4) == 0) shift(-1); else shift(0)
		im = CP pick(caps12) pick(" in Tokyo~~ in Osaka~ in Seoul~ in Beijing~ in Manila") " on " ap[SM] " " SD ", " SY ". (" \
		    pick("Kyodo~Kyodo~Getty/Kyodo~AP/Kyodo~Pool photo/Kyodo") ") ==Kyodo"
	} else im = ""
	st = rnd(4) ? "" : standfirst(gen12)
	sh = rnd(2) ? some("Share~Tweet~Facebook~LINE~Email~Print", 2, 5) : ""
	HEAD = order("by dl sh st im~im by dl st sh~st by dl im sh", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = HD "Related coverage:\n" headlines(heads12, 1, 3)
	if (rnd(3) == 0) s = cat(s, "Video\n" pick(heads12) "\n" (1 + rnd(3)) ":" d2(rnd(60)))
	if (rnd(2)) s = cat(s, HD pick("Most Viewed~Latest News~More in " sec) "\n" related(heads12, 2, 4, 4, "abbr", 0))
	s = cat(s, some("About Us~Contact Us~Privacy Policy~Terms of Use~Social Media Policy~Kyodo News Digital~Advertise~Sitemap", 3, 6))
	FOOT = cat(s, "© Kyodo News. All Rights Reserved.")
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+09:00"); TAGX = ""
}

function bline12(title,    s, who, dl, st, sh, im, h, mi, city, up, k) {
	site7(pick(" - BusinessLine~ - The Hindu BusinessLine~ | BusinessLine~"), "www.thehindubusinessline.com", \
	    "/news/world/" slug7(title) "/article" (25890000 + rnd(90000)) ".ece")
	h = rnd(24); mi = rnd(60)
	s = some("BusinessLine~e-Paper~Subscribe~Sign In~Search~Menu~Portfolio~BL Premium", 2, 5)
	s = cat(s, some("Home~Markets~Companies~Economy~Opinion~Money & Banking~Info-tech~Agri Business~Logistics~Specials~" \
	    "Podcasts~News~World~Education", 5, 11))
	if (rnd(2)) s = cat(s, "SENSEX\n3" (5 + rnd(2)) "," (100 + rnd(900)) "." d2(rnd(100)) "\n" pick("+~-") rnd(300) "." d2(rnd(100)) \
	    "\nNIFTY\n10," (600 + rnd(399)) "." d2(rnd(100)) "\n" pick("+~-") rnd(100) "." d2(rnd(100)) \
	    "\nUSD/INR\n" (69 + rnd(3)) "." d2(rnd(100)))
	s = cat(s, top12("Latest News~Most Popular~BL Explainers", "plain~num"))
	NAV = cat(s, pick("News~World~News\nWorld~Economy~World\nAsia"))
	who = pick("Reuters~PTI~Bloomberg~Our Bureau~Rohini Menon~Vikram Ghosh~Anjali Sethi~Arun Iyer")
	city = pick("London~New Delhi~Mumbai~Washington~Beijing~Singapore~Dubai~Chennai~Geneva~Tokyo")
	if (rnd(5) == 0) shift(1 + rnd(3)); else shift(0)	# now and then updated on a later day
	up = "Updated on " fmt("long0", SY, SM, SD)
	k = rnd(3)
	if (k == 0) dl = lk(who) " " city " | " up " Published on " fmt("long0", Y, M, D)
	else if (k == 1) dl = lk(who) " " city "\n| " up "\nPublished on " fmt("long0", Y, M, D)
	else dl = lk(who) " | " city " | Published on " fmt("long0", Y, M, D)
	st = rnd(3) ? standfirst(gen12) : ""
	im = rnd(2) ? CP cap(caps12, "Reuters~AFP~Bloomberg~PTI~iStock~Getty Images~The Hindu", pick(" | Photo Credit: ^~ | Photo: @")) : ""
	sh = rnd(2) ? some("SHARE~COMMENTS~PRINT~A A~Facebook~Twitter~WhatsApp~Telegram", 2, 5) : ""
	HEAD = order("st dl im sh~im st dl sh~st im dl", st, "", dl, sh, im)
	if (rnd(3) == 0) insert(pick("Also read: ~See also: ") pick(heads12), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Published on " fmt("long0", Y, M, D)
	TAGX = some(tags12, 2, 4)
	if (rnd(2)) s = cat(s, HD "Related Topics\n" TAGX)
	if (rnd(2)) s = cat(s, HD "COMMENTS\nComments are moderated by the BusinessLine editorial team. Please keep them civil, " \
	    "in English and on the subject of the article.")
	if (rnd(2)) s = cat(s, HD pick("Related Stories~More from World~Top stories") "\n" related(heads12, 2, 4, 9, "long0", 4))
	if (rnd(3) == 0) s = cat(s, "Follow BusinessLine on Telegram and WhatsApp for market news as it happens.")
	s = cat(s, some("Contact Us~About Us~Terms of Use~Privacy Policy~Archive~Sitemap~Advertise~Group News Sites~RSS", 3, 6))
	FOOT = cat(s, "Copyright © " Y " The Hindu Business Line, THG Publishing Pvt Ltd.")
	BYN = who; DLX = dlx("", dl); ISOT = isot7(h, mi, "+05:30")
}

function haaretz12(title,    s, who, by, dl, st, sh, im, h, mi, k, tz) {
	site7(pick(" - Haaretz.com~ - World News - Haaretz.com~ - Middle East News - Haaretz.com~"), "www.haaretz.com", \
	    "/world-news/" slug7(title) "-1." (6800000 + rnd(99999)))
	h = rnd(24); mi = rnd(60); later9(h, mi)
	tz = ukdst(Y, M, D) ? "IDT" : "IST"	# Israel's zones, near enough
	s = some("Skip to main content~Haaretz~Subscribe~Log in~Search~Hebrew~Menu~Haaretz Weekly", 2, 5)
	s = cat(s, some("Home~Israel News~Middle East~U.S. News~Jewish World~Opinion~Culture~Science~Archaeology~Food~Podcasts~" \
	    "Travel~Books~Sports", 5, 11))
	if (rnd(3) == 0) s = cat(s, pick("Get 1 month free~Subscribe now: your first month for $1~Try Haaretz: first month free") \
	    "\n" pick("Subscribe~Start now"))
	s = cat(s, top12("Most Popular~Latest Articles~Haaretz Weekly", "plain~num"))
	NAV = cat(s, pick("World News~Middle East News~Europe~U.S. News~Asia & Australia~Latin America~World"))
	who = pick("Reuters~The Associated Press~AFP~Haaretz and The Associated Press~Noa Ben-Ami~Yair Tzuriel~Dalia Ofek~Ronen Galili")
	by = lk(who)
	k = rnd(3)
	if (k == 0) dl = abbr[M] " " d2(D) ", " Y " " clock(h, mi, "AM", "PM")
	else if (k == 1) dl = abbr[M] " " D ", " Y " " clock(h, mi, "am", "pm") " " tz
	else dl = abbr[M] " " d2(D) ", " Y " " clock(h, mi, "AM", "PM") "\nUpdated: " abbr[M] " " d2(D) ", " Y " " clock(H2, MI2, "AM", "PM")
	if (rnd(2)) by = cat(by, pick("Get email alerts for " who "~Follow~Follow " who))
	st = rnd(4) ? standfirst(gen12) : ""
	im = rnd(2) ? CP cap(caps12, credits12, pick(". Credit: @~\nCredit: @~ Credit: @")) : ""
	sh = rnd(2) ? some("Send in e-mailSend in e-mail~Share on Facebook~Share on Twitter~Zoom~Comments~Print~Save", 2, 5) : ""
	HEAD = order("st by dl sh im~st im by dl sh~by dl st im sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Read more: " pick(heads12), 3 + rnd(3))
	s = ""
	TAGX = some(tags12, 2, 4)
	if (rnd(2)) s = "Click the alert icon to follow topics:\n" TAGX
	if (rnd(2)) s = cat(s, HD pick("In the News~Most Viewed in World~Top Articles") "\n" headlines(heads12, 2, 5))
	if (rnd(2)) s = cat(s, pick("Comments~Comments (" (1 + rnd(80)) ")~Show comments"))
	if (rnd(3) == 0) s = cat(s, "Subscribe today and get the full story\nAlready a subscriber? Log in")
	s = cat(s, some("About Haaretz~Contact Us~Newsletters~Terms and Conditions~Privacy Policy~Accessibility~Advertise~" \
	    "Careers~Haaretz Hebrew~TheMarker", 3, 7))
	FOOT = cat(s, "© Haaretz Daily Newspaper Ltd. All Rights Reserved")
	BYN = who; DLX = dl; ISOT = isot7(h, mi, tz == "IDT" ? "+03:00" : "+02:00")
}

function stripes12(title,    s, who, by, dl, st, sh, im, h, mi, k, src) {
	site7(pick(" - Stars and Stripes~ | Stars and Stripes~"), "www.stripes.com", \
	    "/news/" pick("world~europe~pacific~middle-east~us") "/" slug7(title) "-1.5" (60000 + rnd(39999)))
	h = rnd(24); mi = rnd(60)
	s = some("Skip to main content~Stars and Stripes~Subscribe~Sign in~Search~Menu~E-Edition", 2, 5)
	s = cat(s, some("News~Military~Veterans~Opinion~Pacific~Europe~Middle East~Americas~Photos~Video~Special Reports~Jobs~Podcasts", 5, 10))
	if (rnd(3) == 0) s = cat(s, pick("Kaiserslautern~Okinawa~Yokosuka~Camp Humphreys~Naples~Bahrain") " " (40 + rnd(40)) "°F")
	s = cat(s, top12("Most Popular~Latest~Trending", "plain~num"))
	NAV = cat(s, pick("NEWS~WORLD~EUROPE~PACIFIC~MIDDLE EAST~US"))
	k = rnd(3)
	if (k == 0) { who = pick("Lena Forsyth~Caleb Moreno~Dmitri Kovac~Hana Sato~Jordan Pike"); src = "STARS AND STRIPES" }
	else if (k == 1) { who = pick("Paul Wexler~Anna Ruiz~Tom Mbeki"); src = "The Associated Press" }
	else { who = pick("Nadia Kerr~Owen Falk"); src = pick("Reuters~The Washington Post~Bloomberg") }
	if (rnd(2)) {
		by = "By " lk(toupper(who)) " | " src
		dl = "Published: " month[M] " " D ", " Y
		if (rnd(2)) { by = by " " dl; dl = "" }
	} else { by = lk(who); dl = src pick(" • ~ | ") month[M] " " D ", " Y }
	st = rnd(3) ? standfirst(gen12) : ""
	im = rnd(2) ? CP pick(caps12) ". " toupper(pick(who "/Stars and Stripes~U.S. Army~U.S. Navy~U.S. Air Force~AP~Reuters~" \
	    "Sgt. Mara Lin/U.S. Marine Corps")) : ""
	sh = rnd(2) ? some("Facebook~Twitter~Email~Print~Comments~Reddit", 2, 4) : ""
	HEAD = order("st by dl im sh~by dl st im sh~im by dl st", st, by, dl, sh, im)
	s = ""
	if (k != 0 && rnd(2)) s = "Stars and Stripes reporter " pick("Lena Forsyth~Caleb Moreno") " contributed to this report."
	if (rnd(2)) s = cat(s, pick("Conversation (" rnd(60) ")~Comments~View comments"))
	TAGX = some(tags12, 2, 4)
	if (rnd(2)) s = cat(s, "Tags\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("Related~More from Stripes~Recommended") "\n" related(heads12, 2, 3, 8, "ap", 0))
	if (rnd(3) == 0) s = cat(s, "Subscribe to Stars and Stripes\nThe print and digital editions, delivered wherever you serve.")
	s = cat(s, some("About Us~Contact Us~Advertise~Careers~Terms of Use~Privacy Policy~Ombudsman~FAQ", 3, 6))
	FOOT = cat(s, "© " Y " Stars and Stripes. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+00:00")
}

function euractiv12(title,    s, who, by, dl, st, sh, im, h, mi, sec, k, n) {
	sec = pick("Global Europe~Politics~Economy & Jobs~Energy & Environment~Health~Technology~Transport~Agrifood~Justice & Home Affairs")
	site7(pick(" – EURACTIV.com~ - EURACTIV.com~"), "www.euractiv.com", "/section/" slug7(sec) "/news/" slug7(title) "/")
	h = rnd(24); mi = rnd(60)
	s = some("EURACTIV~Network~Languages: English~Deutsch~Français~Italiano~Español~Polski~Čeština~Română~Search~" \
	    "Sign up to our newsletters", 3, 7)
	s = cat(s, some("Agrifood~Economy & Jobs~Energy & Environment~Global Europe~Health~Politics~Technology~Transport~" \
	    "Special Reports~Opinion~Podcast~Events", 5, 10))
	if (rnd(3) == 0) s = cat(s, pick("The Brief~The Capitals~Today's edition") "\n" pick(heads12))
	s = cat(s, top12("Most Read~Latest~Promoted content", "plain~under"))
	NAV = cat(s, pick(sec "~" toupper(sec) "~News\n" sec))
	k = rnd(3)
	if (k == 0) { who = pick("Karel Novak~Sofia Lindgren~Paulo Medeiros~Agata Wisniewska~Jonas Brandt"); by = "By " lk(who) " | EURACTIV.com" }
	else if (k == 1) { who = pick("EFE~AFP~Reuters~dpa~ANSA~AGERPRES"); by = "By " lk("EURACTIV.com") " with " who }
	else {
		who = pick("Marta Ruiz~Lukas Hofer~Ioana Petrescu")
		by = "By " lk(who) " | " pick("EURACTIV.de~EURACTIV Romania~EURACTIV.fr~EURACTIV.es") " | translated by " \
		    pick("Daniel Eck~Nora Walsh~Claire Moss")
	}
	n = rnd(4) ? 0 : 1 + rnd(4)	# now and then updated days later
	shift(n)
	if (rnd(2)) dl = abbr[M] " " D ", " Y (n ? " (updated: " abbr[SM] " " SD ", " SY ")" : "")
	else dl = D " " abbr[M] " " Y (n ? " (updated: " SD " " abbr[SM] " " SY ")" : "")
	if (rnd(2)) { by = by " " dl; dl = "" }
	st = rnd(4) ? standfirst(gen12) : ""
	im = rnd(2) ? CP pick(caps12) ". [" pick("Olaf Brenner~Ana Costa~Pieter Maes~Luca Ferri~Mira Novak") "/" \
	    pick("EPA-EFE~EPA~Shutterstock~Flickr") "]" : ""
	sh = rnd(2) ? some("Print~Email~Facebook~Twitter~LinkedIn~WhatsApp~Telegram", 2, 5) : ""
	if (rnd(3) == 0) sh = cat(sh, "This article is also available in:\n" some("Deutsch~Français~Español~Italiano~Polski", 1, 3))
	HEAD = order("by dl st sh im~st by dl im sh~by dl im st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("READ ALSO: " pick(heads12), 2 + rnd(3))
	if (rnd(2)) wire12("[Edited by " pick("Zsofia Hajdu~Benjamin Fox~Anne Dumont~Josie Lindqvist") "]")
	s = ""
	if (rnd(3) == 0) s = "News: the facts as our journalists established them, first-hand or from sources they have checked."
	TAGX = some(tags12, 2, 5)
	if (rnd(2)) { n = TAGX; gsub("\n" LI, ", ", n); gsub(LI, "", n); s = cat(s, "Tags: " n) }
	if (rnd(2)) s = cat(s, HD pick("Read more with EURACTIV~More from " sec) "\n" headlines(heads12, 2, 4))
	if (rnd(2)) s = cat(s, "Subscribe to our newsletters\n" pick("Subscribe~Sign up"))
	s = cat(s, some("About us~Contact~Jobs~Advertise~Privacy policy~Cookie policy~Terms and conditions~The EURACTIV Network", 3, 6))
	FOOT = cat(s, "Copyright © 1999 - " Y " EURACTIV MEDIA NETWORK BV. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+02:00", "+01:00"))
}

function rnz12(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	site7(pick(" | RNZ News~~ | RNZ"), "www.rnz.co.nz", "/news/world/" (379000 + rnd(9000)) "/" slug7(title))
	h = rnd(24); mi = rnd(60)
	s = some("Skip to content~RNZ~Listen live~Menu~Search~Sign in~National~Concert~Pacific~Podcasts & Series", 3, 6)
	s = cat(s, some("Home~News~New Zealand~World~Politics~Pacific~Te Ao Māori~Sport~Business~Country~Local Democracy Reporting~" \
	    "Comment & Analysis~In Depth~Weather", 5, 11))
	if (rnd(3) == 0) s = cat(s, pick("Auckland~Wellington~Christchurch~Dunedin") "\n" (12 + rnd(15)) "°")
	s = cat(s, top12("Top News Stories~Latest~Most Read", "plain~under"))
	NAV = cat(s, pick("World~Pacific~Political~New Zealand~Business"))
	k = rnd(3)
	if (k == 0) { who = pick("Reuters~AFP~BBC~ABC~RNZ News"); by = lk(who) }
	else if (k == 1) {
		who = pick("Aroha Tane~Mitchell Bryce~Leilani Faleolo~Grant Whitcombe")
		by = lk(who) pick(", Reporter~, Political Reporter~, Pacific Correspondent~, Europe Correspondent~\n@" host7(who))
	} else { who = ""; by = "" }
	dl = ptclock(h, mi, ":", " am", " pm") " on " D " " month[M] " " Y
	if (k == 0 && who != "RNZ News") wire12("- " who)
	st = rnd(3) ? standfirst(gen12) : ""
	im = rnd(2) ? CP pick(caps12) ". Photo: " pick("AFP~Reuters~AP~123RF~RNZ / " pick("Dom Keller~Sara Ihaka") "~Supplied") : ""
	sh = rnd(2) ? "Share this\n" some("Share on Twitter~Share on Facebook~Share via email~Share on Reddit~Share on LinkedIn", 3, 5) : ""
	HEAD = order("st by dl sh im~by dl st im sh~st im by dl sh", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = HD "Get the RNZ app\nListen live, catch up on the news and follow the stories you care about, ad-free."
	if (rnd(2)) s = cat(s, HD pick("Top News stories~More World stories~Related Stories") "\n" related(heads12, 2, 4, 3, "uk", 0))
	if (rnd(2)) s = cat(s, "Subscribe to RNZ's Daily Newsletter\nView latest newsletter")
	s = cat(s, some("About RNZ~Contact RNZ~Terms of use~Privacy~Help & FAQs~Careers~RNZ Shop", 3, 6))
	FOOT = cat(s, "Copyright © " Y ", Radio New Zealand")
	BYN = who; DLX = dl; ISOT = isot7(h, mi, nztz() == "NZDT" ? "+13:00" : "+12:00"); TAGX = ""
}

function stuff12(title,    s, who, by, dl, st, sh, im, h, mi) {
	site7(pick(" | Stuff.co.nz~ | Stuff~"), "www.stuff.co.nz", \
	    "/world/" pick("europe~asia~americas~middle-east~africa~australia") "/" (109700000 + rnd(999999)) "/" slug7(title))
	h = rnd(24); mi = rnd(60)
	s = some("stuff~Skip to main content~Menu~Search~Log in~Sign up~Newsletters~Quizzes", 2, 5)
	s = cat(s, some("National~World~Business~Climate Change~Politics~Entertainment~Sport~Travel~Life & Style~Motoring~Homed~" \
	    "Stuff Nation~Video~Opinion", 5, 11))
	if (rnd(2)) s = cat(s, pick("Auckland~Wellington~Christchurch~Hamilton~Dunedin~Nelson") " " (14 + rnd(14)) "°" pick("~C"))
	s = cat(s, top12("Top Stories~Latest~Trending", "plain~plain~num"))
	NAV = cat(s, pick("WORLD~EUROPE~ASIA~AMERICAS~MIDDLE EAST~AFRICA~AUSTRALIA~PACIFIC"))
	who = pick("Reuters~AP~BBC~The Washington Post~Stuff~Mere Tawhai~Callum Fraser~Priya Sandhu~Josh Whitlock")
	by = lk(toupper(who))
	dl = "Last updated " hm(h, mi) ", " month[M] " " D " " Y
	if (who ~ /^(Reuters|AP|BBC)$/ && rnd(2)) wire12("- " who)
	st = rnd(2) ? standfirst(gen12) : ""
	im = rnd(2) ? CP cap(caps12, "AP~Reuters~Getty Images~Supplied~AFP~Stuff~EPA", pick(" ^~\n^~ ^")) : ""
	sh = rnd(2) ? some("Facebook~Twitter~Email~Share~Comments", 2, 4) : ""
	HEAD = order("st by dl im sh~im st by dl sh~by dl st im", st, by, dl, sh, im)
	if (rnd(2)) insert("READ MORE:\n* " pick(heads12) "\n* " pick(heads12) pick("~\n* " pick(heads12)), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = pick("Comments~Join the conversation~" (1 + rnd(90)) " comments")
	if (rnd(2)) s = cat(s, HD pick("Popular~Latest~More from World") "\n" headlines(heads12, 2, 5))
	if (rnd(3) == 0) s = cat(s, "Get the news you need, straight to your inbox\nSign up")
	s = cat(s, some("About Stuff~Advertising~Careers~Contact Stuff~Privacy Policy~Terms & Conditions~Editorial Code~Complaints", 3, 6))
	FOOT = cat(s, "© " Y " Stuff Limited")
	BYN = who; DLX = dl; ISOT = isot7(h, mi, nztz() == "NZDT" ? "+13:00" : "+12:00"); TAGX = ""
}

function carib12(title,    s, who, by, dl, st, sh, im, h, mi, c) {
	h = rnd(24); mi = rnd(60)
	st = rnd(3) ? "" : standfirst(gen12)
	if (rnd(2)) {	# the Gleaner
		site7(pick(" | Jamaica Gleaner~ | The Gleaner~"), "jamaica-gleaner.com", \
		    "/article/" pick("news~world-news~caribbean~lead-stories") "/" Y d2(M) d2(D) "/" slug7(title))
		s = some("Jamaica Gleaner~The Gleaner~The Star~Gleaner Classifieds~ePaper~Subscribe~Log in~Search", 2, 5)
		s = cat(s, some("Home~Lead Stories~News~Business~Sports~Entertainment~Letters~Commentary~Editorial~Caribbean~World News~" \
		    "Religion~Flair~Outlook~Health~Art & Leisure", 5, 11))
		if (rnd(3) == 0) s = cat(s, "Kingston\n" (26 + rnd(7)) "°C\n" pick("Partly cloudy~Sunny~Showers~Clear"))
		s = cat(s, top12("Latest News~Most Popular~Trending", "plain~num"))
		NAV = cat(s, pick("World News~Caribbean~News~Lead Stories"))
		who = pick("Associated Press~Reuters~CMC~AFP~Tanisha Grant~Damion Wright~Kerry-Ann Rowe")
		c = rnd(3) ? clock(h, mi, "AM", "PM") : "12:00 AM"	# the paper's stories at midnight
		dl = "Published:" dayname[W + 1] " | " month[M] " " D ", " Y " | " c
		if (who ~ /Press|Reuters|CMC|AFP/) by = lk(who)
		else by = lk(who) "/" pick("Staff Reporter~Senior Staff Reporter~Gleaner Writer~Health Reporter")
		im = rnd(2) ? CP pick(caps12) ". - " pick("Contributed~File~AP~Kavian Sinclair/Photographer~Norma Gayle/Photographer") : ""
		sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Print", 2, 4) : ""
		HEAD = order("dl by st im sh~st dl by im sh~im dl by st", st, by, dl, sh, im)
		s = ""
		if (rnd(2)) s = HD pick("Recommended Stories~More In World News~Related") "\n" headlines(heads12, 2, 4)
		if (rnd(2)) s = cat(s, "Comments\nWe welcome reader comments on the topic of the story. Comments are moderated and may be edited.")
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms of Use~Careers~Archives~Letter to the Editor", 3, 6))
		FOOT = cat(s, "© Copyright " Y " The Gleaner Company (Media) Limited. All Rights Reserved.")
		ISOT = isot7(h, mi, "-05:00")
	} else {	# the Observer
		site7(pick(" - Jamaica Observer~ | Jamaica Observer~"), "www.jamaicaobserver.com", \
		    "/" pick("news~latestnews~international~caribbean") "/" slug7(title) "_" (153000 + rnd(9000)))
		s = some("Jamaica Observer~Subscribe~Sign in~Search~ePaper~Menu", 2, 5)
		s = cat(s, some("Home~Latest News~News~Business~Sport~Entertainment~Editorial~Columns~Letters~Caribbean~International~" \
		    "All Woman~Food~Page 2", 5, 10))
		s = cat(s, top12("Most Read~Latest News~Breaking", "plain~plain"))
		NAV = cat(s, pick("International~Caribbean~Latest News~News"))
		who = pick("Associated Press~Reuters~CMC~AFP~Marvin Tulloch~Simone Blake~Devon Haughton")
		if (who ~ /Press|Reuters|CMC|AFP/) by = lk(who)
		else by = "BY " lk(toupper(who)) pick("\nObserver staff reporter~\nObserver writer~\nSenior reporter") \
		    pick("~\n" email11(who, "jamaicaobserver.com"))
		dl = dayname[W + 1] ", " month[M] " " d2(D) ", " Y pick("~ | " clock(h, mi, "AM", "PM"))
		im = rnd(2) ? CP pick(caps12) ". (Photo: " pick("AP~Reuters~AFP~Observer file~Garfield Robinson") ")" : ""
		sh = rnd(2) ? some("Print this page~Email A Friend!~Facebook~Twitter~WhatsApp", 2, 4) : ""
		HEAD = order("dl by st im sh~st by dl sh im~by dl im st", st, by, dl, sh, im)
		s = ""
		if (rnd(2)) s = HD pick("Now you can read the Jamaica Observer ePaper anytime, anywhere.~More stories") "\n" \
		    pick("Subscribe~" headlines(heads12, 2, 4))
		if (rnd(2)) s = cat(s, HD "Comments\nPlease read our guidelines before commenting: no abuse, no libel, and stay on topic.")
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms of Use~Careers~Archives", 3, 6))
		FOOT = cat(s, "Copyright © " Y " Jamaica Observer. All Rights Reserved.")
		ISOT = isot7(h, mi, "-05:00")
	}
	BYN = who; DLX = dl; TAGX = ""
}

function nation12(title,    s, who, by, dl, st, sh, im, h, mi, a, n, i) {
	h = rnd(24); mi = rnd(60)
	who = pick("AFP~Reuters~Xinhua~AP~Wanjiru Maina~Otieno Ouma~Kiprono Langat~Achieng Odhiambo")
	if (rnd(2)) {	# the Daily Nation
		site7(pick(" - Daily Nation~ | Nation~"), "www.nation.co.ke", "/news/world/" slug7(title) "/1068-" (4900000 + rnd(99999)) "-" hex7(6) \
		    "/index.html")
		s = some("Daily Nation~Nation Media Group~Subscribe~Sign in~Search~ePaper~Menu~Nation.Africa", 2, 5)
		s = cat(s, some("Home~News~Counties~Politics~Business~Sports~Blogs & Opinion~Life & Style~Health~Education~Africa~World~" \
		    "Videos~Photos~Newsplex", 5, 11))
		s = cat(s, top12("Most Read~Latest~Trending", "plain~num"))
		NAV = cat(s, pick("World~Africa~News\nWorld~News\nAfrica"))
		dl = dayname[W + 1] " " month[M] " " D " " Y
		by = "By " lk(toupper(who))
		if (who !~ /^(AFP|Reuters|Xinhua|AP)$/ && rnd(2)) by = by "\n" email11(who, "ke.nationmedia.com")
		st = ""
		if (rnd(2)) {	# its summary points
			n = split(some(gen12, 2, 3), a, "\n")
			st = "In Summary"
			for (i = 1; i <= n; i++) st = st "\n" a[i] "."
		}
		im = rnd(2) ? CP pick(caps12) ". " pick("PHOTO | FILE | NATION MEDIA GROUP~FILE PHOTO | AFP~PHOTO: REUTERS~PHOTO: AFP") : ""
		sh = rnd(2) ? some("SHARE~BOOKMARK~PRINT~RATING~Facebook~Twitter", 2, 5) : ""
		HEAD = order("dl st im by sh~st dl by im sh~dl by st im", st, by, dl, sh, im)
		s = ""
		if (rnd(2)) s = HD pick("Related Stories~More from World~Also in World") "\n" headlines(heads12, 2, 4)
		if (rnd(2)) s = cat(s, "Advertisement")
		s = cat(s, some("About Us~Contact Us~Terms of Use~Privacy Policy~Advertise With Us~Careers~Nation Media Group", 3, 6))
		FOOT = cat(s, "© " Y " Nation Media Group. All rights reserved.")
	} else {	# the Standard
		site7(pick(" - The Standard~ | The Standard~"), "www.standardmedia.co.ke", "/article/200" (1300000 + rnd(9999)) "/" slug7(title))
		s = some("The Standard~Standard Digital~KTN News~Radio Maisha~Subscribe~Login~Search~Menu", 2, 5)
		s = cat(s, some("Home~News~Politics~Business~Sports~Entertainment~Counties~World~Africa~Opinion~Health~Evewoman~Farmkenya~" \
		    "Videos", 5, 10))
		s = cat(s, top12("Latest~Most Read~Trending Now", "plain~under"))
		NAV = cat(s, pick("World~Africa~News~World News"))
		by = "By " lk(who)
		dl = month[M] " " ord(D) " " Y " at " hm(h, mi) ":" d2(rnd(60)) " GMT +0300"
		if (rnd(2)) { by = by " | " dl; dl = "" }
		if (rnd(3) == 0) by = by pick("\n" (1 + rnd(9)) " hours ago~\n" (2 + rnd(50)) " minutes ago")
		st = rnd(3) ? "" : standfirst(gen12)
		im = rnd(2) ? CP pick(caps12) ". [" pick("AFP~Reuters~File~Courtesy~Standard") "]" : ""
		sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Telegram~Email", 2, 4) : ""
		HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
		if (rnd(3) == 0) insert("SEE ALSO: " pick(heads12), 2 + rnd(3))
		s = ""
		if (rnd(2)) s = HD pick("Related Topics~Topics") "\n" some(tags12, 2, 4)
		if (rnd(2)) s = cat(s, HD pick("Recommended Articles~Latest Stories") "\n" headlines(heads12, 2, 4))
		s = cat(s, some("About Us~Contact Us~Terms and Conditions~Privacy Policy~Advertise~Careers~The Standard Group PLC", 3, 6))
		FOOT = cat(s, "© " Y " The Standard Group PLC. All rights reserved.")
	}
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+03:00"); TAGX = ""
}

function wires12(title,    s, who, by, dl, st, sh, im, h, mi, k, ag, a, paper, dom, n, city) {
	h = rnd(22); mi = rnd(60)
	city = pick("BRUSSELS~BEIJING~ISTANBUL~NAIROBI~MEXICO CITY~SEOUL~GENEVA~MOSCOW~CAIRO~SYDNEY~OTTAWA~BERLIN")
	st = rnd(3) ? "" : standfirst(gen12)
	k = rnd(3)
	if (k == 0) {	# US News & World Report's wire pages
		ag = rnd(3) ? "Reuters" : "Associated Press"
		site7(pick(" | World News | US News~ | US News~"), "www.usnews.com", "/news/world/articles/" Y "-" d2(M) "-" d2(D) "/" slug7(title))
		s = some("Skip to main content~U.S. News & World Report~Menu~Search~Sign In~Subscribe", 2, 5)
		s = cat(s, some("News~Rankings~Education~Health~Money~Cars~Travel~Real Estate~Opinion~Politics~World Report~Best States~Cartoons", 5, 10))
		s = cat(s, top12("The Latest~Most Popular~Slideshows", "plain~num"))
		NAV = cat(s, pick("World News~News~World Report~News\nWire Service Content"))
		who = ag
		by = "By " lk(ag) ", Wire Service Content"
		dl = ap[M] " " D ", " Y ", at " ptclock(h, mi, ":", " a.m.", " p.m.")
		if (rnd(2)) { by = by " " dl; dl = "" }
		lead11(city (ag == "Reuters" ? " (Reuters) - " : " (AP) — "))
		if (ag == "Reuters") wire12(reporting12())
		im = ""
		s = ""
		TAGX = some(tags12, 2, 4)
		if (rnd(2)) { n = TAGX; gsub("\n" LI, ", ", n); gsub(LI, "", n); s = "Tags: " n }
		s = cat(s, ag == "Reuters" ? "Copyright " Y " Thomson Reuters." : \
		    "Copyright " Y " The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")
		if (rnd(2)) s = cat(s, HD pick("Read More~More News~Slideshows") "\n" headlines(heads12, 2, 4))
		s = cat(s, some("About U.S. News~Contact Us~Site Map~Press Room~Advertising Info~Store~Terms & Conditions~Privacy~Ad Choices", 3, 7))
		FOOT = cat(s, "Copyright " Y " © U.S. News & World Report L.P.")
		ISOT = isot7(h, mi, usoff10("E"))
	} else if (k == 1) {	# UPI
		who = pick(names12)
		n = title; gsub(/[^A-Za-z0-9 ]/, "", n); gsub(/ +/, "-", n)
		site7(pick(" - UPI.com~~"), "www.upi.com", "/Top_News/World-News/" Y "/" d2(M) "/" d2(D) "/" n "/" (1000 + rnd(9000)) "15466")
		s = some("UPI~United Press International~Search~Menu~Newsletter~Follow Us", 2, 5)
		s = cat(s, some("Top News~U.S. News~World News~Featured~Odd News~Entertainment~Movies~Music~TV~Science~Health~Sports~Photos~" \
		    "Archives~Almanac", 5, 10))
		s = cat(s, top12("Trending Stories~Latest Headlines~Top News", "plain~plain"))
		NAV = cat(s, pick("World News~Top News\nWorld News~News"))
		by = "By " lk(who)
		dl = ap[M] " " D ", " Y " / " clock(h, mi, "AM", "PM")
		if (rnd(2)) { by = by " | " dl; dl = "" }
		if (rnd(4)) lead11(ap[M] " " D " (UPI) -- ")
		im = rnd(2) ? CP pick(caps12) ". " pick("~File ") "Photo by " pick("Ezra Moss~Lin Hao~Adele Marsh~Kenji Sato") "/" pick("UPI~EPA-EFE") : ""
		s = ""
		if (rnd(2)) s = HD pick("Latest Headlines~Trending Stories") "\n" related(heads12, 2, 4, 3, "ap", 4)
		TAGX = ""
		s = cat(s, some("About UPI~Contact~Corrections~Advertisements~Terms of Use~Privacy Policy~Feedback", 3, 6))
		FOOT = cat(s, "Copyright " Y " United Press International, Inc. All Rights Reserved.")
		ISOT = isot7(h, mi, usoff10("E"))
	} else {	# a Postmedia daily with Reuters or AP copy
		split(pick("National Post|nationalpost.com~Ottawa Citizen|ottawacitizen.com~Calgary Herald|calgaryherald.com~" \
		    "Vancouver Sun|vancouversun.com~Montreal Gazette|montrealgazette.com~Edmonton Journal|edmontonjournal.com"), a, "|")
		paper = a[1]; dom = a[2]
		ag = rnd(3) ? "Reuters" : "The Associated Press"
		site7(" | " paper, "www." dom, "/news/world/" slug7(title))
		s = some("Skip to Content~" paper "~Subscribe~Sign In~Search~Menu~ePaper~Newsletters", 2, 5)
		s = cat(s, some("News~Local News~Canada~World~Politics~Opinion~Sports~Business~Arts~Life~Health~Driving~Puzzles~Obituaries", 5, 10))
		if (rnd(3) == 0) s = cat(s, pick("Ottawa~Calgary~Vancouver~Montreal~Edmonton~Toronto") " " (rnd(3) ? "-" : "") (1 + rnd(15)) "°C")
		s = cat(s, top12("Trending~Latest National Stories~Top Stories", "plain~num"))
		NAV = cat(s, pick("World~News~News\nWorld"))
		who = pick(names12)
		if (rnd(2)) by = "By " lk(who) " and " lk(pick("Ayesha Rahman~Lucas Ferreira~Ines Kowalski")) ", " ag
		else by = "Author of the article:\n" ag "\n" ag
		n = rnd(3) ? 0 : 2 + rnd(4)	# seen years later: its last update "5 years ago", its copyright that year's
		dl = "Published " abbr[M] " " d2(D) ", " Y pick("~  •  Last updated " (n ? n " years ago" : abbr[M] " " d2(D) ", " Y)) \
		    "  •  " (2 + rnd(4)) " minute read"
		if (ag == "Reuters") { lead11(city " (Reuters) - "); wire12(reporting12()) } else lead11(city " (AP) — ")
		im = rnd(2) ? CP cap(caps12, "REUTERS~AP~AFP via Getty Images~THE CANADIAN PRESS", pick(" Photo by @ /~ PHOTO BY @~\n@")) : ""
		s = ""
		if (rnd(2)) s = HD "Join the Conversation\nComments are moderated. Keep them respectful and on topic; we may remove those that are not."
		if (rnd(2)) s = cat(s, HD pick("Trending~Recommended from Editorial~Latest National Stories") "\n" headlines(heads12, 2, 4))
		TAGX = ""
		s = cat(s, some("Contact Us~Advertise With Us~Terms of Use~Privacy Policy~Accessibility~Copyright~Sitemap", 3, 6))
		FOOT = cat(s, "© " (Y + n) " " paper ", a division of Postmedia Network Inc. All rights reserved.")
		ISOT = isot7(h, mi, usoff10("E"))
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print~Reddit~Copy link", 2, 5) : ""
	HEAD = order("st by dl im sh~by dl st sh im~st im by dl", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl)
}

function afp12(title,    s, who, by, dl, st, sh, im, h, mi, sec) {
	h = 1 + rnd(21); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? "" : standfirst(gen12)
	lead11(pick("Paris~Tokyo~Nairobi~Geneva~Brussels~Bangkok~Lagos~Lima~Kabul~Moscow~Beirut~Sydney~Washington") " (AFP) - ")
	if (rnd(2)) wire12(pick("ab/jm~burs-dl/it~sst/bp~kma/rl~mw/cdw~jts/ser"))
	who = "AFP"
	if (rnd(2)) {	# Digital Journal
		sec = pick("World~Politics~Environment~Science~Business~Internet")
		site7(pick(" - Digital Journal~ | Digital Journal~"), "www.digitaljournal.com", "/news/world/" slug7(title) "/article/" (539000 + rnd(9999)))
		s = some("Digital Journal~Sign In~Join~Search~Menu~Newsletter", 2, 4)
		s = cat(s, some("News~World~Business~Tech & Science~Entertainment~Sports~Lifestyle~Op-Ed~Press Releases~Science~Health~Internet", 5, 10))
		s = cat(s, top12("Latest News~Most Popular~Trending", "plain~num"))
		NAV = cat(s, sec)
		if (rnd(2)) { by = "By " lk("AFP") "     " abbr[M] " " D ", " Y " in " sec; dl = "" }
		else { by = "By " lk("AFP"); dl = "Published " month[M] " " D ", " Y }
		sh = rnd(2) ? some("Listen~Print~Share~Facebook~Twitter~Email", 2, 4) : ""
		im = rnd(2) ? CP pick(caps12) "\nImage: " pick("— © AFP/File~— © AFP~AFP/File~— © AFP " pick("Kenji Mori~Sarah Lund~Bilal Aziz")) : ""
		s = ""
		if (rnd(2)) s = "© " Y " AFP"
		if (rnd(2)) s = cat(s, HD pick("More news from~Related articles~In this article") "\n" some(tags12, 2, 4))
		if (rnd(2)) s = cat(s, HD pick("Latest News~Related") "\n" related(heads12, 2, 4, 4, "abbr", 0))
		s = cat(s, some("About Us~Contact~Advertise~Privacy Policy~Terms of Service~Editorial Policy~Press Releases", 3, 6))
		FOOT = cat(s, "© " Y " Digital Journal Inc. News, analysis and comment from a worldwide network of contributors.")
		ISOT = isot7(h, mi, "+00:00")
	} else {	# Barron's
		site7(pick(" | Barron's~~"), "www.barrons.com", "/news/" slug7(title) "-01546" (600000 + rnd(99999)))
		s = some("Barron's~Subscribe~Sign In~Search~Menu~Customer Center", 2, 4)
		s = cat(s, some("Markets~Stocks~Funds~Advisor~Magazine~Data~Newsletters~Penta~Retirement~Economy~Real Estate~Video", 5, 10))
		if (rnd(2)) s = cat(s, "DJIA " (22700 + rnd(1600)) "." d2(rnd(100)) " " pick("+~-") rnd(3) "." d2(rnd(100)) "%\n" \
		    "S&P 500 " (2450 + rnd(200)) "." d2(rnd(100)) " " pick("+~-") rnd(3) "." d2(rnd(100)) "%")
		s = cat(s, top12("Latest News~Most Popular~Barron's Picks", "plain~plain"))
		NAV = cat(s, pick("AFP~Economy~World~News"))
		by = "By " lk("AFP - Agence France Presse")
		dl = pick("Updated " abbr[M] " " D ", " Y ", " clock(H2, MI2, "am", "pm") " " ustz() " / Original " abbr[M] " " D ", " Y ", " \
		    clock(h, mi, "am", "pm") " " ustz() "~" abbr[M] " " d2(D) ", " Y " " clock(h, mi, "AM", "PM") " ET")
		sh = rnd(2) ? some("Text size~Share~Print~Order Reprints~Email~Save", 2, 4) : ""
		im = ""
		s = ""
		if (rnd(2)) s = HD pick("Latest News~Read Next~Trending Now") "\n" headlines(heads12, 2, 4)
		s = cat(s, some("Customer Center~Contact Us~Subscriber Agreement~Privacy Notice~Cookie Notice~Copyright Policy~Your Ad Choices", 3, 6))
		FOOT = cat(s, "Copyright ©" Y " Dow Jones & Company, Inc. All Rights Reserved.")
		ISOT = isot7(h, mi, usoff10("E"))
	}
	HEAD = order("by dl st sh im~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); TAGX = ""
}

function aa12(title,    s, who, by, dl, st, sh, im, h, mi, k, city) {
	site7(pick(" | Anadolu Agency~ - Anadolu Ajansı~"), "www.aa.com.tr", \
	    "/en/" pick("world~europe~asia-pacific~middle-east~africa~americas") "/" slug7(title) "/" (1355000 + rnd(9000)))
	h = rnd(24); mi = rnd(60); later9(h, mi)
	s = some("Anadolu Agency~Türkçe~English~Français~العربية~Bosanski~Русский~Kurdî~Македонски~Shqip~فارسی", 3, 7)
	s = cat(s, some("Turkey~Politics~World~Middle East~Africa~Asia - Pacific~Europe~Americas~Economy~Energy~Culture~Sports~Analysis~" \
	    "Health~Science-Technology~Info~Photo~Video", 5, 11))
	s = cat(s, top12("Latest~Most Read~Editor's Choice", "plain~num"))
	NAV = cat(s, pick("WORLD~EUROPE~ASIA - PACIFIC~MIDDLE EAST~AFRICA~AMERICAS~POLITICS"))
	who = pick("Aylin Demir~Mehmet Kaya~Selin Arslan~Burak Yildiz~Zeynep Ozturk~Emre Sahin")
	if (rnd(3) == 0) who = who " and " pick("Cem Aksoy~Elif Tuna")
	by = lk(who)
	k = rnd(3)
	if (k == 0) { by = by "   |" d2(D) "." d2(M) "." Y; dl = "" }
	else if (k == 1) dl = d2(D) "." d2(M) "." Y
	else dl = d2(D) "." d2(M) "." Y " - Update : " d2(D) "." d2(M) "." Y
	city = pick("ANKARA~ISTANBUL~LONDON~BERLIN~BAGHDAD~TUNIS~NEW YORK~ADDIS ABABA~JAKARTA~MOSCOW")
	if (rnd(3)) insert(city, 0)
	st = rnd(3) ? standfirst(gen12) : ""
	im = rnd(2) ? CP pick(caps12) " ( " pick("Anadolu Agency~Arif Hudaverdi Yaman - Anadolu Agency~Ozan Kose - AFP~" \
	    "Halil Sagirkaya - Anadolu Agency~Stringer - Anadolu Agency") " )" : ""
	sh = rnd(2) ? some("Facebook~Twitter~WhatsApp~Telegram~Email~Print", 2, 5) : ""
	HEAD = order("by dl st im sh~st by dl sh im~im by dl st", st, by, dl, sh, im)
	s = ""
	TAGX = some(tags12, 2, 4)
	if (rnd(2)) s = HD "Related topics\n" TAGX
	if (rnd(2)) s = cat(s, "Only a part of the news AA sends its subscribers through the AA News Broadcasting System appears on this " \
	    "website, and in short form. Contact us to subscribe.")
	if (rnd(2)) s = cat(s, HD pick("Related News~More in World~Latest") "\n" related(heads12, 2, 4, 4, "dot", 0))
	s = cat(s, some("About Us~Contact~Subscription~Privacy~Terms of Use~AA Academy~Green Line", 3, 6))
	FOOT = cat(s, "© Anadolu Ajansı " Y ". All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+03:00")
}

function malta12(title,    s, who, by, dl, st, sh, im, h, mi, off) {
	h = rnd(22); mi = rnd(60); later9(h, mi)
	st = rnd(2) ? standfirst(gen12) : ""
	who = pick("AFP~Reuters~AP~Karl Vella~Miriam Grech~Andreas Christou~Elena Pavlou")
	if (rnd(2)) {	# the Times of Malta
		site7(pick(" - Times of Malta~ | Times of Malta~"), "timesofmalta.com", "/articles/view/" slug7(title) "." (697000 + rnd(9000)))
		s = some("Times of Malta~Subscribe~Log in~Search~Menu~Newsletters~ePaper", 2, 5)
		s = cat(s, some("National~World~Business~Sport~Opinion~Community~Entertainment~Arts~Lifestyle~Travel~Motoring~Weather~" \
		    "Obituaries~Classifieds", 5, 10))
		if (rnd(3) == 0) s = cat(s, "Valletta " (12 + rnd(18)) "°C")
		s = cat(s, top12("Most Read~Latest~Editor's Picks", "plain~num"))
		NAV = cat(s, pick("World~World\nEurope~National"))
		dl = dayname[W + 1] ", " D " " month[M] " " Y ", " hm(h, mi)
		by = "by " lk(who)
		if (rnd(2)) { by = dl " by " lk(who); dl = "" }
		if (rnd(3) == 0) by = by "\nLast updated " hm(H2, MI2)
		im = rnd(2) ? CP pick(caps12) ". Photo: " pick("AFP~Reuters~AP~Karl Vella~Jonathan Abela") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related Stories~More in World") "\n" headlines(heads12, 2, 4)
		if (rnd(2)) s = cat(s, HD "Comments\nComments not loading? We recommend using Google Chrome or Mozilla Firefox with javascript turned on.")
		s = cat(s, some("About us~Contact us~Advertise~Terms of use~Privacy policy~Cookie policy~Careers", 3, 6))
		FOOT = cat(s, "© " Y " Allied Newspapers Ltd. All rights reserved.")
		off = eutz("+02:00", "+01:00")
	} else {	# the Cyprus Mail
		site7(pick(" - Cyprus Mail~ | Cyprus Mail~"), "cyprus-mail.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("Cyprus Mail~Search~Menu~Subscribe~Log in~Newsletter", 2, 5)
		s = cat(s, some("Cyprus~World~Business~Opinion~Sport~Life & Style~Tales from the Coffeeshop~Our View~Property~Insider~Lifestyle", 5, 10))
		if (rnd(3) == 0) s = cat(s, "Nicosia\n" (10 + rnd(25)) "°C")
		s = cat(s, top12("Popular~Latest~Most Commented", "plain~under"))
		NAV = cat(s, pick("World~Cyprus~News"))
		if (who ~ /^(AFP|Reuters|AP)$/) who = who " News Service"
		by = "By " lk(who)
		dl = pick(month[M] " " D ", " Y "~" d2(D) "/" d2(M) "/" Y "~" month[M] " " D ", " Y " " hm(h, mi))
		im = rnd(2) ? CP pick(caps12) " (" pick("Reuters~AFP~AP~CNA~Christos Theodorides") ")" : ""
		s = ""
		if (rnd(2)) s = HD pick("Related Posts~More from World") "\n" related(heads12, 2, 3, 5, "abbr", 4)
		if (rnd(2)) s = cat(s, "Change cookie preferences")
		s = cat(s, some("About~Contact Us~Advertise~Privacy Policy~Terms~Archives", 3, 5))
		FOOT = cat(s, "© Cyprus Mail " Y)
		off = eutz("+03:00", "+02:00")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Print", 2, 4) : ""
	HEAD = order("st by dl im sh~by dl st sh im~im st by dl", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off); TAGX = ""
}

# Google's AMP viewer: its bar (the host, the AMP address), then the
# publisher's AMP page
function amp12(title,    s, who, by, dl, st, sh, im, h, mi, k, dom, path, up) {
	h = rnd(22); mi = rnd(60); later9(h, mi)
	st = rnd(2) ? standfirst(gen12) : ""
	k = rnd(3)
	if (k == 0) { dom = "www.express.co.uk"; path = "/news/world/" (1065000 + rnd(9000)) "/" slug7(title) "/amp" }
	else if (k == 1) { dom = "nypost.com"; path = "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/amp/" }
	else { dom = "www.washingtontimes.com"; path = "/news/" Y "/" tolower(abbr[M]) "/" D "/" slug7(title) "/?amp" }
	s = some("×~" dom "~ⓘ~Share~View original", 2, 4)
	if (rnd(2)) s = cat(pick("google.com/amp/s/" dom path "~https://www.google.com/amp/s/" dom path), s)
	if (k == 0) {
		site7(pick(" | World | News | Express.co.uk~ | Express.co.uk~"), dom, path)
		s = cat(s, some("Daily Express~Express.co.uk~Home of the Daily and Sunday Express~Menu~Search", 2, 4))
		s = cat(s, some("News~Showbiz & TV~Sport~Comment~Finance~Travel~Entertainment~Life & Style~Politics~Royal~Weather~World~UK", 3, 8))
		NAV = cat(s, pick("WORLD~World~News\nWorld"))
		who = pick("Tom Barrow~Charlie Tait~Sofia Keller~Aaron Pike~Jessica Lyle")
		by = "By " lk(toupper(who))
		if (rnd(5) == 0) shift(1); else shift(0)
		up = substr(dayname[wday(SY, SM, SD) + 1], 1, 3) ", " abbr[SM] " " SD ", " SY
		dl = "PUBLISHED: " hm(h, mi) ", " substr(dayname[W + 1], 1, 3) ", " abbr[M] " " D ", " Y pick("~ | UPDATED: " \
		    (SD == D ? hm(H2, MI2) : hm(rnd(24), rnd(60))) ", " up)
		im = rnd(2) ? CP cap(caps12, credits12, pick(" (Image: @)~\n(Image: @)")) : ""
		s = ""
		if (rnd(2)) s = "Related articles\n" headlines(heads12, 2, 3)
		if (rnd(2)) s = cat(s, "Comments\n" (rnd(200)) " comments")
		FOOT = cat(s, "See today's front and back pages, download the newspaper, order back issues and use the historic Daily Express newspaper archive.\n" \
		    "© Express Newspapers " Y)
		ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+01:00" : "+00:00")
	} else if (k == 1) {
		site7(pick(" | New York Post~~"), dom, path)
		s = cat(s, some("New York Post~Menu~Search~Log In~Subscribe", 2, 4))
		s = cat(s, some("News~Metro~Page Six~Sports~Business~Opinion~Entertainment~Fashion~Living~Tech~Real Estate~Video", 3, 8))
		if (rnd(2)) s = cat(s, "MORE ON:\n" some("world news~protests~europe~asia~elections~storms~courts~middle east", 2, 4))
		NAV = cat(s, pick("WORLD NEWS~US NEWS~POLITICS~WORLD NEWS\nEXCLUSIVE"))
		who = pick("Ben Castell~Laura Ruvio~Jon Sokol~Maria Dunne~Associated Press~Reuters~AFP")
		by = "By " lk(who)
		dl = month[M] " " D ", " Y " | " clk(h, mi) pick("~\nUpdated " month[M] " " D ", " Y ", " clk(H2, MI2))
		im = rnd(2) ? CP pick(caps12) "\n" pick(credits12) : ""
		s = ""
		if (rnd(2)) s = "Filed under\n" some("world news~europe~asia~africa~protests~weather~courts~elections", 2, 4)
		if (rnd(2)) s = cat(s, "Read Next\n" pick(heads12))
		FOOT = cat(s, "© " Y " NYP Holdings, Inc. All Rights Reserved")
		ISOT = isot7(h, mi, usoff10("E"))
	} else {
		site7(pick(" - Washington Times~~"), dom, path)
		s = cat(s, some("The Washington Times~Menu~Search~Subscribe~Log in", 2, 4))
		s = cat(s, some("News~Politics~Commentary~Sports~Security~Entertainment~Health~Business~Culture~World~Videos", 3, 8))
		NAV = cat(s, pick("WORLD~NATIONAL~POLITICS"))
		who = pick("Associated Press~Gideon Hart~Nora Blaine~Clay Whitfield")
		if (who == "Associated Press") by = "- " lk(who) " - " dayname[W + 1] ", " month[M] " " D ", " Y
		else by = "By " lk(who) " - The Washington Times - " dayname[W + 1] ", " month[M] " " D ", " Y
		dl = ""
		im = rnd(2) ? CP cap(caps12, credits12, pick(". (@)~. (Associated Press)~. (@, File)")) : ""
		s = ""
		if (rnd(2)) s = "Copyright © " Y " The Washington Times, LLC."
		if (rnd(2)) s = cat(s, pick("Please read our comment policy before commenting.~Click to Read More and View Comments"))
		FOOT = cat(s, some("About Us~Contact Us~Advertise~Terms of Use~Privacy Policy~Corrections", 2, 4))
		ISOT = isot7(h, mi, usoff10("E"))
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~WhatsApp~Comments", 2, 4) : ""
	HEAD = order("st by dl im sh~by dl st im sh~im st by dl", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); TAGX = ""
}

# a copy made in Apple News or Flipboard: text only (OFF12)
function apple12(title,    s, a, src, dom, who, st, h, mi, dl, n) {
	h = rnd(22); mi = rnd(60)
	split(pick("Reuters|reuters.com~Associated Press|apnews.com~TIME|time.com~The Independent|independent.co.uk~" \
	    "Business Insider|businessinsider.com~USA TODAY|usatoday.com~NBC News|nbcnews.com~CNN|cnn.com"), a, "|")
	src = a[1]; dom = a[2]
	who = pick(names12)
	st = rnd(3) ? "" : standfirst(gen12)
	OFF12 = 1
	dl = pick(month[M] " " D ", " Y "~" abbr[M] " " D ", " Y " at " clock(h, mi, "AM", "PM") "~" month[M] " " D ", " Y " " clk(h, mi))
	if (rnd(2)) {	# Apple News on a Mac, copied
		site7(" — Apple News", "apple.news", "/A" hex7(21))
		TOP12 = rnd(2) ? "Apple News" : title
		s = some("Sidebar~Today~News+~Sports~Audio~Following~Channels & Topics~Search~Share~Aa", 3, 7)
		NAV = cat(s, pick(toupper(src) "~" src))
		HEAD = cat(pick("~By " who "\n~" who "\n") dl, st)
		s = ""
		if (rnd(2)) s = "More from " src "\n" headlines(heads12, 2, 4)
		s = cat(s, some("Open in Safari~Report a Concern~Follow " src "~Block " src "~Share Story", 2, 4))
		FOOT = s
	} else {	# Flipboard
		site7(" | Flipboard", "flipboard.com", "/@" host7(who) "/" slug7(pick("World News~News to Know~Global Affairs")) "-" hex7(8))
		TOP12 = pick("Flipboard~" title " | Flipboard")
		s = some("Flipboard~Home~Following~Explore~Notifications~Profile~Log In~Sign Up", 3, 6)
		s = cat(s, "Flipped into " pick("World News~News to Know~Global Affairs~Morning Read") " by " pick("Dana Whitaker~Sam Ferris~Mei Chen~Tomás Reyes"))
		NAV = cat(s, src)
		n = 1 + rnd(20)
		HEAD = cat(dom pick(" - " who "~") " • " n "h", pick("~By " who "\n") dl)
		if (st != "") HEAD = cat(HEAD, st)
		s = some("Like~Comment~Flip~Share", 2, 4)
		if (rnd(2)) s = cat(s, "More stories from " src "\n" headlines(heads12, 2, 4))
		FOOT = cat(s, "© " Y " Flipboard")
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+00:00"); TAGX = ""
}

# a blog built with Hugo or Jekyll, or a newsletter's web archive (Revue,
# Buttondown): dates as the theme prints them
function blog12(title,    s, who, blog, dl, st, h, mi, k, n, t) {
	h = rnd(24); mi = rnd(60)
	who = pick("Anneke Visser~Tomasz Zielinski~Farah Qureshi~Diego Salas~Ilse Brandt~Yusuf Demir")
	blog = pick("Borderlines~The Harbour Dispatch~Field Notes~Foreign Desk Weekly~The Long Read Digest~Meridian Notes")
	st = rnd(3) ? "" : standfirst(gen12)
	t = Y "-" d2(M) "-" d2(D)
	k = rnd(3)
	if (k == 0) {	# Hugo
		site7(" | " blog, host7(blog) ".net", "/posts/" slug7(title) "/")
		s = cat(blog, some("Home~Posts~Archives~Tags~Categories~About~RSS~Search~Toggle theme", 3, 6))
		NAV = s
		dl = pick(t "T" hm(h, mi) ":00Z~" t " " hm(h, mi) ":00 +0000 UTC~" month[M] " " D ", " Y " · " (2 + rnd(8)) " min · " who "~" \
		    "Posted on " t "~" t)
		HEAD = cat(dl, st)
		if (rnd(2)) HEAD = cat(HEAD, pick("Categories: World~Filed under: News~Category: Europe"))
		s = ""
		TAGX = some(tags12, 2, 4)
		if (rnd(2)) s = "Tags\n" TAGX
		if (rnd(2)) s = cat(s, "« Prev\n" pick(heads12) "\nNext »\n" pick(heads12))
		if (rnd(2)) s = cat(s, "Share on: Twitter Facebook Mastodon Email")
		FOOT = cat(s, "© " Y " " blog pick(" · Powered by Hugo & PaperMod~ · Built with Hugo~ · Theme Ananke"))
	} else if (k == 1) {	# Jekyll
		site7(" | " blog, host7(blog) ".github.io", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) ".html")
		NAV = cat(blog, some("About~Archive~Posts~Subscribe~Feed", 2, 4))
		dl = pick(abbr[M] " " D ", " Y "~" abbr[M] " " D ", " Y " • " who "~" t " " hm(h, mi) ":00 +0000")
		HEAD = cat(dl, st)
		s = ""
		if (rnd(2)) s = "Comments powered by Disqus."
		if (rnd(2)) s = cat(s, "Subscribe via RSS")
		FOOT = cat(s, blog "\n" who "\n" email11(who, "example.org") pick("~\nWritten and built with Jekyll"))
		TAGX = ""
	} else {	# a newsletter's archive
		n = 12 + rnd(150)
		if (rnd(2)) {
			site7(" | Revue", "www.getrevue.co", "/profile/" host7(blog) "/issues/" slug7(title) "-" (150000 + rnd(99999)))
			NAV = cat(blog, some("Revue~Subscribe~Archive~Log in~Profile", 2, 4))
			dl = pick("By " who " • Issue #" n " • View online\n" month[M] " " D ", " Y "~Issue #" n " • " month[M] " " D ", " Y " • View online")
			HEAD = cat(dl, st)
			s = pick("Did you enjoy this issue? Yes No~Did you enjoy this issue?\nYes\nNo")
			if (rnd(2)) s = cat(s, "In other news\n" headlines(heads12, 2, 3))
			FOOT = cat(s, "If you no longer want these emails, unsubscribe here.\nIf you were forwarded this and liked it, you can subscribe here.\n" \
			    "Powered by Revue")
		} else {
			site7(" • Buttondown", "buttondown.email", "/" host7(blog) "/archive/" slug7(title) "/")
			NAV = cat(blog, some("Archive~Subscribe~RSS~About", 2, 3))
			dl = pick(month[M] " " D ", " Y "~" t "~" dayname[W + 1] ", " month[M] " " D ", " Y)
			HEAD = cat(dl, st)
			s = pick("Forwarded this? Subscribe here.~Thanks for reading. Reply to this email to get in touch.")
			FOOT = cat(s, "Don't want these any more? Unsubscribe.\nBuilt with Buttondown")
		}
		if (rnd(2)) HEAD = cat(HEAD, pick("Hello, and welcome to issue #" n ". Here is this week's lead story.~Good morning. One story today.~" \
		    "Welcome back. This one's worth your time."))
		TAGX = ""
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+00:00")
}

function consent12(    k) {	# a consent, newsletter or notification prompt
	k = rnd(3)
	if (k == 0)
		return ask("We value your privacy~Privacy and cookies~Your choices on this site~Manage consent",
		    "We and our " (90 + rnd(600)) " vendors store and read information on your device, such as IDs in cookies, " \
		    "to measure audiences and to show ads and content.~" \
		    "Press \"Agree\" to consent, or \"More options\" to choose which purposes and vendors you allow. " \
		    "Your choice applies to this site only and can be changed under Privacy at the foot of any page.~" \
		    "Essential cookies keep the site working; the rest help us understand our readers and pay for our reporting.",
		    "Agree~More options~Disagree~Accept essential only~View vendors~Save choices~Continue without agreeing", 4)
	if (k == 1)
		return pick("Get our morning briefing in your inbox~Never miss a story: sign up for our daily newsletter~" \
		    "Stay informed. Our editors pick the day's top stories for you.") "\n" \
		    pick("Enter your email address~Your email") "\n" pick("Sign up~Subscribe~Sign me up") "\n" pick("No thanks~Maybe later~Close")
	return pick("Turn on notifications for breaking news?~Would you like desktop alerts for major stories?~" \
	    "Read this story in our app for a better experience.") "\n" pick("Yes please~Not now~Block~Open the app~Continue in browser")
}

function twelveA(title, k) {
	if (k == 0) kyodo12(title)
	else if (k == 1) bline12(title)
	else if (k == 2) haaretz12(title)
	else if (k == 3) stripes12(title)
	else if (k == 4) euractiv12(title)
	else if (k == 5) rnz12(title)
	else if (k == 6) stuff12(title)
	else carib12(title)
}
function twelveB(title, k) {
	if (k == 0) nation12(title)
	else if (k == 1) wires12(title)
	else if (k == 2) afp12(title)
	else if (k == 3) aa12(title)
	else if (k == 4) malta12(title)
	else if (k == 5) amp12(title)
	else if (k == 6) apple12(title)
	else blog12(title)
}
function twelve(title,    k) {	# variant 12: one of its sites, now and then an ad line and a banner, NAV filled
	TS = ""; DOM = ""; URL = ""; BYN = ""; DLX = ""; ISOT = ""; TAGX = ""; OFF12 = 0; TOP12 = ""
	k = rnd(16)
	if (k < 8) twelveA(title, k); else twelveB(title, k - 8)
	if (rnd(6) == 0 && !OFF12) NAV = cat(NAV, pick("Advertisement~ADVERTISEMENT~Advertisement - scroll to continue~Sponsored"))
	if (rnd(4) == 0 && !OFF12) banner(consent12(), 3, 30)
	fit("Menu~Search~Sign in~Subscribe~Close~Skip to content~Back to top~Open navigation")
}

# Variant 12's layouts: a copy (OFF12) as text only, as variant 11's;
# a site's page in variant 9's layouts, as lynx -dump prints it with its
# numbered links ("[12]World") and their list after the page
# ("References", "  12. https://..."), or as pandoc -t plain prints it
# (lists "-   ", 72 columns, links and markup dropped).
function ref12(t, u) { REF[++RN] = u; return "[" RN "]" t }
function url12(t) {	# where a link of text t goes
	if (t ~ /Facebook/) return "https://www.facebook.com/sharer/sharer.php?u=" URL
	if (t ~ /Twitter|^Tweet$/) return "https://twitter.com/intent/tweet?url=" URL
	if (t ~ /WhatsApp/) return "whatsapp://send?text=" URL
	if (t ~ /[Ee]-?mail/) return "mailto:?body=" URL
	if (slug7(t) == "") return "https://" DOM "/"
	return "https://" DOM "/" slug7(t)
}
function linked12(s,    a, n, i, line, out, p, q, t) {	# list items and LK texts as numbered links
	n = split(s, a, "\n"); out = ""
	for (i = 1; i <= n; i++) {
		line = a[i]
		if (substr(line, 1, 1) == LI && index(line, LK) == 0 && substr(line, 2) !~ /^[0-9]+$/)
			line = LI ref12(substr(line, 2), url12(substr(line, 2)))
		while ((p = index(line, LK)) > 0) {
			t = substr(line, p + 1); q = index(t, LK)
			if (q == 0) { line = substr(line, 1, p - 1) t; break }
			line = substr(line, 1, p - 1) ref12(substr(t, 1, q - 1), url12(substr(t, 1, q - 1))) substr(t, q + 1)
		}
		out = out (i > 1 ? "\n" : "") line
	}
	return out
}
function refs12(title,    cols, top, nv, hd, ft, s, i) {	# lynx -dump, its links listed
	RN = 0; cols = 77 + rnd(3)
	top = rnd(3) ? "" : "   #" ref12("alternate", "https://" DOM "/feed/") " " ref12("alternate", "https://" DOM "/rss.xml")
	nv = dump6(plain7(linked12(NAV), 0), 0, cols)
	hd = dump6(plain7(linked12(HEAD), 0), 0, cols)
	ft = dump6(plain7(linked12(FOOT), 0), 0, cols)
	s = "References\n\n" (rnd(2) ? "   Visible links:\n" : "")
	for (i = 1; i <= RN; i++) s = s sprintf("%4d. %s", i, REF[i]) (i < RN ? "\n" : "")
	return join(stack(join(top, nv), title, hd, wrapped("   ", cols), ft), RN ? s : "")
}
function pan12(s,    a, n, i, out, t, k, was, line) {	# furniture as pandoc -t plain prints it
	n = split(s, a, "\n"); out = ""; was = ""
	for (i = 1; i <= n; i++) {
		t = substr(a[i], 1, 1)
		if (t == LI) { line = fill(substr(a[i], 2), "-   ", "    ", 72); k = "li" }
		else if (t == LC) { line = fill(substr(a[i], 2), "    ", "    ", 72); k = "lc" }
		else { line = fill(a[i], "", "", 72); k = "p" }
		if (out != "") out = out ((k == "li" && was == "li") || k == "lc" ? "\n" : "\n\n")
		out = out line; was = k == "lc" ? "li" : k
	}
	return out
}
function layout12(title,    mode, nv, hd, ft) {
	if (OFF12) {	# a copy: innerText, copy-paste, lynx or w3m, or a naive converter with the <title> first
		mode = rnd(8)
		nv = plain7(NAV, mode == 7); hd = plain7(HEAD, mode == 7); ft = plain7(FOOT, mode == 7)
		if (mode == 6) return dumped(title, nv, hd, ft, rnd(2))
		if (mode == 7) return inner(title, TOP12, nv, hd, ft, 1)
		return inner(title, "", nv, hd, ft, mode <= 1 ? 0 : mode == 2 ? 2 : mode == 3 ? 1 : 3)
	}
	mode = rnd(6)
	if (mode == 0) return refs12(title)
	if (mode == 1) return stack(pan12(plain7(NAV, 0)), title, pan12(plain7(HEAD, 0)), wrapped("", 72), pan12(plain7(FOOT, 0)))
	return layout7(title, 0)
}

# Variant 13's sites, in 16 templates: the Herald (Glasgow) or the
# Glasgow Times, TheJournal.ie or the Irish Examiner, 9News or Sky News
# Australia, Malaysiakini, Focus Taiwan, the Asahi Shimbun's AJW, the
# Mainichi or the Japan News, Global News, CTV News or the Winnipeg Free
# Press, the Texas Tribune, CalMatters or the Salt Lake Tribune, ThePrint
# or Scroll.in, the Korea Times or Korea JoongAng Daily, Ahram Online or
# the Mail & Guardian, AOL's or inkl's copy of a wire story, and copies
# made elsewhere: SmartNews or NewsBreak, Instapaper, Readwise Reader or
# an Obsidian Web Clipper note, a page printed to PDF and read back with
# pdftotext, an e-mail forward of an article, in words written fresh.
# Each sets NAV, HEAD and FOOT and what layout7 needs (TS, DOM, URL, BYN,
# DLX, ISOT, TAGX).  Every date before the body is the article's day, in
# the site's form and zone, but for what says it is something else: an
# update on a later day printed beside the first, a day a copy was saved,
# clipped, printed or forwarded, relative times ("Updated 12 minutes
# ago"), and other stories' days.

function top13(labels, forms,    s) {	# as top7, from variant 13's headlines
	s = above(labels, heads13, 5, forms, src13, "LIVE: ~VIDEO: ~~~EXPLAINER: ~")
	return s == "" ? "" : HD s
}
function fmt13(style, y, m, d) {	# a day as variant 13's sites print it in their lists
	if (style == "slash") return y "/" d2(m) "/" d2(d) " " hm(7 + rnd(15), rnd(60))
	if (style == "kt") return y "-" d2(m) "-" d2(d) " " hm(7 + rnd(15), rnd(60))
	if (style == "herald") return ord(d) " " month[m] " " y
	if (style == "ahram") return dayname[wday(y, m, d) + 1] " " d " " abbr[m] " " y
	if (style == "jdaily") return abbr[m] " " d2(d) "," y
	if (style == "scroll") return abbr[m] " " d2(d) ", " y
	return fmt(style, y, m, d)
}
function rel13(pool, lo, hi, gap, style, form,    a, n, i, s, k, t, h) {	# as related(), days in fmt13's styles
	n = split(some(pool, lo, hi), a, "\n")
	s = ""; k = 0
	for (i = 1; i <= n; i++) {
		k += 1 + rnd(gap)
		shift(-k)
		t = fmt13(style, SY, SM, SD)
		h = substr(a[i], 2)
		if (form == 2) s = cat(s, LI h " | " t)
		else if (form == 4) s = cat(s, h "\n" t)
		else if (form == 5) s = cat(s, t "\n" h)
		else s = cat(s, LI h "\n" LC t)
	}
	return s
}
function commas13(n) { return n >= 1000 ? int(n / 1000) "," sprintf("%03d", n % 1000) : n }	# 33417 -> "33,417"
function cjk13(y, m, d) { return y "年" m "月" d "日" }	# "2019年1月4日"
function later13(lo, hi) { shift(lo + rnd(hi - lo + 1)) }	# a later day, lo to hi days on, in SY SM SD
function usdate13(y, m, d, h, mi) {	# a browser's print header, "1/9/23, 10:15 AM"
	return m "/" d "/" d2(y % 100) ", " clock(h, mi, "AM", "PM")
}

function herald13(title,    s, who, by, dl, st, sh, im, h, mi, paper, dom, k) {
	h = 6 + rnd(17); mi = rnd(60)
	if (rnd(3)) { paper = "The Herald"; dom = "www.heraldscotland.com" } else { paper = "Glasgow Times"; dom = "www.glasgowtimes.co.uk" }
	site7(pick(" | " paper "~ | News | " paper "~"), dom, "/news/" (17330000 + rnd(90000)) "." slug7(title) "/")
	s = some("Skip to content~" paper "~Subscribe~Sign in~Register~Search~Menu~Puzzles~ePaper", 2, 5)
	s = cat(s, some("News~Politics~Sport~Opinion~Business~Arts & Ents~Food & Drink~Life & Style~Scottish News~UK News~World News~" \
	    "Education~Health~Crime~Announcements~Jobs", 5, 11))
	if (rnd(3) == 0) s = cat(s, pick("Glasgow~Edinburgh~Aberdeen~Dundee~Inverness") " " (rnd(3) ? "" : "-") (1 + rnd(16)) "°C")
	if (rnd(4) == 0) s = cat(s, pick("Read without limits: your first month for £1~Unlock every story: three months for £3~" \
	    "Become a digital subscriber today and save 50%") "\n" pick("Subscribe~See offers~Join today"))
	s = cat(s, top13("Most Read~Latest News~Trending in Scotland", "plain~num"))
	NAV = cat(s, pick("News~World News~UK News~Scottish News~News\nWorld News"))
	if (rnd(4) == 0) { who = pick("PA News Agency~Press Association~Agence France-Presse"); by = "By " lk(who) }
	else {
		who = pick("Fiona McAllister~Hamish Grant~Kirsty Munro~Euan Ritchie~Morag Lindsay~Callum Baird")
		by = "By " lk(who) pick("~\n" pick("Chief Reporter~Senior Reporter~News Reporter~Political Correspondent~Transport Correspondent")) \
		    pick("~~\n" handle8(who))
	}
	k = rnd(3)
	if (k == 0) dl = ord(D) " " month[M] " " Y
	else if (k == 1) dl = D " " month[M] " " Y " — " clk(h, mi)
	else dl = "Published " hm(h, mi) ", " dayname[W + 1] " " D " " month[M] " " Y
	st = rnd(3) ? standfirst(gen13) : ""
	im = rnd(2) ? CP pick(caps13) pick(". Picture: ~\nImage: ~. Image: ") pick("PA~Getty Images~Newsquest~AFP~Colin Rennie~Kirsty Anderson") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Comments", 2, 5) : ""
	HEAD = order("st by dl sh im~by dl st im sh~im st by dl", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("READ MORE: " pick(heads13), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = pick("Comments: " (1 + rnd(70)) "~Comments are closed on this article~Join the debate")
	if (rnd(2)) s = cat(s, HD pick("More from " paper "~Latest News~Most Read") "\n" rel13(heads13, 2, 4, 5, "herald", 4))
	if (rnd(3) == 0) s = cat(s, "This website and its print editions follow the Editors' Code of Practice of the Independent Press " \
	    "Standards Organisation. If you have a complaint about what we published, write to the Managing Editor.")
	s = cat(s, some("Contact us~Advertise~Terms & Conditions~Privacy policy~Cookie policy~Complaints~Site map~Archive", 3, 6))
	FOOT = cat(s, "© " Y " Newsquest Media Group Ltd. All rights reserved. A Gannett company.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+01:00" : "+00:00"); TAGX = ""
}

function irish13(title,    s, who, by, dl, st, sh, im, h, mi, k, v) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen13) : ""
	if (rnd(2)) {	# TheJournal.ie
		site7(pick("~ | TheJournal.ie~ - TheJournal.ie"), "www.thejournal.ie", "/" slug7(title) "-" (4420000 + rnd(90000)) "-" abbr[M] Y "/")
		s = some("TheJournal.ie~Sign in~Contribute~Search~Menu~Notifications", 2, 5)
		s = cat(s, some("News~Ireland~World~Politics~Business~Sport~The42~Lifestyle~Video~FactCheck~Investigates~Podcasts~Voices~Climate", 5, 10))
		if (rnd(3) == 0) s = cat(s, "Dublin " rnd(15) "°C")
		s = cat(s, top13("Trending~Most Popular~Latest", "plain~num"))
		NAV = cat(s, pick("World~News~Ireland~World News"))
		who = rnd(3) ? pick("Aoife Brennan~Ciaran Doyle~Niamh Kearney~Darragh Quinn~Orla Tierney") : pick("Press Association~AFP~Associated Press")
		by = "By " lk(who)
		dl = dayname[W + 1] " " D " " abbr[M] " " Y ", " clock(h, mi, "AM", "PM")
		if (rnd(3) == 0) dl = dl pick("\n~ ") "Updated " clock(H2, MI2, "AM", "PM")
		v = 1200 + rnd(60000)
		sh = commas13(v) " Views" pick("~\n" (1 + rnd(120)) " Comments")
		if (rnd(2)) sh = cat(sh, some("Share this article~Facebook~X~Email~Short URL~thejrn.al/" hex7(5), 2, 4))
		im = rnd(2) ? CP pick(caps13) "\nImage: " pick("Eoin Nolan/RollingNews.ie~Maeve Kinsella/RollingNews.ie~PA~AP/PA Images~Shutterstock~" \
		    "Alamy Stock Photo") : ""
		HEAD = order("by dl sh st im~st by dl sh im~im by dl sh st", st, by, dl, sh, im)
		s = ""
		if (rnd(2)) s = "Send a tip to the author\n" who
		if (rnd(2)) s = cat(s, "Report a mistake")
		if (rnd(2)) s = cat(s, HD "Read next:\n" headlines(heads13, 2, 4))
		if (rnd(2)) s = cat(s, pick("Comments (" (1 + rnd(120)) ")~Log in to join the conversation~Comments are closed for legal reasons."))
		if (rnd(3) == 0) s = cat(s, "Contribute\nIf you value our independent journalism, you can help keep it free to read for everyone.")
		s = cat(s, some("About~Contact~Advertise~Corrections~Terms~Privacy~Cookies~Jobs", 3, 6))
		FOOT = cat(s, "© " Y " Journal Media Ltd")
	} else {	# the Irish Examiner
		site7(pick(" | Irish Examiner~~"), "www.irishexaminer.com", "/breakingnews/world/" slug7(title) "-" (890000 + rnd(99999)) ".html")
		s = some("Irish Examiner~Subscribe~Sign In~Search~ePaper~Menu", 2, 5)
		s = cat(s, some("News~Breaking News~Ireland~World~Munster~Sport~Business~Opinion~Lifestyle~Farming~Property~Motors~Podcasts", 5, 10))
		s = cat(s, top13("Most Read~Latest~Breaking", "plain~num"))
		NAV = cat(s, pick("World~Breaking News~News\nWorld"))
		who = pick("Irish Examiner Reporter~Press Association~AFP~Digital Desk~Eimear Crowley~Padraig Hayes")
		by = lk(who)
		dl = dayname[W + 1] ", " month[M] " " d2(D) ", " Y " - " clock0(h, mi, "AM", "PM")
		if (rnd(2)) { by = by "\n" dl; dl = "" }
		im = rnd(2) ? CP cap(caps13, credits13, pick(". Picture: @~ - @~. (Photo: @)")) : ""
		sh = rnd(2) ? some("Facebook~Twitter~Email~Print~WhatsApp", 2, 4) : ""
		HEAD = order("by dl im st sh~st by dl im~im by dl st sh", st, by, dl, sh, im)
		s = ""
		if (rnd(2)) s = HD pick("More in this section~Related Articles~Latest") "\n" headlines(heads13, 2, 4)
		if (rnd(2)) s = cat(s, pick("Comments have been disabled on this article.~Sign in to comment~Comments (" rnd(40) ")"))
		s = cat(s, some("Contact Us~Terms & Conditions~Privacy Policy~Cookie Policy~Advertise~Archive~Help", 3, 6))
		FOOT = cat(s, "© Irish Examiner Ltd. All rights reserved")
	}
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+01:00" : "+00:00"); TAGX = ""
}

function aus13(title,    s, who, by, dl, st, sh, im, h, mi, k, n, off) {
	h = 6 + rnd(17); mi = rnd(60)
	off = autz() == "AEDT" ? "+11:00" : "+10:00"
	st = rnd(3) ? standfirst(gen13) : ""
	if (rnd(2)) {	# 9News
		site7(pick("~ | 9News~ - 9News"), "www.9news.com.au", "/world/" slug7(title) "/" hex7(8) "-" hex7(4) "-" hex7(4) "-" hex7(4) "-" hex7(12))
		s = some("9News~9Now~Watch Live~Menu~Search~Sign In~9Honey~Nine.com.au", 2, 5)
		s = cat(s, some("Latest~National~World~Politics~Crime~Weather~Health~Entertainment~Money~Sport~Technology~Lifestyle~Video", 5, 10))
		s = cat(s, some("Sydney~Melbourne~Brisbane~Adelaide~Perth~Darwin~Canberra~Hobart~Queensland", 0, 4))
		if (rnd(3) == 0) s = cat(s, pick("Sydney~Melbourne~Brisbane~Perth~Adelaide") "\n" (12 + rnd(28)) "°\n" \
		    pick("Mostly sunny~Showers~Possible storm~Partly cloudy~Windy"))
		s = cat(s, top13("Trending Now~Latest~Top Stories", "plain~under"))
		NAV = cat(s, pick("World~World News~Australia~News"))
		who = pick("9News Staff~Associated Press~CNN~Reuters~AFP~Lachlan Birch~Sophie Kellett~Jarrah Moss~Tahlia Evans")
		by = "By " lk(who)
		k = rnd(3)
		if (k == 0) dl = clk(h, mi) " " abbr[M] " " D ", " Y
		else if (k == 1) { n = 2 + rnd(55); dl = "Updated " n " minutes ago\nPublished " clk(h, mi) " " abbr[M] " " D ", " Y }
		else { by = by "•" abbr[M] " " D ", " Y " " clk(h, mi); dl = "" }
		im = rnd(2) ? CP pick(caps13) ". (" pick("AP~Reuters~AAP~Getty~9News~Supplied~Instagram") ")" : ""
		sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link", 2, 4) : ""
		HEAD = order("by dl st im sh~st im by dl sh~im by dl st", st, by, dl, sh, im)
		s = ""
		if (rnd(2)) s = "Stream 9News live and on demand on 9Now."
		if (rnd(2)) s = cat(s, HD pick("More World News~Top Stories~Watch next") "\n" headlines(heads13, 2, 4))
		if (rnd(3) == 0) s = cat(s, "Got a story? Email the newsroom: tips@9news.com.au")
		s = cat(s, some("About Us~Contact~Advertise~Privacy Policy~Terms of Use~Editorial Guidelines~Careers", 3, 6))
		FOOT = cat(s, "© Nine Digital Pty Ltd " Y)
	} else {	# Sky News Australia
		site7(pick(" | Sky News Australia~"), "www.skynews.com.au", "/world-news/" slug7(title) "/news-story/" hex7(32))
		s = some("Sky News Australia~Watch Live~Menu~Search~Sign in~Subscribe~Get the app", 2, 5)
		s = cat(s, some("Australia~World~Politics~Business~Opinion~Weather~Shows~Sport~Lifestyle~Video~Podcasts", 5, 9))
		s = cat(s, top13("Top Stories~Latest~Most Watched", "plain~num"))
		NAV = cat(s, pick("WORLD NEWS~World~WORLD~News"))
		who = pick("Sky News Australia~Sky News Digital~AFP~Reuters~Grace Pennington~Declan Walsh~Brianna Hoff")
		by = lk(who)
		k = rnd(3)
		if (k == 0) dl = dayname[W + 1] ", " month[M] " " ord(D) ", " Y
		else if (k == 1) dl = month[M] " " ord(D) ", " Y " - " clock(h, mi, "AM", "PM")
		else dl = dayname[W + 1] ", " month[M] " " ord(D) ", " Y "\n" clock(h, mi, "AM", "PM") " " autz()
		if (rnd(3) == 0) { by = by " " dl; dl = "" }
		im = rnd(3) ? "" : CP pick(caps13) ". Picture: " pick("AFP~Reuters~Getty~NCA NewsWire~Supplied")
		if (rnd(3) == 0) im = cat(im, "Watch\n" pick(heads13) "\n" "0" (1 + rnd(4)) ":" d2(rnd(60)))
		sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy", 2, 4) : ""
		HEAD = order("by dl im st sh~st by dl im~im by dl st", st, by, dl, sh, im)
		s = ""
		if (rnd(2)) s = "Watch Sky News Australia live on Foxtel channel 601, or stream it on Flash."
		if (rnd(2)) s = cat(s, HD pick("More World News~Related~Latest") "\n" headlines(heads13, 2, 4))
		s = cat(s, some("Contact Us~Privacy~Terms of Use~Advertise~Complaints~Closed Captions~Careers", 3, 6))
		FOOT = cat(s, "© " Y " Australian News Channel Pty Ltd")
	}
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off); TAGX = ""
}

function mkini13(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 7 + rnd(15); mi = rnd(60); later9(h, mi)
	site7(pick(" - Malaysiakini~ | Malaysiakini~"), "www.malaysiakini.com", "/news/" (458000 + rnd(9999)))
	s = some("Malaysiakini~KiniTV~Kini Biz~BM~中文~Subscribe~Login~Search~Menu", 2, 6)
	s = cat(s, some("Latest~News~Columns~Letters~Opinion~Politics~Business~Education~Environment~World~Asia~Sports~Photos~Videos", 5, 10))
	if (rnd(3) == 0) s = cat(s, "USD/MYR\n4." d2(5 + rnd(20)) "\nSGD/MYR\n3." d2(rnd(20)))
	s = cat(s, top13("Most Read~Latest~Today's Picks", "plain~num"))
	NAV = cat(s, pick("NEWS~WORLD~News~News\nWorld"))
	who = pick("Bernama~Reuters~AFP~Malaysiakini Team~Nurul Aisyah~Kevin Loh~Farid Zulkifli~Siti Rahmah~Yap Wei Ling")
	by = lk(who)
	k = rnd(3)
	if (k == 0) dl = "Published:  " D " " abbr[M] " " Y ", " clk(h, mi)
	else if (k == 1) dl = "Published:  " D " " abbr[M] " " Y ", " clk(h, mi) "  |  Modified:  " D " " abbr[M] " " Y ", " clk(H2, MI2)
	else dl = "Published " D " " abbr[M] " " Y ", " clk(h, mi) "\n中文版 · " cjk13(Y, M, D)
	st = rnd(3) ? "" : standfirst(gen13)
	im = rnd(2) ? CP pick(caps13) pick(" - ~. ~\n") pick("File photo~Reuters file photo~Bernama~AFP~Malaysiakini") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Telegram~Email~Gift this story", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl sh im~im by dl st", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = HD pick("Related Reports~More News~Also Read") "\n" rel13(heads13, 2, 4, 4, "abbr", 4)
	if (rnd(3) == 0) s = cat(s, "Read the Chinese version of this story on Malaysiakini 中文.")
	if (rnd(2)) s = cat(s, "Comments\nOur comments are moderated. Keep them civil and on topic, and do not share personal details.")
	s = cat(s, some("About Us~Contact~Careers~Advertise~Privacy Policy~Terms of Use~Code of Ethics~Subscription Help", 3, 6))
	FOOT = cat(s, "© " Y " Mkini Dotcom Sdn Bhd. All rights reserved.")
	if (rnd(4) == 0) wall11(pick("This story is for subscribers.~Keep reading: this is a premium story.") "\n" \
	    pick("Subscribe from RM" (10 + rnd(30)) " a month to read it in full.~Already a subscriber? Log in.") "\n" pick("Subscribe now~Log in"), 2 + rnd(2))
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+08:00"); TAGX = ""
}

function focus13(title,    s, who, by, dl, st, sh, im, h, mi, sec, b) {
	h = 7 + rnd(15); mi = rnd(60)
	sec = pick("Politics~Cross-Strait~Society~Business~Sci-Tech~Culture~Sports")
	site7(pick(" - Focus Taiwan~ | Focus Taiwan - CNA English News~"), "focustaiwan.tw", "/" tolower(sec) "/" Y d2(M) d2(D) "00" d2(10 + rnd(90)))
	s = some("Focus Taiwan~CNA English News~中央社~日本語~Search~Menu~Newsletter", 2, 5)
	s = cat(s, some("Politics~Cross-Strait~Business~Society~Science & Tech~Culture~Sports~Photos~Video~Taiwan Stocks~Foreign Exchange", 5, 10))
	if (rnd(3) == 0) s = cat(s, "TAIEX\n9," (600 + rnd(400)) "." d2(rnd(100)) "\n" pick("+~-") rnd(120) "." d2(rnd(100)))
	s = cat(s, top13("Latest~Most Popular~Editor's Picks", "plain~num"))
	NAV = cat(s, sec)
	who = pick("Lin Ya-ting~Hsu Chih-wei~Chang Mei-ling~Wu Chia-hao~Liao Yi-hsuan~Tsai Pei-shan")
	b = pick("Joseph Yeh~Ko Lin~Evelyn Kao~Matthew Mazzetta")
	st = rnd(3) ? "" : standfirst(gen13)
	lead11(pick("Taipei~Taipei~Kaohsiung~Taichung~Washington~Tokyo~Hong Kong") ", " ap[M] " " D " (CNA) ")
	wire12("(By " who pick("~ and " b) ")\nEnditem/" pick("AW~ls~ASG~J~kb~mk"))
	dl = Y "/" d2(M) "/" d2(D) " " hm(h, mi) pick("~:" d2(rnd(60)))
	by = ""
	if (rnd(2)) im = CP pick(caps13) ". CNA photo " ap[M] " " D ", " Y
	else im = rnd(2) ? CP pick(caps13) ". " pick("CNA file photo~Photo courtesy of a private contributor~Photo taken from Facebook") : ""
	sh = rnd(2) ? some("Facebook~Twitter~LINE~Email~Print~Font size", 2, 4) : ""
	HEAD = order("dl sh im st~im dl st sh~st dl im", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = HD pick("Related News~More in " sec "~Latest") "\n" rel13(heads13, 2, 4, 3, "slash", 0)
	if (rnd(3) == 0) s = cat(s, "Sign up for the Focus Taiwan newsletter: the week's top stories from Taiwan, every Friday.")
	s = cat(s, some("About Us~Contact~Terms of Use~Privacy~Advertise~CNA Photo~Sitemap", 3, 6))
	FOOT = cat(s, "Copyright © " Y " Central News Agency. All rights reserved.")
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+08:00"); TAGX = ""
}

function japan13(title,    s, who, by, dl, st, sh, im, h, mi, k, dept) {
	h = 6 + rnd(17); mi = rnd(60)
	st = rnd(3) ? "" : standfirst(gen13)
	k = rnd(3)
	who = pick("Kenji Harada~Yuko Shimizu~Takeshi Noda~Aya Fujimoto~Ryo Kawabata~Mika Otsuka")
	if (k == 0) {	# the Asahi Shimbun's Asia & Japan Watch
		site7(pick(" : The Asahi Shimbun~ | The Asahi Shimbun: Breaking News, Japan News and Analysis~"), "www.asahi.com", \
		    "/ajw/articles/AJ" Y d2(M) d2(D) "00" d2(10 + rnd(80)) ".html")
		s = some("The Asahi Shimbun~Asia & Japan Watch~朝日新聞デジタル~Search~Menu~Newsletter", 2, 5)
		s = cat(s, some("Top~Japan News~Politics~Business~Social Affairs~Culture~Sports~Asia & World~Opinion~Sci & Tech~Photo~Video~Special", 5, 10))
		s = cat(s, top13("Most Read~Latest~Editor's Picks", "plain~num"))
		NAV = cat(s, pick("ASIA & WORLD~Asia & World~World~ASIA & WORLD\nWorld"))
		if (rnd(3) == 0) who = "THE ASAHI SHIMBUN"
		by = who == "THE ASAHI SHIMBUN" ? "By " lk(who) : "By " lk(toupper(who)) "/ Staff Writer"
		dl = month[M] " " D ", " Y " at " hm(h, mi) " JST"
		im = rnd(2) ? "Photo/Illustration\n" CP pick(caps13) " (" pick(who "~Provided by the organizers~The Asahi Shimbun~Reuters") ")" : ""
		FOOT = ""
		if (rnd(2)) FOOT = HD "Related Articles\n" rel13(heads13, 2, 4, 5, "ap", 4)
		FOOT = cat(FOOT, "Copyright © The Asahi Shimbun Company. All rights reserved. No reproduction or republication without written permission.")
	} else if (k == 1) {	# the Mainichi: its day after the body, the Japanese original's beside it
		site7(pick(" - The Mainichi~ - 毎日新聞~"), "mainichi.jp", "/english/articles/" Y d2(M) d2(D) "/p2" pick("a~g") "/00m/0" pick("na~in~bu") \
		    "/0" (10 + rnd(89)) "000c")
		s = some("The Mainichi~Japan's National Daily Since 1922~日本語~Search~Menu~Premier", 2, 5)
		s = cat(s, some("Japan~World~Business~Sports~Society~Opinion~Science~Features~Obituaries~Video~Haiku", 5, 9))
		s = cat(s, top13("Most Viewed~Latest~Editor's Picks", "plain~num"))
		NAV = cat(s, pick("World~Japan~Society"))
		by = ""
		dl = pick(month[M] " " D ", " Y " (Mainichi Japan)~~")
		dept = pick("Foreign News Section~Tokyo City News Department~Osaka Social Affairs Department~Science & Environment News Department")
		wire12(pick("(Mainichi)~(Japanese original by " who ", " dept ")~(Mainichi Japan)"))
		im = rnd(2) ? CP pick(caps13) " " pick("(Mainichi/" who ")~(Mainichi)~(AP)~(Reuters)") : ""
		s = month[M] " " D ", " Y " (Mainichi Japan)"
		if (rnd(2)) s = cat(s, "Japanese version\n毎日新聞 " cjk13(Y, M, D) " " h "時" d2(mi) "分")
		if (rnd(2)) s = cat(s, HD pick("Related~Latest Articles~Most Read") "\n" headlines(heads13, 2, 4))
		FOOT = cat(s, "Copyright THE MAINICHI NEWSPAPERS. All rights reserved.")
	} else {	# the Japan News, by the Yomiuri Shimbun
		site7(pick(" - The Japan News~ | The Japan News by The Yomiuri Shimbun~"), "the-japan-news.com", "/news/article/00051" (10000 + rnd(89999)))
		s = some("The Japan News~by The Yomiuri Shimbun~読売新聞オンライン~Search~Menu~Log in", 2, 5)
		s = cat(s, some("Politics~Society~Business~World~Science & Nature~Culture~Sports~Editorial & Columns~Features~Photos", 5, 9))
		s = cat(s, top13("Popular~Latest~Pick Up", "plain~num"))
		NAV = cat(s, pick("World~World\nAsia-Pacific~Society"))
		if (rnd(2)) { who = "The Yomiuri Shimbun"; by = lk(who) }
		else by = "By " lk(who) " / Yomiuri Shimbun " pick("Staff Writer~Correspondent")
		dl = hm(h, mi) " JST, " month[M] " " D ", " Y
		im = rnd(2) ? CP pick(caps13) "\n" pick("The Yomiuri Shimbun~Reuters~AP~AFP-Jiji") : ""
		FOOT = ""
		if (rnd(2)) FOOT = HD pick("Related Tags~Tags") "\n" some(tags13, 2, 4)
		if (rnd(2)) FOOT = cat(FOOT, HD pick("Latest~Popular") "\n" headlines(heads13, 2, 4))
		FOOT = cat(FOOT, "Copyright © The Yomiuri Shimbun")
	}
	sh = rnd(2) ? some("Share~Tweet~Facebook~LINE~Email~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st im by dl sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+09:00"); TAGX = ""
}

function canada13(title,    s, who, by, dl, st, sh, im, h, mi, k, c, tz, city) {
	h = 6 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? "" : standfirst(gen13)
	k = rnd(3)
	if (k == 0) {	# Global News
		city = pick("Toronto~Montreal~Calgary~Edmonton~BC~Halifax~Winnipeg~Saskatoon~Regina~Kingston")
		site7(pick(" | Globalnews.ca~ - National | Globalnews.ca~"), "globalnews.ca", "/news/" (4810000 + rnd(90000)) "/" slug7(title) "/")
		s = some("Global News~Watch~Local~Menu~Search~Sign in~Newsletters", 2, 5)
		s = cat(s, some("Canada~World~Politics~Money~Health~Entertainment~Lifestyle~Crime~Perspectives~Weather~Video~Podcasts", 5, 10))
		if (rnd(2)) s = cat(s, city "\n" (rnd(3) ? "-" : "") (1 + rnd(20)) "°C")
		s = cat(s, top13("Trending Now~Top Stories~Latest", "plain~num"))
		NAV = cat(s, pick("World~Canada~World\nNews"))
		c = rnd(3)
		who = c == 0 ? "The Canadian Press" : c == 1 ? pick("Reuters~The Associated Press") : pick("Erin Calder~Marc-André Tessier~Priya Dhaliwal~Owen Fraser")
		by = c == 2 ? "By " lk(who) "  Global News" : "By " lk("Staff") "  " who
		dl = "Posted " month[M] " " D ", " Y " " ptclock(h, mi, ":", " am", " pm") \
		    pick("~\nUpdated " month[M] " " D ", " Y " " ptclock(H2, MI2, ":", " am", " pm"))
		if (rnd(3) == 0) im = "WATCH: " pick(heads13) " – " abbr[M] " " D ", " Y
		else im = rnd(2) ? CP pick(caps13) ". " toupper(pick("Reuters/" pick("Chris Helgren~Jim Young") "~The Canadian Press/" pick("Sean Kilpatrick~Nathan Denette") "~AP Photo")) : ""
		s = ""
		if (rnd(2)) s = "© " Y " The Canadian Press"
		if (rnd(2)) s = cat(s, HD pick("More World~Recommended~Trending") "\n" headlines(heads13, 2, 4))
		s = cat(s, some("About~Contact~Advertise~Privacy~Terms~Accessibility~Closed Captioning~Corus Entertainment", 3, 6))
		FOOT = cat(s, "© " Y " Global News, a division of Corus Entertainment Inc.")
		tz = "E"
	} else if (k == 1) {	# CTV News
		site7(pick(" | CTV News~"), "www.ctvnews.ca", "/world/" slug7(title) "-1.4" (230000 + rnd(9999)))
		s = some("CTV News~CTVNews.ca~Watch~Live~Menu~Search~Sign in", 2, 5)
		s = cat(s, some("Canada~World~Politics~Health~Business~Entertainment~Sci-Tech~Lifestyle~Autos~Video~W5~CTV National News", 5, 10))
		s = cat(s, some("Atlantic~Montreal~Ottawa~Toronto~Kitchener~Winnipeg~Regina~Calgary~Edmonton~Vancouver", 0, 4))
		s = cat(s, top13("Top Stories~Most Read~Trending", "plain~num"))
		NAV = cat(s, pick("World~World News~News\nWorld"))
		who = pick("CTVNews.ca Staff~The Associated Press~Reuters~The Canadian Press~Ryan Flanagan~Alexandra Mae Jones")
		by = lk(who)
		tz = "E"
		dl = "Published " dayname[W + 1] ", " month[M] " " D ", " Y " " h12(h) ":" d2(mi) (h < 12 ? "AM" : "PM") " " usz10(tz)
		if (rnd(2)) dl = dl "\nLast Updated " dayname[W + 1] ", " month[M] " " D ", " Y " " h12(H2) ":" d2(MI2) (H2 < 12 ? "AM" : "PM") " " usz10(tz)
		im = rnd(2) ? CP pick(caps13) ". (" pick("AP Photo/" pick("Dmitri Volkov~Ana Reyes") "~REUTERS~THE CANADIAN PRESS~AFP") ")" : ""
		if (rnd(3) == 0) im = cat(im, "Text:\nA A A")
		s = ""
		if (rnd(2)) s = "Report Typo"
		if (rnd(2)) s = cat(s, HD pick("Related Stories~Top Stories~Trending") "\n" headlines(heads13, 2, 4))
		s = cat(s, some("About CTV News~Contact Us~Advertise~Terms and Conditions~Privacy~Accessibility~Bell Media", 3, 6))
		FOOT = cat(s, "© " Y " All rights reserved.")
	} else {	# the Winnipeg Free Press
		site7(pick(" - Winnipeg Free Press~"), "www.winnipegfreepress.com", "/arts-and-life/world/" slug7(title) "-" (503800000 + rnd(99999)) ".html")
		s = some("Winnipeg Free Press~Subscribe~Log In~Search~Menu~E-Edition~Newsletters", 2, 5)
		s = cat(s, some("Local~Canada~World~Business~Sports~Opinion~Arts & Life~Special Sections~Obituaries~Classifieds~Podcasts", 5, 9))
		if (rnd(2)) s = cat(s, "Winnipeg\n" (rnd(3) ? "-" : "") (1 + rnd(28)) "°C\n" pick("Light snow~Overcast~Clear~Flurries~Cloudy"))
		s = cat(s, top13("Most Popular~Latest News~Breaking News", "plain~num"))
		NAV = cat(s, pick("World~Breaking News~Canada & World"))
		who = pick("The Associated Press~The Canadian Press~Reuters~Kelsey Friesen~Dan Lussier~Joel Penner")
		by = "By: " lk(who)
		tz = "C"
		dl = "Posted: " clock(h, mi, "AM", "PM") " " usz10(tz) " " dayname[W + 1] ", " ap[M] " " D ", " Y
		if (rnd(2)) dl = dl pick("~\n") "Last Modified: " clock(H2, MI2, "AM", "PM") " " usz10(tz) " " dayname[W + 1] ", " ap[M] " " D ", " Y
		im = rnd(2) ? CP pick(caps13) ". (" pick("The Associated Press~The Canadian Press~Reuters~Winnipeg Free Press") ")" : ""
		s = ""
		if (rnd(2)) s = "Report Error\nSubmit a Tip"
		if (rnd(3) == 0) s = cat(s, "Advertisement\nAdvertise With Us")
		if (rnd(2)) s = cat(s, HD pick("Latest News~World~Breaking News") "\n" headlines(heads13, 2, 4))
		s = cat(s, some("About Us~Contact Us~Terms of Use~Privacy Policy~Advertise~Careers~Letters to the Editor", 3, 6))
		FOOT = cat(s, "© " Y " Winnipeg Free Press. All Rights Reserved.")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print~Comments", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10(tz)); TAGX = ""
}

function texas13(title,    s, who, by, dl, st, sh, im, h, mi, k, n) {
	h = 6 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen13) : ""
	k = rnd(3)
	who = pick("Alexa Ura~Jolie McCullough~Ben Hasson~Marisol Vega~Cole Barnett~Nadia Farouk")
	if (k == 0) {	# the Texas Tribune
		site7(pick(" | The Texas Tribune~"), "www.texastribune.org", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("The Texas Tribune~Donate~Newsletters~Search~Menu~Events", 2, 5)
		s = cat(s, some("Politics~Criminal Justice~Education~Energy~Environment~Health Care~Higher Education~Immigration~Public Education~" \
		    "Demographics~Data~Events~Podcasts", 5, 10))
		s = cat(s, top13("Latest~Most Read~The Brief", "plain~plain"))
		NAV = cat(s, pick("Politics~Immigration~Health Care~Energy"))
		by = "by " lk(who)
		dl = ap[M] " " D ", " Y "\n" h12(h) (mi ? ":" d2(mi) : "") " " (h < 12 ? "AM" : "PM") " Central"
		if (rnd(3) == 0) dl = dl "\nUpdated: " ap[M] " " D ", " Y "\n" h12(H2) " " (H2 < 12 ? "AM" : "PM") " Central"
		im = rnd(2) ? CP pick(caps13) ". " pick("Credit: " pick("Miguel Gutierrez Jr.~Evan L'Roy~Callie Richmond") "/The Texas Tribune~Credit: Reuters") : ""
		s = ""
		if (rnd(2)) s = "Disclosure: Some of the companies and groups named in this story have been financial supporters of The Texas Tribune. " \
		    "They play no part in deciding what we cover."
		if (rnd(2)) s = cat(s, "Republish this story\nOur stories may be republished online or in print under our republishing guidelines.")
		if (rnd(2)) s = cat(s, HD pick("Recent stories~Most Read~Related") "\n" headlines(heads13, 2, 4))
		s = cat(s, "Join our members and help keep Texas informed.\nDonate now")
		s = cat(s, some("About Us~Our Staff~Jobs~Who Funds Us?~Strategic Plan~Ethics~Corrections~Privacy Policy~Contact", 3, 6))
		FOOT = cat(s, "© " Y " The Texas Tribune")
		ISOT = isot7(h, mi, usoff10("C"))
	} else if (k == 1) {	# CalMatters
		site7(pick(" - CalMatters~ | CalMatters~"), "calmatters.org", "/" pick("politics~economy~environment~education~health~justice") "/" Y "/" d2(M) "/" slug7(title) "/")
		s = some("CalMatters~Donate~Newsletters~Search~Menu~Events~Digital Democracy", 2, 5)
		s = cat(s, some("Politics~Economy~Environment~Education~Housing~Health~Justice~California Divide~Commentary~Newsletters", 5, 9))
		s = cat(s, top13("What matters now~Latest~Popular", "plain~plain"))
		NAV = cat(s, pick("Politics~Environment~California Divide~Economy"))
		by = "By " lk(who)
		n = rnd(4) ? 0 : 1 + rnd(5)
		later13(n, n)
		dl = month[M] " " D ", " Y (n ? "\nUpdated " month[SM] " " SD ", " SY : "")
		im = rnd(2) ? CP pick(caps13) ". Photo by " pick("Anne Wernikoff~Miguel Gutierrez Jr.~Julie Leopo") " for CalMatters" : ""
		s = ""
		if (rnd(2)) s = "We want to hear from you\nWant to submit a guest commentary or reaction to an article we wrote? You can find our submission guidelines here."
		if (rnd(2)) s = cat(s, "Republish our articles for free, online or in print, under a Creative Commons license.")
		if (rnd(2)) s = cat(s, HD pick("Related~More from CalMatters~Recommended") "\n" headlines(heads13, 2, 4))
		s = cat(s, "CalMatters is a nonprofit, nonpartisan newsroom. Support our work.")
		s = cat(s, some("About~Team~Careers~Ethics~Contact~Privacy Policy~Republishing", 3, 6))
		FOOT = cat(s, "© " Y " CalMatters")
		ISOT = isot7(h, mi, usoff10("P"))
	} else {	# the Salt Lake Tribune
		site7(pick(" - The Salt Lake Tribune~"), "www.sltrib.com", "/news/world/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("The Salt Lake Tribune~Subscribe~Donate~Log In~Search~Menu~E-edition", 2, 5)
		s = cat(s, some("News~Politics~Religion~Sports~Opinion~Artes de México en Utah~Utah~Nation & World~Obituaries~Business~Environment", 5, 9))
		if (rnd(2)) s = cat(s, "Salt Lake City " (15 + rnd(70)) "°")
		s = cat(s, top13("Trending~Latest~Most Read", "plain~num"))
		NAV = cat(s, pick("Nation & World~News~World"))
		who = pick("The Associated Press~The Washington Post~Bloomberg~Courtney Tanner~Scott D. Pierce~Lee Davidson")
		by = "By " lk(who) pick("~ | The Associated Press~")
		if (who == "The Associated Press") by = lk(who)
		dl = "Published: " ap[M] " " D ", " Y pick("~ | Updated: " ptclock(H2, MI2, ":", " a.m.", " p.m."))
		im = rnd(2) ? CP pick(caps13) ". (" pick("AP Photo/" pick("Jess Kwon~Ruben Ortiz") "~Francisco Kjolseth | The Salt Lake Tribune~Trent Nelson | The Salt Lake Tribune") ")" : ""
		s = ""
		if (rnd(2)) s = "Donate to the newsroom now. The Salt Lake Tribune, Inc. is a 501(c)(3) public charity and contributions are tax deductible."
		if (rnd(2)) s = cat(s, HD pick("Trending~More Stories~Latest") "\n" headlines(heads13, 2, 4))
		s = cat(s, some("About Us~Contact Us~Advertise~Subscriber Services~Privacy Policy~Terms of Use~Careers", 3, 6))
		FOOT = cat(s, "© " Y " The Salt Lake Tribune. All rights reserved.")
		ISOT = isot7(h, mi, usoff10("M"))
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Republish~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); TAGX = ""
}

function india13(title,    s, who, by, dl, st, sh, im, h, mi, n) {
	h = 7 + rnd(16); mi = rnd(60)
	st = rnd(3) ? standfirst(gen13) : ""
	if (rnd(2)) {	# ThePrint
		site7(pick("~ – ThePrint~ - ThePrint"), "theprint.in", "/world/" slug7(title) "/" (170000 + rnd(99999)) "/")
		s = some("ThePrint~हिंदी~Subscribe~Search~Menu~ThePrint Essential", 2, 5)
		s = cat(s, some("Politics~Governance~Economy~Defence~India~World~Opinion~Features~Judiciary~Health~Science~Diplomacy~Journalism", 5, 10))
		s = cat(s, top13("Trending~Most Read~Latest", "plain~num"))
		NAV = cat(s, pick("World~Diplomacy~India~World\nNews"))
		who = pick("Reuters~PTI~ANI~ThePrint Team~Nayanika Rao~Siddharth Menon~Tanvi Kapoor")
		by = lk(who)
		dl = D " " month[M] ", " Y " " ptclock(h, mi, ":", " am", " pm") " IST"
		im = rnd(2) ? CP pick(caps13) " | " pick("Representational image~ANI~PTI~Reuters~Commons~File photo") : ""
		s = ""
		if (rnd(2)) s = "Also read: " pick(heads13)
		if (rnd(2)) s = cat(s, "Support independent journalism. Subscribe to ThePrint and help us keep reporting without fear or favour.\nSubscribe Now")
		if (rnd(2)) s = cat(s, HD pick("Trending~Latest~More from World") "\n" headlines(heads13, 2, 4))
		s = cat(s, some("About Us~Contact Us~Careers~Advertise~Privacy Policy~Terms of Use~Corrections", 3, 6))
		FOOT = cat(s, "Copyright © " Y " Printline Media Pvt. Ltd. All rights reserved.")
	} else {	# Scroll.in
		site7(pick(" | Scroll.in~"), "scroll.in", "/latest/" (908000 + rnd(9999)) "/" slug7(title))
		s = some("Scroll.in~Subscribe~Sign in~Search~Menu~Magazine", 2, 5)
		s = cat(s, some("Latest~Trending~Politics~Video~Field~Magazine~Culture~Global~Books~Science~Sports~Eye", 5, 9))
		s = cat(s, top13("Trending~Latest~Editor's Picks", "plain~under"))
		NAV = cat(s, pick("Latest~WORLD~World News Wrap~Global"))
		who = pick("Scroll Staff~AFP~Reuters~Associated Press~Ishita Bose~Karan Mehra")
		by = lk(who)
		n = rnd(4) ? 0 : 1
		dl = "Published " fmt13("scroll", Y, M, D) " · " clock0(h, mi, "am", "pm")
		if (n) { later13(1, 2); dl = dl pick("\n~ ~") "Updated " fmt13("scroll", SY, SM, SD) " · " clock0(rnd(12) + 7, rnd(60), "am", "pm") }
		im = rnd(2) ? CP pick(caps13) ". | " pick("AFP~Reuters~AP~PTI~Twitter") : ""
		s = ""
		if (rnd(2)) s = "We welcome your comments at letters@scroll.in."
		if (rnd(2)) s = cat(s, HD pick("Also read~Related~Trending") "\n" headlines(heads13, 2, 4))
		s = cat(s, some("About Us~Contact Us~Team~Terms of Use~Privacy Policy~Advertise~Support Scroll", 3, 6))
		FOOT = cat(s, "© " Y " Scroll.in")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im~im st by dl sh", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+05:30"); TAGX = ""
}

function korea13(title,    s, who, by, dl, st, sh, im, h, mi) {
	h = 7 + rnd(15); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen13) : ""
	who = pick("Park Si-soo~Kim Ji-hye~Lee Hyo-jin~Jung Min-ho~Choi Yun-seo~Yonhap")
	if (rnd(2)) {	# the Korea Times
		site7(pick(" - The Korea Times~~"), "www.koreatimes.co.kr", "/www/world/" Y "/" d2(M) "/" (501 + rnd(200)) "_" (261000 + rnd(9999)) ".html")
		s = some("The Korea Times~한국일보~Subscribe~Search~Menu~Sign in", 2, 5)
		s = cat(s, some("North Korea~Biz & Tech~Opinion~Entertainment & Arts~Sports~World~Lifestyle~Video~Photos~Special~Foreign Communities", 5, 9))
		s = cat(s, top13("Most Read~Latest~Popular", "plain~num"))
		NAV = cat(s, pick("World~World\nAsia Pacific~World\nAmericas~World\nEurope"))
		by = who == "Yonhap" ? lk(who) : "By " lk(who)
		dl = "Posted : " Y "-" d2(M) "-" d2(D) " " hm(h, mi) pick("~ | Updated : " Y "-" d2(M) "-" d2(D) " " hm(H2, MI2))
		im = rnd(2) ? CP pick(caps13) ". " pick("Yonhap~AP-Yonhap~Reuters-Yonhap~Korea Times photo by " pick("Shim Hyun-chul~Choi Won-suk")) : ""
		FOOT = ""
		if (rnd(2)) FOOT = HD pick("Related~Top 10 Stories~Latest") "\n" rel13(heads13, 2, 4, 4, "kt", 2)
		FOOT = cat(FOOT, some("About Us~Contact Us~Terms of Use~Privacy Policy~Youth Protection Policy~Advertise", 3, 6))
		FOOT = cat(FOOT, "Copyright © The Korea Times. All Rights Reserved. Reproduction prohibited.")
	} else {	# Korea JoongAng Daily
		site7(pick(" - Korea JoongAng Daily~~"), "koreajoongangdaily.joins.com", "/news/article/article.aspx?aid=3" (58000 + rnd(9999)))
		s = some("Korea JoongAng Daily~중앙일보~Subscribe~Search~Menu~Newsletter", 2, 5)
		s = cat(s, some("National~Business~Entertainment~Sports~Opinion~Foreign Affairs~North Korea~Social Affairs~Culture~Tech", 5, 9))
		s = cat(s, top13("Most Popular~Latest~Editor's Picks", "plain~num"))
		NAV = cat(s, pick("Foreign Affairs~National~World"))
		by = who == "Yonhap" ? lk(who) : "BY " lk(toupper(who)) pick("~ [" email11(who, "joongang.co.kr") "]")
		dl = fmt13("jdaily", Y, M, D)
		if (rnd(2)) { by = dl "\n" by; dl = "" }
		im = rnd(2) ? CP pick(caps13) ". [" pick("YONHAP~AP/YONHAP~REUTERS/YONHAP~NEWS1~JOONGANG ILBO") "]" : ""
		FOOT = ""
		if (rnd(2)) FOOT = HD pick("Related Stories~Most Popular") "\n" rel13(heads13, 2, 4, 4, "jdaily", 4)
		FOOT = cat(FOOT, some("About Us~Contact Us~Subscribe~Terms of Service~Privacy Policy", 2, 5))
		FOOT = cat(FOOT, "Copyright © JoongAng Ilbo Co., Ltd. All rights reserved.")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~KakaoTalk~Email~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+09:00"); TAGX = ""
}

function ahram13(title,    s, who, by, dl, st, sh, im, h, mi) {
	h = 7 + rnd(15); mi = rnd(60)
	st = rnd(3) ? standfirst(gen13) : ""
	if (rnd(2)) {	# Ahram Online
		site7(pick(" - World - Ahram Online~ - Ahram Online~"), "english.ahram.org.eg", "/NewsContent/2/" pick("8~9~10") "/" (320000 + rnd(9999)) \
		    "/World/" slug7(title) ".aspx")
		s = some("Ahram Online~الأهرام~Français~Al-Ahram Weekly~Search~Menu", 2, 5)
		s = cat(s, some("Egypt~World~Business~Opinion~Arts & Culture~Sports~Life & Style~Heritage~Multimedia~Books~Folk", 5, 9))
		s = cat(s, top13("Most Read~Latest~Top Stories", "plain~num"))
		NAV = cat(s, pick("World~World\nRegion~World\nInternational"))
		who = pick("AFP~Reuters~AP~Ahram Online~Nourhan Fahmy~Karim Saad")
		dl = fmt13("ahram", Y, M, D)
		by = lk(who) " , " dl; dl = ""
		if (rnd(3) == 0) { by = lk(who); dl = fmt13("ahram", Y, M, D) }
		im = rnd(2) ? CP pick(caps13) " (Photo: " pick("Reuters~AFP~AP~Ahram~Mohamed Abdel Hadi") ")" : ""
		FOOT = ""
		if (rnd(2)) FOOT = "Short link: " "https://english.ahram.org.eg/News/" (320000 + rnd(9999)) ".aspx"
		if (rnd(2)) FOOT = cat(FOOT, HD "Related\n" rel13(heads13, 2, 4, 3, "ahram", 4))
		if (rnd(3) == 0) FOOT = cat(FOOT, "Comment's Title\nComment\nAll comments are moderated before they are published.")
		FOOT = cat(FOOT, "© " Y " Al-Ahram Establishment. All rights reserved.")
	} else {	# the Mail & Guardian
		site7(pick(" - The Mail & Guardian~ | Mail & Guardian~"), "mg.co.za", "/article/" Y "-" d2(M) "-" d2(D) "-" slug7(title))
		s = some("Mail & Guardian~The M&G~Subscribe~Sign in~Search~Menu~Thought Leader", 2, 5)
		s = cat(s, some("News~Africa~Politics~Business~Opinion~Environment~Health~Education~Friday~Sport~Multimedia", 5, 9))
		s = cat(s, top13("Most Read~Latest~Trending", "plain~num"))
		NAV = cat(s, pick("Africa~World~News\nAfrica"))
		who = pick("Agence France-Presse~Reuters~AFP~Lwazi Khumalo~Thandeka Mokoena~Simon Allison")
		by = lk(who)
		dl = d2(D) " " abbr[M] " " Y
		if (rnd(2)) { by = by "\n" dl; dl = "" }
		im = rnd(2) ? CP pick(caps13) ". (" pick("Reuters~AFP~David Harrison/M&G~Delwyn Verasamy/M&G") ")" : ""
		FOOT = ""
		if (rnd(2)) FOOT = "Subscribe to the M&G\nThese are tough times for journalism. Become a subscriber and help us keep digging."
		if (rnd(2)) FOOT = cat(FOOT, HD pick("Related stories~More from Africa") "\n" rel13(heads13, 2, 4, 4, "dm", 4))
		FOOT = cat(FOOT, "© " Y " M&G Media Ltd. All rights reserved.")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im~im by dl st sh", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+02:00"); TAGX = ""
}

# a wire story as AOL or inkl carries it
function syn13(title,    s, a, src, who, by, dl, st, sh, im, h, mi) {
	h = 6 + rnd(17); mi = rnd(60)
	split(pick("Reuters|reuters.com~Associated Press|apnews.com~Agence France-Presse|afp.com~The Independent|independent.co.uk~" \
	    "The Guardian|theguardian.com~Bloomberg|bloomberg.com"), a, "|")
	src = a[1]
	who = pick("Marta Lindqvist~Jonah Pryce~Sabine Roux~Ade Olatunji~Hiro Tanaka~Clara Mendes")
	st = rnd(3) ? "" : standfirst(gen13)
	if (rnd(2)) {	# AOL
		site7(pick("~ | AOL~ - AOL News"), "www.aol.com", "/article/news/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/" (23000000 + rnd(999999)) "/")
		s = some("AOL~Mail~Sign in~Search~Menu~Search the web", 2, 5)
		s = cat(s, some("Home~News~Finance~Entertainment~Lifestyle~Weather~Shopping~Video~Games~Horoscopes", 5, 9))
		if (rnd(2)) s = cat(s, pick("New York, NY~Dulles, VA~Austin, TX~Columbus, OH") "\n" (20 + rnd(60)) "°F")
		s = cat(s, top13("Trending~Top Stories~In the News", "plain~plain"))
		NAV = cat(s, pick("News~World~News\nWorld"))
		by = src pick("~\n" lk(who))
		dl = pick(abbr[M] " " D " " Y " " clock(h, mi, "AM", "PM") " ET~" month[M] " " D ", " Y ", " clock(h, mi, "AM", "PM") "~" \
		    month[M] " " D ", " Y " · " (2 + rnd(6)) " min read")
		im = rnd(2) ? CP pick(caps13) ". " pick(credits13) : ""
		s = ""
		if (rnd(2)) s = HD pick("Recommended Stories~More from " src "~Up next") "\n" headlines(heads13, 2, 4)
		s = cat(s, some("Terms~Privacy~Privacy Dashboard~About Our Ads~Sitemap~Help~Feedback", 3, 6))
		FOOT = cat(s, "© " Y " Verizon Media. All rights reserved.")
		ISOT = isot7(h, mi, usoff10("E"))
	} else {	# inkl
		site7(pick(" | inkl~"), "www.inkl.com", "/news/" slug7(title))
		s = some("inkl~Home~Search~Sign up~Log in~Go premium", 2, 5)
		s = cat(s, some("Top Stories~World~Business~Politics~Science~Tech~Culture~Sport~Good News~Saved", 3, 7))
		NAV = cat(s, src)
		by = lk(who) pick("~\n" src)
		dl = D " " abbr[M] " " Y
		im = rnd(2) ? CP pick(caps13) ". Photograph: " pick(credits13) : ""
		s = ""
		if (rnd(2)) s = "Published by " src ". Brought to you by inkl: the world's best news, without the clickbait."
		if (rnd(2)) s = cat(s, HD pick("More from inkl~Related") "\n" headlines(heads13, 2, 4))
		FOOT = cat(s, "© " Y " inkl Pty Ltd")
		ISOT = isot7(h, mi, "+00:00")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Save", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); TAGX = ""
}

# a story as a news app shows it on the web (SmartNews, NewsBreak): a copy (OFF13)
function app13(title,    s, a, src, dom, who, st, h, mi, dl, n, city) {
	h = 6 + rnd(17); mi = rnd(60)
	split(pick("The Texas Tribune|texastribune.org~Winnipeg Free Press|winnipegfreepress.com~The Salt Lake Tribune|sltrib.com~" \
	    "CalMatters|calmatters.org~Global News|globalnews.ca~Associated Press|apnews.com~Reuters|reuters.com"), a, "|")
	src = a[1]; dom = a[2]
	who = pick("Marta Lindqvist~Jonah Pryce~Sabine Roux~Ade Olatunji~Clara Mendes~Reid Halvorsen")
	st = rnd(3) ? "" : standfirst(gen13)
	OFF13 = 1
	dl = pick(abbr[M] " " D " " Y " " clock(h, mi, "AM", "PM") " ET~" month[M] " " D ", " Y "~" ap[M] " " D ", " Y ", " \
	    ptclock(h, mi, ":", " a.m.", " p.m.") "~Published " month[M] " " D ", " Y)
	n = 1 + rnd(23)
	if (rnd(2)) {	# SmartNews
		site7(" | SmartNews", "www.smartnews.com", "/article/" hex7(24))
		TOP13 = rnd(2) ? "SmartNews" : title " - SmartNews"
		s = some("SmartNews~Top~Local~U.S.~World~Politics~Business~Science~Entertainment~Sports~Get the app", 3, 7)
		NAV = cat(s, src)
		HEAD = cat(src " · " n "h", pick("~By " who "\n") dl)
		if (st != "") HEAD = cat(HEAD, st)
		s = pick("View original article~Read on " dom "~Open the original")
		if (rnd(2)) s = cat(s, "More from " src "\n" headlines(heads13, 2, 4))
		FOOT = cat(s, some("Share~Save~Not interested~Report", 2, 4))
	} else {	# NewsBreak
		city = pick("Austin, TX~Houston, TX~Salt Lake City, UT~Sacramento, CA~Winnipeg, MB~Dallas, TX")
		site7(pick(" - NewsBreak~ | NewsBreak~"), "www.newsbreak.com", "/" slug7(city) "/" (1300000000 + rnd(99999999)) "-" slug7(title))
		TOP13 = rnd(2) ? "NewsBreak" : title TS
		s = some("NewsBreak~Open App~Home~For You~Local~Nearby~Search~Log in", 3, 6)
		NAV = cat(s, city)
		HEAD = src pick("~\n" who) "\n" dl
		if (rnd(2)) HEAD = cat(HEAD, pick("Follow~+ Follow"))
		if (st != "") HEAD = cat(HEAD, st)
		s = ""
		if (rnd(2)) s = "Comments / " rnd(30)
		if (rnd(2)) s = cat(s, "Read the original article on " src)
		if (rnd(2)) s = cat(s, "Related\n" headlines(heads13, 2, 4))
		FOOT = cat(s, some("Share~Like~Comment~Download the NewsBreak app~Terms~Privacy", 2, 4))
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+00:00"); TAGX = ""
}

# a story saved to Instapaper or Readwise Reader (a copy, OFF13), or clipped
# to an Obsidian note: the day saved or clipped is later than the story's
function reader13(title,    s, a, src, dom, who, st, h, mi, dl, k, w, n, iso) {
	h = 6 + rnd(17); mi = rnd(60)
	split(pick("The Herald|heraldscotland.com~TheJournal.ie|thejournal.ie~The Asahi Shimbun|asahi.com~Focus Taiwan|focustaiwan.tw~" \
	    "Global News|globalnews.ca~ThePrint|theprint.in~The Korea Times|koreatimes.co.kr~Mail & Guardian|mg.co.za~" \
	    "CalMatters|calmatters.org~Scroll.in|scroll.in"), a, "|")
	src = a[1]; dom = a[2]
	who = pick("Marta Lindqvist~Jonah Pryce~Sabine Roux~Ade Olatunji~Hiro Tanaka~Clara Mendes~Reid Halvorsen")
	st = rnd(3) ? "" : standfirst(gen13)
	OFF13 = 1
	iso = Y "-" d2(M) "-" d2(D)
	later13(20, 1500)	# the day saved
	n = split(BODY, w, /[ \n]+/)
	k = rnd(3)
	if (k == 0) {	# Instapaper
		site7("", "www.instapaper.com", "/read/" (1150000000 + rnd(99999999)))
		TOP13 = rnd(2) ? "Instapaper" : title " | Instapaper"
		s = some("Instapaper~Home~Liked~Archive~Highlights~Notes~Search~Settings", 3, 6)
		NAV = cat(s, pick("Home~Archive~Liked"))
		dl = pick(month[M] " " D ", " Y "~" abbr[M] " " D ", " Y "~" D " " month[M] " " Y)
		HEAD = cat(dom pick("~ · " who), dl)
		if (rnd(2)) HEAD = cat(HEAD, "View original")
		if (st != "") HEAD = cat(HEAD, st)
		FOOT = some("Like~Archive~Move~Share~Edit~Delete~Text settings", 2, 5)
	} else if (k == 1) {	# Readwise Reader
		site7(" | Reader", "read.readwise.io", "/read/01" toupper(hex7(24)))
		TOP13 = rnd(2) ? "Reader" : title " | Reader"
		s = some("Library~Home~Feed~Inbox~Later~Shortlist~Archive~Search", 3, 6)
		NAV = cat(s, pick("Later~Inbox~Archive"))
		dl = month[M] " " D ", " Y
		HEAD = cat(dom, pick("~" who "\n") int(n / 230 + 1) " min")
		s = "Info\n" pick("Title\n" title "\n~") "Domain\n" dom "\nAuthor\n" who "\nPublished\n" dl "\nSaved\n" abbr[SM] " " SD ", " SY \
		    "\nLength\n" int(n / 230 + 1) " mins (" commas13(n) " words)\nProgress\n" (rnd(2) ? "100%" : (10 + rnd(85)) "%")
		if (rnd(2)) { HEAD = cat(HEAD, s); FOOT = "" } else FOOT = s
		FOOT = cat(FOOT, some("Move to Archive~Open original~Copy link~Highlight~Tags~Notes", 2, 4))
		if (st != "") HEAD = cat(HEAD, st)
	} else {	# an Obsidian Web Clipper note: front matter, then the story in Markdown
		site7("", dom, "/" slug7(title))
		OBS13 = 1
		gsub(/"/, "\\\"", st)	# as YAML escapes it
		s = "---\ntitle: \"" title "\"\nsource: \"https://www." dom "/" slug7(title) "\"\nauthor:\n  - \"[[" who "]]\"\npublished: " \
		    pick(iso "~" iso "T" hm(h, mi) ":00" pick("Z~+00:00~+09:00~-05:00")) "\ncreated: " SY "-" d2(SM) "-" d2(SD) \
		    (st != "" ? "\ndescription: \"" st "\"" : "") "\ntags:\n  - \"clippings\"\n---"
		TOP13 = s
		NAV = ""
		HEAD = rnd(2) ? "" : "![](https://www." dom "/images/" hex7(12) ".jpg)\n\n" pick(caps13)
		FOOT = ""
		dl = iso
	}
	BYN = who; DLX = dl; ISOT = isot7(h, mi, "+00:00"); TAGX = ""
}

# a page printed from a browser to PDF, read back with pdftotext: a site's
# page, the print's header (the day printed, the <title>) and footer (the
# address, "1/3") on every page, a form feed between pages
function pdf13(title,    k) {
	k = rnd(12)
	if (k < 8) thirteenA(title, k); else thirteenB(title, k - 8)
	PDF13 = 1
}
function cut13(s, max,    w, n, i, out) {	# s cut at a word to max columns, "…" after
	if (width(s) <= max) return s
	n = split(s, w, " "); out = w[1]
	for (i = 2; i <= n && width(out " " w[i]) <= max - 1; i++) out = out " " w[i]
	if (width(out) > max - 1) out = substr(out, 1, max - 1)	# one long word, an address
	return out "…"
}
function pad13(a, b, cols,    n) {	# a and b on a line, b at its right
	n = cols - width(a) - width(b); if (n < 2) n = 2
	return a sprintf("%" n "s", "") b
}
function mid13(a, b, cols,    n) {	# a and b on a line, b in the middle
	n = int((cols - width(b)) / 2) - width(a); if (n < 2) n = 2
	return a sprintf("%" n "s", "") b
}
function print13(title,    cols, hd, wide, s, a, n, i, out, pg, np, len, k, lines, dt, u, t, tc, raw) {
	cols = 84 + rnd(14); raw = rnd(2)	# pdftotext, or pdftotext -layout
	later13(10, 1600)
	dt = usdate13(SY, SM, SD, 7 + rnd(15), rnd(60))
	t = cut13(title TS, 60)
	u = cut13(URL, cols - 8)
	s = fill13(tail(plain7(NAV, 0), 2 + rnd(5)), cols)
	tc = int(cols * (0.5 + rnd(3) / 10))	# the headline's larger type
	s = cat(s, width(title) > tc ? fill(title, "", "", tc) : title)
	s = cat(s, fill13(plain7(HEAD, 0), cols))
	s = cat(s, raw ? fill13(BODY, cols) : fill13(spaced(BODY), cols))
	s = cat(s, fill13(plain7(FOOT, 0), cols))
	n = split(s, a, "\n")
	len = 46 + rnd(12)
	np = int((n + len - 1) / len)
	out = ""
	for (pg = 1; pg <= np; pg++) {
		hd = raw ? dt "\n" t : mid13(dt, t, cols)
		lines = ""
		for (i = (pg - 1) * len + 1; i <= pg * len && i <= n; i++) lines = lines "\n" a[i]
		out = out hd lines "\n" (raw ? u "\n" pg "/" np : pad13(u, pg "/" np, cols)) "\n\f"
	}
	return out
}
function fill13(s, cols,    a, n, i, out, t) {	# each line of s wrapped at cols, lists' marks off
	n = split(s, a, "\n"); out = ""
	for (i = 1; i <= n; i++) {
		t = a[i]
		if (substr(t, 1, 1) == LI || substr(t, 1, 1) == LC) t = substr(t, 2)
		out = out (i > 1 ? "\n" : "") (t == "" ? "" : fill(t, "", "", cols))
	}
	return out
}

# an e-mail forward of a story: the forward's own headers (a later day),
# a note, then the forwarded message (the story's day): a news alert with
# the story in it, or the story pasted into a mail, as Gmail's print view,
# Outlook, Apple Mail or Thunderbird shows it
function fwd13(title,    k) {
	k = rnd(12)
	if (k < 8) thirteenA(title, k); else thirteenB(title, k - 8)
	OFF13 = 1; FWD13 = 1
}
function mail13(title,    s, me, fr, to, a, n, src, addr, h, mi, h2, mi2, k, subj, msg, note, org, fw, cl, hd, fin) {
	me = pick("Dana Whitfield~Rob Carraway~Imogen Saltz~Teo Marquez~Priya Lal~Gus Ferreira")
	fr = pick("Alison Pardo~Ken Oduya~Sunita Rao~Mark Ellery~Bea Hollins~Nils Berg")
	if (me == fr) fr = "Hal Jensen"
	h = 6 + rnd(16); mi = rnd(60)
	org = DOM; sub(/^www\./, "", org)
	n = split(TS, a, / (\||-|–) /); src = a[n]; sub(/:.*/, "", src); sub(/^ +/, "", src); sub(/ +$/, "", src)
	if (src == "") src = org
	hd = text6(plain7(HEAD, 0), 0)
	k = rnd(2)
	if (k == 0) {	# a news alert from the site
		addr = pick("alerts@~newsletters@~noreply@~news@email.") org
		subj = pick("Breaking: ~News alert: ~~") title
		msg = pick(src " News Alert~BREAKING NEWS~" src "\nNews alert~" src " | Top story") "\n" \
		    pick("View this email in a browser~Trouble reading? Open this alert online.~Open in browser")
		msg = msg "\n\n" title "\n\n" hd "\n\n" spaced(BODY) "\n\n" \
		    pick("Read this story on " org "~Continue to the story~Share this alert") "\n\n" \
		    pick("You are getting this alert because you subscribed to breaking news from " src ".~This alert was sent to " \
		    email11(fr, "gmail.com") ". Manage your alerts or unsubscribe.~Unsubscribe | Manage alerts | Privacy") "\n" \
		    pick("~" org "~© " Y " " src)
		fw = src " <" addr ">"
		to = email11(fr, "gmail.com")
	} else {	# pasted into a mail
		subj = pick("~Fwd: ~Did you see this? ~FYI: ~Re: ") title
		msg = pick("~Worth a read.\n\n~Have a look at this one.\n\n~Thought of you when I saw this.\n\n") URL "\n\n" title "\n\n" hd \
		    "\n\n" spaced(BODY) pick("~\n\n" pick(fr "~-- \n" fr "~Sent from my iPhone~Sent from my Galaxy"))
		fw = pick("Jo Kettering~Samir Haddad~Lucy Brandt~Owen Park")
		fw = fw " <" email11(fw, pick("gmail.com~yahoo.com~outlook.com")) ">"
		to = email11(fr, "gmail.com")
	}
	h2 = rnd(24); mi2 = rnd(60); fin = ""
	k = rnd(5)
	if (k == 4) {	# mutt
		cl = "----- Forwarded message from " fw " -----\n\nDate: " substr(dayname[W + 1], 1, 3) ", " D " " abbr[M] " " Y " " hm(h, mi) ":" d2(rnd(60)) \
		    " " pick("+0000~-0500~+0100~+1100") "\nFrom: " fw "\nTo: " to "\nSubject: " subj
		fin = "\n\n----- End forwarded message -----"
	} else if (k == 0 || k == 1) cl = "---------- Forwarded message ---------\nFrom: " fw "\nDate: " substr(dayname[W + 1], 1, 3) ", " abbr[M] " " D ", " Y \
	    " at " clock(h, mi, "AM", "PM") "\nSubject: " subj "\nTo: " (k ? to : "<" to ">")
	else if (k == 2) cl = "________________________________\nFrom: " fw "\nSent: " dayname[W + 1] ", " month[M] " " D ", " Y " " clock(h, mi, "AM", "PM") \
	    "\nTo: " to "\nSubject: " subj
	else cl = pick("Begin forwarded message:~-------- Forwarded Message --------") "\n\nFrom: " fw "\nSubject: " subj "\nDate: " month[M] " " D ", " Y " at " \
	    h12(h) ":" d2(mi) ":" d2(rnd(60)) (h < 12 ? " AM " : " PM ") ustz() "\nTo: " to
	later13(1, 60)	# the forward's own day
	note = pick("FYI~See below.~Thought you'd want to see this.~Passing this along, in case you missed it.~Can we talk about this on Monday?~" \
	    "Interesting one below.") pick("~\n\n" fr "~\n\n-- \n" fr "~\n\nSent from my iPhone")
	subj = pick("Fwd: ~Fw: ~FW: ") subj
	k = rnd(3)
	if (k == 0) s = "Gmail\t" me " <" email11(me, "gmail.com") ">\n" subj "\n1 message\n" fr " <" to ">\t" \
	    substr(dayname[wday(SY, SM, SD) + 1], 1, 3) ", " abbr[SM] " " SD ", " SY " at " clock(h2, mi2, "AM", "PM") "\nTo: " me " <" email11(me, "gmail.com") ">"
	else if (k == 1) s = "From: " fr " <" to ">\nSent: " dayname[wday(SY, SM, SD) + 1] ", " month[SM] " " SD ", " SY " " clock(h2, mi2, "AM", "PM") \
	    "\nTo: " me "\nSubject: " subj
	else s = "Subject: " subj "\nFrom: " fr " <" to ">\nDate: " SM "/" SD "/" SY ", " clock(h2, mi2, "AM", "PM") "\nTo: " me " <" email11(me, "outlook.com") ">"
	return s "\n\n" note "\n\n" cl "\n\n" msg fin
}

function consent13(    k) {	# a consent, paywall or app prompt
	k = rnd(3)
	if (k == 0)
		return ask("Cookies and your privacy~Can we use cookies?~Tell us how we may use your data~A note on cookies",
		    "This site and " (80 + rnd(700)) " of our partners set cookies and read device identifiers to run the site, " \
		    "count visitors, personalise content and fund our newsroom through advertising.~" \
		    "Choose \"Accept\" to allow all of this, or \"Customise\" to pick which purposes and partners you agree to. " \
		    "You can revisit your choice from the Privacy link at the foot of each page.~" \
		    "Strictly necessary cookies are always on. Everything else is up to you.",
		    "Accept~Customise~Reject all~Only necessary~See partners~Confirm choices", 4)
	if (k == 1)
		return pick("You have " (1 + rnd(4)) " free stories left this month.~This is your last free story this month.~" \
		    "Sign in or create a free account to keep reading.") "\n" pick("Subscribe~Sign in~Create account~Continue")
	return pick("Get breaking news alerts on your phone.~Our app is faster. Open this story there?~" \
	    "Add us to your home screen for quick access.") "\n" pick("Get the app~Not now~Allow~Dismiss~Open in app")
}

function thirteenA(title, k) {
	if (k == 0) herald13(title)
	else if (k == 1) irish13(title)
	else if (k == 2) aus13(title)
	else if (k == 3) mkini13(title)
	else if (k == 4) focus13(title)
	else if (k == 5) japan13(title)
	else if (k == 6) canada13(title)
	else texas13(title)
}
function thirteenB(title, k) {
	if (k == 0) india13(title)
	else if (k == 1) korea13(title)
	else if (k == 2) ahram13(title)
	else if (k == 3) syn13(title)
	else if (k == 4) app13(title)
	else if (k == 5) reader13(title)
	else if (k == 6) pdf13(title)
	else fwd13(title)
}
function thirteen(title,    k) {	# variant 13: one of its sites, now and then an ad line and a banner, NAV filled
	TS = ""; DOM = ""; URL = ""; BYN = ""; DLX = ""; ISOT = ""; TAGX = ""
	OFF13 = 0; TOP13 = ""; PDF13 = 0; FWD13 = 0; OBS13 = 0
	k = rnd(16)
	if (k < 8) thirteenA(title, k); else thirteenB(title, k - 8)
	if (rnd(6) == 0 && !OFF13) NAV = cat(NAV, pick("Advertisement~ADVERTISEMENT~Story continues below advertisement~Ad"))
	if (rnd(4) == 0 && !OFF13) banner(consent13(), 3, 30)
	if (!OBS13) fit("Menu~Search~Sign in~Subscribe~Close~Skip to content~Back to top~Open navigation")
}

# Variant 13's layouts: a print (PDF13) as print13 gives it; a forward
# (FWD13) as mail13 writes it; an Obsidian note as it is; another copy as
# variant 12's copies; a site's page as variant 12's pages.
function layout13(title,    mode, nv, hd, ft, s) {
	if (PDF13) return print13(title)
	if (FWD13) return mail13(title)
	if (OBS13) return join(join(TOP13, HEAD), spaced(BODY))
	if (OFF13) {
		mode = rnd(8)
		nv = plain7(NAV, mode == 7); hd = plain7(HEAD, mode == 7); ft = plain7(FOOT, mode == 7)
		if (mode == 6) return dumped(title, nv, hd, ft, rnd(2))
		if (mode == 7) return inner(title, TOP13, nv, hd, ft, 1)
		return inner(title, "", nv, hd, ft, mode <= 1 ? 0 : mode == 2 ? 2 : mode == 3 ? 1 : 3)
	}
	mode = rnd(7)
	if (mode == 0) return refs12(title)
	if (mode == 1) return stack(pan12(plain7(NAV, 0)), title, pan12(plain7(HEAD, 0)), wrapped("", 72), pan12(plain7(FOOT, 0)))
	return layout7(title, 0)
}

# Variant 14's sites, in 16 templates: Newsday, the Houston Chronicle or
# the San Antonio Express-News, the Philadelphia Inquirer, an Advance
# Local site (the Oregonian/OregonLive, cleveland.com, NJ.com, al.com),
# the Tampa Bay Times, the Atlanta Journal-Constitution, the Irish News,
# the Deccan Herald, Business Standard or the Economic Times, Gulf Times
# or the Peninsula (Qatar), Ynetnews or i24NEWS, the Brussels Times,
# BloombergQuint, MarketWatch or Nasdaq.com, Punch (Nigeria), and the West
# Australian or the Otago Daily Times, in words written fresh: ordinary
# scraped news pages, menus before the title and share and footer lines
# after the body.  Each sets NAV, HEAD and FOOT and what layout7 needs (TS,
# DOM, URL, BYN, DLX, ISOT, TAGX).  Every date before the body is the
# article's day, in the site's form and zone, but for what says it is
# something else: an update on a later day printed beside the first
# ("Updated Jan 07, 2019; Posted Jan 04, 2019"), relative times next to
# the day ("3 hours ago"), and other stories' days.  Numbers alone
# ("01.14.19", Ynetnews' month first; "14.01.2019") only where no other
# reading is possible.

function top14(labels, forms,    s) {	# as top7, from variant 14's headlines
	s = above(labels, heads14, 5, forms, src14, "BREAKING: ~VIDEO: ~~~UPDATE: ~")
	return s == "" ? "" : HD s
}
function bar14(labels, odds) {	# 1 in odds, a breaking-news bar: its label, another story's headline, now and then its age
	if (rnd(odds)) return ""
	return pick(labels) "\n" pick(heads14) pick("~~\n" (2 + rnd(50)) " minutes ago~\n" (1 + rnd(5)) "h ago")
}
function people14(pool,    a, b, c, k) {	# one to three names from pool: "A", "A and B", "A, B and C"
	a = pick(pool); k = rnd(7)
	if (k < 4) return a
	b = pick(pool)
	if (b == a) return a
	if (k < 6) return a " and " b
	c = pick(pool)
	if (c == a || c == b) return a " and " b
	return a ", " b " and " c
}
function one14(who) { return index(who, " and ") == 0 }	# a single author
function fmt14(style, y, m, d) {	# a day as variant 14's sites print it in their lists
	if (style == "dh") return toupper(abbr[m]) " " d2(d) " " y	# "JAN 03 2019"
	if (style == "irn") return d2(d) " " month[m] ", " y	# "03 January, 2019"
	if (style == "cox") return dayname[wday(y, m, d) + 1] ", " month[m] " " d2(d) ", " y
	if (style == "punch") return ord(d) " " month[m] " " y
	if (style == "adv") return abbr[m] " " d2(d) ", " y
	if (style == "west") return dayname[wday(y, m, d) + 1] ", " d " " month[m] " " y
	return fmt13(style, y, m, d)
}
# other stories, each 1 to gap days before the one above, days in fmt14's
# styles; form 0 headline over day (list), 2 "headline | day", 3 "day -
# headline", 4 headline over day, 5 day over headline (unmarked)
function rel14(pool, lo, hi, gap, style, form,    a, n, i, s, k, t, h) {
	n = split(some(pool, lo, hi), a, "\n")
	s = ""; k = 0
	for (i = 1; i <= n; i++) {
		k += 1 + rnd(gap)
		shift(-k)
		t = fmt14(style, SY, SM, SD)
		h = substr(a[i], 2)
		if (form == 2) s = cat(s, LI h " | " t)
		else if (form == 3) s = cat(s, LI t " - " h)
		else if (form == 4) s = cat(s, h "\n" t)
		else if (form == 5) s = cat(s, t "\n" h)
		else s = cat(s, LI h "\n" LC t)
	}
	return s
}
function temp14(city, lo, hi, unit) { return city "\n" (lo + rnd(hi - lo + 1)) "°" unit "\n" pick("Cloudy~Sunny~Light rain~Clear~Windy~Showers~Partly cloudy~Fog") }
function tick14(name, lo, hi,    v) {	# a market ticker: name, a level with a thousands comma, a change
	v = lo + rnd(hi - lo + 1)
	return name "\n" commas13(v) "." d2(rnd(100)) "\n" pick("+~-") rnd(200) "." d2(rnd(100)) " (" pick("+~-") "0." d2(rnd(100)) "%)"
}

function newsday14(title,    s, who, by, dl, st, sh, im, h, mi, k, sec, w) {
	h = 5 + rnd(18); mi = rnd(60); later9(h, mi)
	sec = pick("World~Nation~Politics~Nation")
	site7(pick(" | Newsday~~ - Newsday"), "www.newsday.com", "/news/" tolower(sec) "/" slug7(title) "-1." (25500000 + rnd(900000)))
	s = some("Skip to content~Newsday~Subscribe~Log in~Search~Menu~eNewspaper~Get the app~Newsday TV", 2, 5)
	s = cat(s, some("Long Island~News~Sports~Opinion~Lifestyle~Entertainment~Business~Towns~Crime~Education~Politics~Nation~World~" \
	    "Health~Traffic~Weather~Obituaries~Photos~Video~Investigations", 5, 12))
	if (rnd(3) == 0) s = cat(s, temp14(pick("Melville~Hauppauge~Mineola~Riverhead~Babylon~Huntington"), 18, 88, "F"))
	s = cat(s, bar14("BREAKING NEWS~Breaking News~DEVELOPING STORY", 4))
	if (rnd(4) == 0) s = cat(s, pick("Unlimited digital access: 99¢ for your first three months~" \
	    "All of Long Island, all in one place. Subscribe today.~You've reached your free article limit for this month.") "\n" \
	    pick("Subscribe now~Start now~See offers~Log in"))
	s = cat(s, top14("Most Popular~Top Stories~Latest Videos", "plain~num~under"))
	NAV = cat(s, pick(toupper(sec) "~" sec "~News\n" sec))
	w = rnd(4) == 0	# wire copy
	if (w) { who = pick("The Associated Press~Bloomberg News~Reuters"); by = "By " lk(who) }
	else {
		who = people14("Elise Varga~Rafael Ortiz-Bell~Carol Ansari~Matthew Dunleavy~Priya Raman~Sean Mahoney~Jillian Brock")
		by = "By " lk(who)
		if (one14(who) && rnd(2)) by = by "\n" email11(who, "newsday.com") pick("~\n" handle8(who))
	}
	k = rnd(3)
	if (k == 0) dl = "Updated " month[M] " " D ", " Y " " clock(h, mi, "AM", "PM")
	else if (k == 1) dl = "Updated " month[M] " " D ", " Y " " clock(H2, MI2, "AM", "PM") "\n" "Published " month[M] " " D ", " Y " " clock(h, mi, "AM", "PM")
	else dl = month[M] " " D ", " Y " " clock(h, mi, "AM", "PM")
	st = rnd(3) ? standfirst(gen14) : ""
	im = rnd(2) ? CP pick(caps14) ". Credit: " pick("AP/" pick("Seth Warrick~Julio Carranza~Mark Lindell") "~Newsday/" \
	    pick("J. Conrad Whitley~Howard Stamm~Linda Rossetti") "~Getty Images/AFP~Reuters/" pick("Brendan McGarry~Andrew Kealey")) : ""
	sh = rnd(2) ? some("Print~Share~Facebook~Twitter~Email~Comments", 2, 4) : ""
	HEAD = order("by dl sh st im~st by dl im sh~im st by dl", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("SIGN UP for breaking news alerts from Newsday.~Read more: " pick(heads14) "~" \
	    "LISTEN: The day's top stories from Long Island, in ten minutes"), 2 + rnd(3))
	s = ""
	if (!w && rnd(3) == 0) s = "With " pick("Nicole Farrand~Bart Jenner~Zachary Dowling~the Associated Press")
	if (!w && one14(who) && rnd(3) == 0)
		s = cat(s, "By " who "\n" who " covers " pick("national politics~breaking news~world affairs~public safety~transportation") " for Newsday.")
	if (rnd(2)) s = cat(s, HD pick("Top Stories~More News~Latest News") "\n" rel14(heads14, 2, 4, 4, "ap", 0))
	if (rnd(3) == 0) s = cat(s, "Can't find the story you wanted?\nSearch Newsday")
	s = cat(s, some("Terms of service~Subscription terms~Your ad choices~Cookie settings~Privacy policy~About us~Contact Newsday~" \
	    "Reprint requests~Careers~Advertise with Newsday~Help", 3, 7))
	FOOT = cat(s, "© " Y " Newsday. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10("E")); TAGX = ""
}

function hearst14(title,    s, who, by, dl, st, sh, im, h, mi, k, paper, dom, city, n, mail) {
	h = 5 + rnd(18); mi = rnd(60); later9(h, mi)
	if (rnd(3)) { paper = "Houston Chronicle"; dom = "www.houstonchronicle.com"; city = "Houston"; mail = "chron.com" }
	else { paper = "San Antonio Express-News"; dom = "www.expressnews.com"; city = "San Antonio"; mail = "express-news.net" }
	site7(pick(" - " paper "~~ | " paper), dom, "/news/nation-world/world/article/" slug7(title) "-" (13510000 + rnd(900000)) ".php")
	s = some(paper "~Subscribe~Sign In~Search~Menu~e-Edition~Newsletters~Account", 2, 5)
	s = cat(s, some("Local~Texas~Politics~Business~Sports~Entertainment~Food~Life~Opinion~Obituaries~Weather~Nation & World~" \
	    "Real Estate~Jobs~Investigations~Education~Health", 5, 11))
	if (rnd(2)) s = cat(s, temp14(city, 38, 98, "F"))
	s = cat(s, bar14("BREAKING~Breaking News~LIVE UPDATES", 5))
	s = cat(s, top14("Most Popular~Trending~Editor's Picks", "plain~num"))
	NAV = cat(s, pick("NATION & WORLD~Nation & World~World~News"))
	k = rnd(4)
	if (k == 0) { who = people14("Jake Dyer~Renata Alvarez~Bryce Holloway~Dana Nguyen~Lisette Moreno~Caleb Whitt"); by = "By " lk(who) pick(", Staff writer~~, Staff writers") }
	else if (k == 1) { who = pick("Associated Press~Bloomberg~The Washington Post~The New York Times"); by = "By " lk(who) }
	else { who = pick("Amir Sayegh~Holly Brandt~Pedro Quintana~Sandra Lowe"); by = "By " lk(toupper(who)) ", Associated Press" }
	k = rnd(4)
	if (k <= 1) dl = pick("Updated~Published") " " ptclock(h, mi, ":", " am", " pm") " " usz10("C") ", " dayname[W + 1] ", " month[M] " " D ", " Y
	else if (k == 2) dl = ap[M] " " D ", " Y pick("~\nUpdated: " ap[M] " " D ", " Y " " aptime10(H2, MI2))
	else dl = "Published " ap[M] " " D ", " Y " " aptime10(h, mi)
	st = rnd(3) ? standfirst(gen14) : ""
	if (rnd(2)) {
		n = 2 + rnd(8)
		im = pick("~Image 1 of " n "\n~1of" n "\n") CP pick(caps14) ". Photo: " \
		    pick("Godfrey Reyes / Staff photographer~Marie D. Delgado / Staff photographer~" pick(credits14)) pick("~\nBuy photo")
	} else im = ""
	sh = rnd(2) ? some("Facebook~Twitter~Email~Comments~Print", 2, 4) : ""
	HEAD = order("by dl im st sh~st by dl sh im~im by dl st", st, by, dl, sh, im)
	if (rnd(4) == 0) insert("ADVERTISEMENT\nArticle continues below this ad", 2 + rnd(3))
	s = ""
	if (one14(who) && who !~ /Press|Post|Times|Bloomberg/ && rnd(2))
		s = who " is a " pick("reporter~staff writer~business reporter~breaking news reporter") " at the " paper ". Email: " email11(who, mail)
	if (rnd(2)) s = cat(s, HD pick("Most Popular~Top Stories") "\n" numbered(headlines(heads14, 3, 5)))
	if (rnd(2)) s = cat(s, HD "Recommended\n" rel14(heads14, 2, 3, 6, "ap", 0))
	s = cat(s, some("About~Our Company~Careers~Advertising~Ad Choices~Contact Us~Terms of Use~Privacy Notice~Your Privacy Rights~" \
	    "Interest Based Ads~Newsroom Policies", 3, 7))
	FOOT = cat(s, "HEARST newspapers\n© " Y " Hearst Communications, Inc.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10("C")); TAGX = ""
}

function inquirer14(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 5 + rnd(18); mi = rnd(60)
	site7(pick(" - Philadelphia Inquirer~~ | Philadelphia Inquirer"), "www.inquirer.com", "/news/nation-world/" slug7(title) "-" Y d2(M) d2(D) ".html")
	s = some("The Philadelphia Inquirer~Subscribe~Log In~Search~Menu~e-Edition~Newsletters~Sections", 2, 5)
	s = cat(s, some("News~Sports~Business~Opinion~Politics~Entertainment~Life~Food~Health~Real Estate~Obituaries~Education~" \
	    "Crime~Nation & World~Eagles~Sixers~Phillies~Flyers~Jobs", 5, 12))
	if (rnd(3) == 0) s = cat(s, "Philadelphia " (15 + rnd(75)) "°F")
	if (rnd(4) == 0) s = cat(s, pick("Your support makes our reporting possible. Get a digital subscription.~" \
	    "You have 2 free stories left. Subscribe for unlimited access.") "\n" pick("Subscribe~Log In~See offers"))
	s = cat(s, top14("Most Read~Latest~The Morning Newsletter", "plain~num"))
	NAV = cat(s, pick("NATION & WORLD~Nation & World~News~NEWS\nNation & World"))
	if (rnd(3)) who = people14("Jonah Lister~Anna Orlov~Chris Pellegrino~Ellie Rushmore~Oona Gadsden~Sean Collier")
	else who = pick("The Associated Press~Bloomberg~The Washington Post")
	k = rnd(3)
	if (k == 0) by = "by " lk(who) ", Updated: " month[M] " " D ", " Y "- " clock(h, mi, "AM", "PM")
	else if (k == 1) by = "by " lk(who) pick("~, Staff Writer~, For The Inquirer") "\nPosted: " month[M] " " D ", " Y " - " clock(h, mi, "AM", "PM")
	else by = "by " lk(who) "\nPublished " abbr[M] " " D ", " Y
	dl = ""
	st = rnd(3) ? standfirst(gen14) : ""
	im = rnd(2) ? CP pick(caps14) ". " pick(toupper(pick("Tyrone Wilkes~Heather Kalani~Elizabeth Rourke")) " / Staff Photographer~" \
	    "(AP Photo/" pick("Matt Rowan~Jacqueline Lamb~Evan Vickers") ")~" pick(credits14)) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Comments~Gift this article", 2, 4) : ""
	HEAD = order("st by im sh~by st im sh~im st by", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("READ MORE: " pick(heads14), 2 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = "Published " abbr[M] " " D ", " Y
	if (rnd(3) == 0) s = cat(s, "Staff writer " pick("Max Marlow~Vinny Vitale~Layla A. Jonas") " contributed to this article.")
	TAGX = some(tags14, 2, 4)
	if (rnd(2)) s = cat(s, HD "Read more\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("We Recommend~More from Nation & World~Trending") "\n" headlines(heads14, 2, 4))
	if (rnd(3) == 0) s = cat(s, "We want to hear from you. Send your questions and tips to our newsroom.")
	s = cat(s, some("About Us~Advertise~Contact Us~Licensing & Permissions~Photo Reprints~Newspapers in Education~Jobs & Internships~" \
	    "Terms of Use~Privacy Policy~Cancel Subscription", 3, 7))
	FOOT = cat(s, "© " Y " The Philadelphia Inquirer, LLC")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10("E"))
}

function advance14(title,    s, who, by, dl, st, sh, im, h, mi, k, a, paper, tz, cr) {
	h = 5 + rnd(18); mi = rnd(60); later9(h, mi)
	split(pick("The Oregonian/OregonLive|www.oregonlive.com|P|Portland~cleveland.com|www.cleveland.com|E|Cleveland~" \
	    "NJ.com|www.nj.com|E|Newark~al.com|www.al.com|C|Birmingham~MLive.com|www.mlive.com|E|Grand Rapids"), a, "|")
	paper = a[1]; tz = a[3]
	site7(pick(" - " paper "~~ | " paper), a[2], "/nation-world/" Y "/" d2(M) "/" slug7(title) ".html")
	s = some(paper "~Subscribe~Sign in~Search~Menu~Newsletters~Jobs", 2, 5)
	s = cat(s, some("News~Politics~Sports~Business~Entertainment~Food~Life~Opinion~Weather~Traffic~Crime~Education~Obituaries~" \
	    "Nation & World~Real Estate~Outdoors~Autos", 5, 11))
	if (rnd(2)) s = cat(s, temp14(a[4], 20, 95, "F"))
	s = cat(s, bar14("Breaking~BREAKING NEWS", 5))
	s = cat(s, top14("Most Read~Latest News~Top Stories", "plain~num"))
	NAV = cat(s, pick("Nation & World~NATION & WORLD~News"))
	k = rnd(4)
	if (k == 0) { who = pick("The Associated Press~The Washington Post~Tribune News Service"); by = "By " lk(who) }
	else {
		who = people14("Molly Hartigan~Jim Rowe~Courtenay Bryce~Wendell Hays~Nina Kowalski~Trevor Pratt")
		cr = paper == "The Oregonian/OregonLive" ? "The Oregonian/OregonLive" : paper
		by = "By " lk(who) pick(" | " cr "~, " cr)
	}
	k = rnd(4)
	if (k == 0) {
		if (rnd(5) == 0) later13(1, 3); else shift(0)	# now and then updated on a later day
		dl = "Updated " abbr[SM] " " d2(SD) ", " SY "; Posted " abbr[M] " " d2(D) ", " Y
	} else if (k == 1) dl = "Posted " abbr[M] " " D ", " Y
	else if (k == 2) dl = "Published: " ap[M] " " d2(D) ", " Y ", " aptime10(h, mi)
	else dl = "Updated: " ap[M] " " d2(D) ", " Y ", " aptime10(H2, MI2) "\nPublished: " ap[M] " " d2(D) ", " Y ", " aptime10(h, mi)
	st = rnd(3) ? standfirst(gen14) : ""
	im = rnd(2) ? CP pick(caps14) pick(". ~\n") pick("AP Photo/" pick("Don Rainer~Tony Dejarnette~Butch Dillard") "~" \
	    pick("Beth Nakano~John Kurtz~Joe Sanger") "/" paper "~" pick(credits14)) : ""
	sh = rnd(2) ? some("Facebook Share~Twitter Share~Email~Comments~Print", 2, 4) : ""
	if (sh != "" && rnd(2)) sh = sh "\n" (3 + rnd(400)) " shares"
	HEAD = order("by dl sh st im~st by dl im sh~im by dl st sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Our journalism needs your support. Subscribe today to " paper ".~" \
	    "Read more: " pick(heads14)), 2 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = "If you purchase a product or register for an account through a link on our site, we may receive compensation."
	if (rnd(2)) s = cat(s, pick("View Comments (" (1 + rnd(150)) ")~Comments (" (1 + rnd(150)) ")~Join the discussion"))
	if (rnd(2)) s = cat(s, HD pick("Related Stories~More Nation & World~Trending") "\n" rel14(heads14, 2, 4, 5, "adv", 0))
	s = cat(s, "Signing up for or using any part of this site means you agree to our User Agreement and our Privacy Policy " \
	    "(updated " pick("1/1/" Y "~5/25/2018~12/19/2018") ").")
	if (rnd(2)) s = cat(s, "Material on this site may not be copied, distributed, sent or otherwise used without the prior written " \
	    "permission of Advance Local.")
	s = cat(s, some("About Us~Contact Us~Advertise~Jobs~Sitemap~Privacy Policy~Cookie Settings~Community Rules~Ad Choices", 3, 6))
	FOOT = cat(s, "© " Y " Advance Local Media LLC. All rights reserved (About Us).")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10(tz)); TAGX = ""
}

function tampa14(title,    s, who, by, dl, st, sh, im, h, mi, k, role, w) {
	h = 5 + rnd(18); mi = rnd(60)
	site7(pick(" - Tampa Bay Times~~ | Tampa Bay Times"), "www.tampabay.com", "/news/world/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
	s = some("Tampa Bay Times~Subscribe~Log In~Search~Menu~e-Newspaper~Newsletters~Donate", 2, 5)
	s = cat(s, some("Local News~Florida Politics~Hurricane~Sports~Bucs~Lightning~Rays~Things to Do~Food~Opinion~Business~" \
	    "Real Estate~Investigations~Obituaries~Weather~World~Nation~Health~Education", 5, 12))
	if (rnd(3) == 0) s = cat(s, temp14(pick("Tampa~St. Petersburg~Clearwater~Brandon"), 55, 95, "F"))
	s = cat(s, bar14("BREAKING~Breaking News~Latest", 5))
	s = cat(s, top14("Popular~Latest Headlines~Top Stories", "plain~num~under"))
	NAV = cat(s, pick("WORLD~World~NATION~Nation\nWorld"))
	w = rnd(4) == 0	# wire copy
	if (w) { who = pick("Associated Press~Washington Post~New York Times"); by = "By " lk(who) }
	else {
		who = people14("Zachary Samuels~Romy Ellison~Kirby Walton~Lane DeGraff~Dan Sullavan~Natalie Weber~Luis Santos")
		role = one14(who) ? pick("Times staff writer~Times Staff Writer~Times Correspondent~Times Washington Bureau") : "Times staff writers"
		by = "By " lk(who) "\n" role
	}
	k = rnd(3)
	if (k == 0) dl = "Published " ap[M] " " D ", " Y pick("~|Updated " ap[M] " " D ", " Y "~ | Updated " ap[M] " " D ", " Y)
	else if (k == 1) dl = dayname[W + 1] ", " month[M] " " D ", " Y " " clk(h, mi)
	else dl = "Published " ap[M] " " D ", " Y " at " aptime10(h, mi)
	st = rnd(3) ? standfirst(gen14) : ""
	im = rnd(2) ? CP pick(caps14) ". [ " pick("MARTHA ASTORGA~DOUGLAS R. CLIFTON~DIRK SHADOX~AP~Times (2018)~ASSOCIATED PRESS") " | " \
	    pick("Times~AP~Reuters~Times") " ]" : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print~Comments", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im st by dl", st, by, dl, sh, im)
	s = ""
	if (!w && rnd(3) == 0) s = "Times staff writer " pick("Tracey McMillan~Josh Salomon~Kathryn Vance") " contributed to this report."
	if (!w && one14(who) && rnd(2)) s = cat(s, "Contact " who " at " email11(who, "tampabay.com") pick("~. Follow " handle8(who) "."))
	if (rnd(2)) s = cat(s, pick("Up next:~What to read next:") "\n" pick(heads14))
	if (rnd(2)) s = cat(s, HD pick("More World~Popular Stories~Related") "\n" rel14(heads14, 2, 4, 5, "ap", 4))
	if (rnd(3) == 0) s = cat(s, "Local journalism needs your help. Subscribe or donate to keep it going.\n" pick("Subscribe~Donate"))
	s = cat(s, some("About Us~Contact Us~Careers~Advertise~Privacy Policy~Terms of Use~Standards of Accuracy~Manage Subscription~Corrections", 3, 7))
	FOOT = cat(s, "© " Y " Tampa Bay Times | All Rights Reserved")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10("E")); TAGX = ""
}

function ajc14(title,    s, who, by, dl, st, sh, im, h, mi, k, w) {
	h = 5 + rnd(18); mi = rnd(60)
	site7(pick(" - The Atlanta Journal-Constitution~~ | AJC"), "www.ajc.com", "/news/world/" slug7(title) "/" hex7(22) "/")
	s = some("AJC~ajc.com~Subscribe~Sign In~Search~Menu~ePaper~Newsletters", 2, 5)
	s = cat(s, some("News~Politics~Atlanta News~Georgia News~Sports~Falcons~Braves~Hawks~UGA~Georgia Tech~Business~Things to Do~" \
	    "Life~Opinion~Obituaries~Weather~Traffic~Nation & World~Investigations", 5, 12))
	if (rnd(2)) s = cat(s, temp14("Atlanta", 30, 96, "F"))
	if (rnd(4) == 0) s = cat(s, "Traffic\n" pick("Crash blocks lanes on I-285 near Ashford Dunwoody~Downtown Connector slow after stalled truck~" \
	    "GA 400 southbound backed up to the Perimeter"))
	s = cat(s, bar14("BREAKING~Breaking News~JUST IN", 5))
	s = cat(s, top14("Most Popular~Top Stories~The Latest", "plain~num"))
	NAV = cat(s, pick("NATION & WORLD~Nation & World~NEWS~News\nWorld"))
	w = k = rnd(4)
	if (k == 0) { who = pick("Marcus Eady~Ashley Pruitt~Lena Dawkins~Wes Thornton~Gina Hartsfield"); by = "By " lk(who) ", The Atlanta Journal-Constitution" }
	else if (k == 1) { who = people14("Marcus Eady~Ashley Pruitt~Lena Dawkins~Wes Thornton~Gina Hartsfield"); by = "By " lk(who) }
	else if (k == 2) { who = pick("Ivan Petrenko~Sara Mahmoud~Leo Barreto"); by = "By " lk(toupper(who)) " Associated Press" }
	else { who = "AJC Staff"; by = "By " lk(who) }
	k = rnd(3)
	if (k <= 1) dl = "Posted: " ptclock(h, mi, ":", " a.m.", " p.m.") " " dayname[W + 1] ", " month[M] " " d2(D) ", " Y
	else dl = abbr[M] " " D ", " Y
	if (rnd(3) == 0) dl = dl "\nFiled in " pick("World~Nation~Politics~News")
	st = rnd(3) ? standfirst(gen14) : ""
	im = rnd(2) ? CP pick(caps14) ". " pick("(AP Photo/" pick("John Bazell~Mike Stuart~David Goldring") ")~" \
	    "Photo: " pick("Hyun Shinn~Alyssa Pointe~Bob Andrus") "/AJC~Contributed~" pick(credits14)) : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Comments~Save", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = "Reader Comments " (rnd(90))
	if (w <= 1 && one14(who) && rnd(2))
		s = cat(s, "About the Author\n" who "\n" who " covers " pick("breaking news~state politics~public safety~the region's economy") \
		    " for The Atlanta Journal-Constitution.")
	if (rnd(2)) s = cat(s, HD pick("Next Up in World~Editors' Picks~More Stories") "\n" rel14(heads14, 2, 4, 5, "cox", 0))
	s = cat(s, some("About~Help Center~Contact Us~Careers~Archive~Privacy Policy~Terms of Use~Ad Choices~Your Privacy Choices", 3, 7))
	FOOT = cat(s, "© " Y " The Atlanta Journal-Constitution. All Rights Reserved. Using this site means you accept our Visitor " \
	    "Agreement and Privacy Policy; see Ad Choices for how ads are picked for you.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10("E")); TAGX = ""
}

function irishnews14(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = rnd(2) ? 1 : 6 + rnd(17); mi = h == 1 ? 0 : rnd(60); later9(h, mi)	# 01:00, as print stories are stamped
	site7(pick(" - The Irish News~~ | The Irish News"), "www.irishnews.com", "/news/worldnews/" Y "/" d2(M) "/" d2(D) "/news/" \
	    slug7(title) "-" (1520000 + rnd(90000)) "/")
	s = some("The Irish News~Subscribe~Log in~Register~Search~Menu~Digital Edition~Puzzles", 2, 5)
	s = cat(s, some("News~Northern Ireland~Politics~UK~Republic of Ireland~World~Business~Sport~GAA~Soccer~Opinion~Lifestyle~" \
	    "Arts~Jobs~Death Notices~Education~Health", 5, 11))
	if (rnd(3) == 0) s = cat(s, "Belfast " (rnd(4) ? "" : "-") (1 + rnd(18)) "°C")
	s = cat(s, bar14("Breaking~BREAKING", 6))
	s = cat(s, top14("Most Read~Latest News~Editor's Choice", "plain~num"))
	NAV = cat(s, pick("World news~WORLD~News\nWorld news"))
	if (rnd(3)) {
		who = pick("Aislinn Mulholland~Declan Hanvey~Bronagh Carville~Ruairi McKenna~Padraig Ferran~Claire Lavery")
		by = lk(who) pick("~\n" pick("Political Correspondent~Security Correspondent~Reporter~Health Correspondent"))
	} else { who = pick("Press Association~Agence France-Presse~Associated Press"); by = lk(who) }
	k = rnd(3)
	if (k == 0) dl = d2(D) " " month[M] ", " Y " " hm(h, mi)
	else if (k == 1) dl = d2(D) " " month[M] ", " Y " " hm(h, mi) pick("~\nUpdated: " hm(H2, MI2))
	else dl = abbr[M] " " D " " Y " - " clk(h, mi)
	st = rnd(3) ? standfirst(gen14) : ""
	im = rnd(2) ? CP pick(caps14) ". " pick("Picture by " pick("Mal McCart~Hugh Russel-Kerr~Ann McMorrow") "~Picture: PA~Picture: AP~Picture: Getty") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Comments", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im~im by dl st sh", st, by, dl, sh, im)
	s = ""
	if (rnd(4) == 0) wall11("Premium\nThis story is for subscribers.\n" pick("Subscribe for £1 a week for three months~Already a subscriber? Log in"), 2 + rnd(2))
	TAGX = some(tags14, 2, 4)
	if (rnd(2)) s = cat(s, HD "Tags\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("More from The Irish News~You may also like~World news") "\n" rel14(heads14, 2, 4, 6, "irn", 0))
	if (rnd(2)) s = cat(s, HD "Most Read\n" numbered(headlines(heads14, 3, 5)))
	s = cat(s, some("Contact us~Advertising~Privacy & Cookies~Terms of Use~Archive~Digital Edition~Death Notices~Syndication", 3, 6))
	FOOT = cat(s, "© " Y " The Irish News Ltd. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, ukdst(Y, M, D) ? "+01:00" : "+00:00")
}

function deccan14(title,    s, who, by, dl, st, sh, im, h, mi, k, city, up) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	site7(pick(" | Deccan Herald~~ - Deccan Herald"), "www.deccanherald.com", "/international/" slug7(title) "-" (710000 + rnd(90000)) ".html")
	s = some("Deccan Herald~DH~ePaper~Subscribe~Sign in~Search~Menu~Prajavani", 2, 5)
	s = cat(s, some("Bengaluru~Karnataka~India~World~Business~Sports~Opinion~Entertainment~Science~Environment~Metrolife~Specials~" \
	    "Videos~DH Deciphers~Cricket~Elections", 5, 11))
	if (rnd(3) == 0) s = cat(s, tick14("SENSEX", 35200, 36600) "\n" tick14("NIFTY", 10500, 10990))
	if (rnd(3) == 0) s = cat(s, "Bengaluru\n" (17 + rnd(16)) "°C")
	s = cat(s, top14("Trending~Latest News~Top Stories", "plain~num~under"))
	NAV = cat(s, pick("World~International~WORLD NEWS~World\nAsia"))
	who = pick("DHNS~PTI~Reuters~AFP~AP~IANS~DH Web Desk~Kiran Shetty~Meera Bhat~Nikhil Rao~Divya Kulkarni")
	city = pick("Bengaluru~New Delhi~Washington~London~Beijing~Islamabad~Colombo~Dubai~Geneva~Mumbai")
	up = " | UPDATED: " toupper(abbr[M]) " " d2(D) " " Y ", " hm(H2, MI2) " IST"
	k = rnd(3)
	if (k == 0) { by = ""; dl = lk(who) ", " city ", " toupper(abbr[M]) " " d2(D) " " Y ", " hm(h, mi) " IST" pick("~" up) }
	else if (k == 1) { by = lk(who) ", " city; dl = abbr[M] " " d2(D) " " Y ", " hm(h, mi) (h < 12 ? "am" : "pm") " ist" }
	else { by = lk(who); dl = "Last Updated " d2(D) " " month[M] " " Y ", " hm(h, mi) " IST" pick("~\n" (1 + rnd(9)) " hours ago") }
	st = rnd(3) ? standfirst(gen14) : ""
	im = rnd(2) ? CP pick(pick(caps14) ". Credit: " pick("PTI Photo~Reuters Photo~AFP Photo~DH Photo~Twitter/@" host7(pick(names14))) \
	    "~Representative image. Credit: iStock Photo~Representative image. Credit: Reuters") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Telegram~Email~Follow us", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Also read: ~Also Read | ") pick(heads14), 2 + rnd(3))
	s = ""
	TAGX = some(tags14, 2, 5)
	if (rnd(2)) s = HD "Follow us on\n" some("Facebook~Twitter~Instagram~YouTube~Telegram", 3, 5)
	if (rnd(2)) s = cat(s, HD pick("Related stories~Latest Stories~What's Brewing") "\n" rel14(heads14, 2, 4, 4, "dh", 0))
	if (rnd(2)) s = cat(s, "Get the day's top stories in your inbox every morning.\nSign up")
	s = cat(s, some("About Us~Contact Us~Advertise~Careers~Privacy Policy~Terms of Service~Grievance Redressal~Archives", 3, 6))
	FOOT = cat(s, "Copyright " Y " The Printers (Mysore) Private Ltd.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+05:30")
}

function bstd14(title,    s, who, by, dl, st, sh, im, h, mi, city, k, t) {
	h = 6 + rnd(16); mi = rnd(60); later9(h, mi)
	city = pick("New Delhi~Mumbai~Washington~London~Beijing~Singapore~Dubai~Geneva~Tokyo~Kolkata")
	st = rnd(3) ? standfirst(gen14) : ""
	if (rnd(3)) {	# Business Standard
		site7(pick(" | Business Standard News~~ - Business Standard"), "www.business-standard.com", \
		    "/article/international/" slug7(title) "-1" substr(Y, 3, 2) d2(M) d2(D) "0" (1000 + rnd(8999)) "_1.html")
		s = some("Business Standard~Subscribe~Sign In~Search~Menu~ePaper~Hindi~Portfolio", 2, 5)
		s = cat(s, some("Home~Markets~Companies~Opinion~Economy & Policy~Finance~Technology~Politics~Current Affairs~International~" \
		    "PF~Specials~Budget~Videos~Podcast", 5, 11))
		if (rnd(2)) s = cat(s, tick14("SENSEX", 35200, 36600) "\n" tick14("NIFTY", 10500, 10990))
		s = cat(s, top14("Most Read~Top Stories~Editor's Pick", "plain~num"))
		NAV = cat(s, pick("International~Current Affairs~News\nInternational"))
		who = pick("Press Trust of India~Reuters~Bloomberg~IANS~BS Reporter~Agencies~Nayantara Rai~Aditi Khanna~Rahul Verma~Shreya Jai")
		by = lk(who) "  |  " city
		dl = "Last Updated at " month[M] " " D ", " Y " " hm(H2, MI2) " IST"
		if (rnd(2)) { by = by "  " dl; dl = "" }
		im = rnd(2) ? CP pick(pick(caps14) ". Photo: " pick("Reuters~PTI~Bloomberg~ANI") "~Representative image~Photo: Shutterstock") : ""
		sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~WhatsApp~Email~Comments", 2, 4) : ""
		HEAD = order("st by dl im sh~by dl st im sh~im st by dl", st, by, dl, sh, im)
		s = ""
		if (rnd(2)) s = "First Published: " substr(dayname[W + 1], 1, 3) ", " month[M] " " d2(D) " " Y ". " hm(h, mi) " IST"
		TAGX = some(tags14, 2, 4)
		if (rnd(2)) { s = cat(s, "Topics :"); t = TAGX; gsub(LI, "", t); gsub(/\n/, " | ", t); s = cat(s, t) }
		if (rnd(2)) s = cat(s, "Business Standard is now on Telegram. For insightful reports and views on business, markets and politics, follow us.")
		if (rnd(3) == 0) s = cat(s, "Dear Reader,\nOur journalism depends on readers like you. A subscription keeps us independent and " \
		    "lets us go on bringing you news, data and analysis that matter.\nSubscribe to Business Standard")
		if (rnd(2)) s = cat(s, HD pick("Read More~Related News~More From International") "\n" rel14(heads14, 2, 4, 5, "long0", 0))
		s = cat(s, some("About Us~Contact Us~Terms & Conditions~Privacy Policy~Disclaimer~Investor Communication~Sitemap~Careers", 3, 6))
		FOOT = cat(s, "Copyright © " Y " Business Standard Private Ltd. All rights reserved")
	} else {	# the Economic Times
		site7(pick(" - The Economic Times~~ | ET"), "economictimes.indiatimes.com", \
		    "/news/international/world-news/" slug7(title) "/articleshow/" (67370000 + rnd(900000)) ".cms")
		s = some("The Economic Times~ET Prime~Subscribe~Sign In~Search~Menu~ePaper~Hindi~Markets Data", 2, 5)
		s = cat(s, some("Home~ETPrime~Markets~News~Industry~Rise~Politics~Wealth~Mutual Funds~Tech~Jobs~Opinion~NRI~Panache~ET TV~" \
		    "Spotlight", 5, 11))
		if (rnd(2)) s = cat(s, tick14("Sensex", 35200, 36600) "\n" tick14("Nifty 50", 10500, 10990) "\nGold\n" "31," (200 + rnd(700)) ".00")
		s = cat(s, top14("Trending Now~Most Read~Top Stories", "plain~num~under"))
		NAV = cat(s, pick("World News~News\nInternational~INTERNATIONAL"))
		who = pick("ET Bureau~PTI~Reuters~AFP~Agencies~Bloomberg~ET Online~Krishna Menon~Sanjana Bhalla~Aditya Kaul")
		by = "By " lk(who)
		dl = "Updated: " abbr[M] " " d2(D) ", " Y ", " clock0(H2, MI2, "AM", "PM") " IST"
		if (rnd(2)) { by = by " | " dl; dl = "" }
		im = rnd(2) ? CP pick(pick(caps14) "~Representative image") pick("~ (Image: " pick("Reuters~AFP~Agencies~Getty Images") ")") : ""
		sh = rnd(2) ? some("Share~Font Size~Abc~Small~Normal~Large~Save~Print~Comment", 2, 4) : ""
		HEAD = order("st by dl im sh~by dl st im sh~im st by dl", st, by, dl, sh, im)
		s = ""
		if (who ~ /PTI|Reuters|AFP|Agencies|Bloomberg/ && rnd(2))
			s = "(This story has not been edited by ET staff and is published straight from a wire agency's feed.)"
		TAGX = some(tags14, 2, 4)
		if (rnd(2)) s = cat(s, "Read more news on\n" TAGX)
		if (rnd(2)) s = cat(s, "(Catch all the Business News, Breaking News and Latest News Updates on The Economic Times.)")
		if (rnd(2)) s = cat(s, HD pick("Related~More from World~In Case You Missed It") "\n" headlines(heads14, 2, 4))
		s = cat(s, some("About Us~Contact Us~Advertise with Us~Terms of Use & Grievance Redressal~Privacy Policy~Newsletter~Sitemap", 3, 6))
		FOOT = cat(s, "Copyright © " Y " Bennett, Coleman & Co. Ltd. All rights reserved.")
	}
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+05:30")
}

function qatar14(title,    s, who, by, dl, st, sh, im, h, mi, k, city) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen14) : ""
	city = pick("Doha~Paris~Geneva~Washington~London~Beirut~Cairo~Ankara~New York~Riyadh")
	if (rnd(2)) {	# Gulf Times
		site7(pick(" - Gulf Times~~ | Gulf Times"), "www.gulf-times.com", "/story/" (618000 + rnd(9000)) "/" slug7(title))
		s = some("Gulf Times~Qatar's top-selling English daily~العربية~Subscribe~Search~Menu~E-Paper", 2, 5)
		s = cat(s, some("Qatar~Business~Region~World~Sport~Football~Opinion~Health~Technology~Arts & Culture~Community~Classified~" \
		    "Supplements~Videos", 5, 10))
		if (rnd(2)) s = cat(s, "Doha\n" (17 + rnd(25)) "°C")
		if (rnd(3) == 0) s = cat(s, tick14("QE Index", 10100, 10800))
		s = cat(s, top14("Most Read~Latest~Top Stories", "plain~num"))
		NAV = cat(s, pick("World~Region~Qatar~World\nAmericas~World\nEurope"))
		who = pick("AFP~Reuters~QNA~AP~Bloomberg~DPA~Ayesha Karim~Joseph Varghese~Reem Haddad")
		by = lk(who) "/" city
		k = rnd(3)
		if (k == 0) dl = month[M] " " d2(D) " " Y " " clock0(h, mi, "AM", "PM")
		else if (k == 1) dl = dayname[W + 1] ", " month[M] " " d2(D) ", " Y
		else dl = month[M] " " d2(D) " " Y " " clock0(h, mi, "AM", "PM") "\nLast updated: " month[M] " " d2(D) " " Y " " clock0(H2, MI2, "AM", "PM")
		im = rnd(2) ? CP pick(caps14) ". " pick("AFP~Reuters~AP~QNA~Gulf Times photo~File picture") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related Story~Also read~More in World") "\n" rel14(heads14, 2, 3, 5, "long0", 0)
		if (rnd(2)) s = cat(s, HD "Most Popular\n" headlines(heads14, 3, 5))
		s = cat(s, some("About Us~Contact Us~Advertise~Subscription~Terms & Conditions~Privacy Policy~Archive", 3, 6))
		FOOT = cat(s, "© Gulf Times " Y ". All rights reserved. Gulf Publishing and Printing Company.")
	} else {	# the Peninsula
		site7(pick(" - The Peninsula Qatar~~ | The Peninsula"), "www.thepeninsulaqatar.com", "/article/" d2(D) "/" d2(M) "/" Y "/" slug7(title))
		s = some("The Peninsula~Qatar's Daily Newspaper~Subscribe~Search~Menu~E-Paper~Arabic", 2, 5)
		s = cat(s, some("Qatar~Business~Middle East~International~Sports~Opinion~Lifestyle~Technology~Videos~Photos~Education~Health", 5, 10))
		if (rnd(2)) s = cat(s, "Doha " (17 + rnd(25)) "°C")
		s = cat(s, top14("Trending~Latest News~Most Viewed", "plain~num"))
		NAV = cat(s, pick("International~Middle East~INTERNATIONAL"))
		who = pick("The Peninsula~QNA~AFP~Reuters~AP~Sanaullah Ataullah~Mohamed Osman~Huda Nasser")
		by = lk(who) pick("~ | " city)
		dl = "Published: " d2(D) " " abbr[M] " " Y " - " clk(h, mi) pick("~ | Last Updated: " d2(D) " " abbr[M] " " Y " - " clk(H2, MI2))
		im = rnd(2) ? CP pick(caps14) ". " pick("(AFP / " pick("Karim Jaber~Sabri Hassoun") ")~(Reuters)~Pic: File~(QNA)") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related News~You may also like~Latest") "\n" rel14(heads14, 2, 4, 4, "dm", 0)
		s = cat(s, some("About Us~Contact Us~Advertise~Careers~Terms of Use~Privacy Policy~RSS", 3, 6))
		FOOT = cat(s, "© The Peninsula. All Rights Reserved " Y)
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~LinkedIn~Email~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st im by dl sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+03:00"); TAGX = ""
}

function israel14(title,    s, who, by, dl, st, sh, im, h, mi, off) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	off = ukdst(Y, M, D) ? "+03:00" : "+02:00"	# Israel's zones, near enough
	st = rnd(3) ? standfirst(gen14) : ""
	if (rnd(2) && (D > 12 || D == M)) {	# Ynetnews: "01.14.19", month first, only where it can be read no other way
		site7(pick(" - Ynetnews~~ | Ynetnews"), "www.ynetnews.com", "/articles/0,7340,L-" (5440000 + rnd(90000)) ",00.html")
		s = some("ynetnews~ynet~Hebrew~Calcalist~Search~Menu~Newsletter", 2, 5)
		s = cat(s, some("News~Israel News~Opinion~Jewish World~Middle East~World News~Health & Science~Culture~Tech & Business~Travel~" \
		    "Magazine~Video~Photo", 5, 10))
		s = cat(s, bar14("Breaking~Red Alert~Latest", 6))
		s = cat(s, top14("Most Read~Latest~Recommended", "plain~num"))
		NAV = cat(s, pick("World News~Middle East~News\nWorld News"))
		who = pick("Associated Press~Reuters~AFP~Ynet~Itai Sharoni~Noa Ben-Ami~Avi Ohayon~Dana Levin~Associated Press and Ynet")
		dl = "Published: " d2(M) "." d2(D) "." d2(Y % 100) " , " hm(h, mi)
		by = lk(who) "|" dl; dl = ""
		im = rnd(2) ? CP pick(caps14) "\n" pick("Photo: " pick("AP~Reuters~AFP~EPA~Getty Images") "~Photo: Yaron Barak~Archive photo: Reuters") : ""
		s = ""
		if (rnd(2)) s = "Follow Ynetnews on Facebook and Twitter for the latest from Israel and the region."
		if (rnd(2)) s = cat(s, HD pick("More stories~Related stories~Latest News") "\n" headlines(heads14, 2, 4))
		s = cat(s, some("About~Contact us~Advertise~Privacy Policy~Terms of Use~Accessibility", 3, 5))
		FOOT = cat(s, "Ynetnews | All rights reserved to Yedioth Internet " Y)
	} else {	# i24NEWS
		site7(pick(" - i24NEWS~~ | i24NEWS"), "www.i24news.tv", "/en/news/international/" (190000 + rnd(9999)) "-" substr(Y, 3, 2) d2(M) d2(D) "-" slug7(title))
		s = some("i24NEWS~Live~English~Français~العربية~Search~Menu~Watch", 2, 5)
		s = cat(s, some("News~Israel~Middle East~International~Economy~Tech~Culture~Sport~Opinions~Programs~Videos", 5, 9))
		s = cat(s, bar14("BREAKING~Flash~Live", 6))
		s = cat(s, top14("Most viewed~Latest~In focus", "plain~num~under"))
		NAV = cat(s, pick("International~INTERNATIONAL~Middle East"))
		who = pick("i24NEWS~i24NEWS with AFP~i24NEWS with agencies~AFP~Reuters")
		by = lk(who)
		dl = month[M] " " ord(D) " " Y " | " clock0(h, mi, "AM", "PM") pick("~\n" (2 + rnd(5)) " min read")
		im = rnd(2) ? CP pick(caps14) " " pick("(AFP)~(AP)~(Reuters)~(Credit: AFP)") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related~Read more~You may also like") "\n" rel14(heads14, 2, 4, 5, "ap", 0)
		if (rnd(2)) s = cat(s, "Watch i24NEWS live, around the clock, in English, French and Arabic.")
		s = cat(s, some("About~Contact~Careers~Terms~Privacy~Cookies", 3, 5))
		FOOT = cat(s, "© " Y " i24NEWS")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Telegram~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off); TAGX = ""
}

function brussels14(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 6 + rnd(17); mi = rnd(60)
	site7(pick(" | The Brussels Times~~ - The Brussels Times"), "www.brusselstimes.com", "/news/world/" (52000 + rnd(9000)) "/" slug7(title))
	s = some("The Brussels Times~Belgium's leading English-language news~Magazine~Subscribe~Log in~Search~Menu", 2, 5)
	s = cat(s, some("Belgium~Brussels~EU Affairs~World~Business~Politics~Opinion~Culture~Lifestyle~Sport~Jobs~Events~Newsletter", 5, 10))
	if (rnd(3) == 0) s = cat(s, "Brussels " (rnd(4) ? "" : "-") (1 + rnd(25)) "°C")
	s = cat(s, top14("Latest news~Most read~Trending", "plain~num~under"))
	NAV = cat(s, pick("World~WORLD~News\nWorld~EU Affairs"))
	k = rnd(3)
	if (k == 0) { who = pick("The Brussels Times~The Brussels Times with Belga~Belga"); by = lk(who) }
	else { who = pick("Lauren Walsh~Maite Coppens~Helen Lyle~Jules Janssens~Gabriela Galvez~Orla Hurst"); by = "By " lk(who) }
	k = rnd(3)
	if (k == 1 && !(D > 12 || D == M)) k = 0	# the numbers alone only where no other reading is possible
	if (k == 0) dl = dayname[W + 1] ", " d2(D) " " month[M] " " Y
	else if (k == 1) dl = d2(D) "." d2(M) "." Y " | " hm(h, mi)
	else dl = dayname[W + 1] " " D " " month[M] " " Y " " hm(h, mi) " " eutz("CEST", "CET")
	st = rnd(3) ? standfirst(gen14) : ""
	im = rnd(2) ? CP pick(caps14) ". " pick("Credit: Belga~Credit: Belga/" pick("Nicolas Maertens~Eric Lambrecht") "~© Belga~Credit: Pixabay~Credit: EU") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (who ~ /Belga/ && rnd(2)) sign11(" (Belga)")
	s = ""
	if (rnd(2)) s = "Get the Brussels Times morning briefing in your inbox, Monday to Friday.\n" pick("Sign up~Subscribe")
	if (rnd(2)) s = cat(s, HD pick("Related news~More world news~Latest") "\n" rel14(heads14, 2, 4, 4, "ukday", 0))
	if (rnd(3) == 0) s = cat(s, "Support independent English-language journalism in Belgium. Become a member.")
	s = cat(s, some("About us~Contact~Advertise~Jobs~Privacy~Cookie policy~Terms~Newsletter", 3, 6))
	FOOT = cat(s, "© The Brussels Times " Y)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+02:00", "+01:00")); TAGX = ""
}

function bq14(title,    s, who, by, dl, st, sh, im, h, mi, k, city, ed) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	site7(pick(" - BloombergQuint~~ | BloombergQuint"), "www.bloombergquint.com", "/global-economics/" slug7(title))
	s = some("BloombergQuint~BQ~Subscribe~Sign In~Search~Menu~Watchlist~Hindi", 2, 5)
	s = cat(s, some("Markets~Business~Economy & Finance~Politics~Opinion~Technology~Mutual Funds~Personal Finance~Law & Policy~" \
	    "Global Economics~Videos~Podcasts~Earnings", 5, 10))
	if (rnd(2)) s = cat(s, tick14("SENSEX", 35200, 36600) "\n" tick14("NIFTY 50", 10500, 10990) "\nUSD/INR\n" (69 + rnd(3)) "." d2(rnd(100)))
	s = cat(s, top14("Latest~Trending~Must Read", "plain~under"))
	NAV = cat(s, pick("Global Economics~Politics~Markets~Business"))
	city = pick("Washington~London~Hong Kong~Tokyo~Singapore~Brussels~Frankfurt~Beijing~New York~Istanbul")
	who = people14("Ana Monteiro~Kartik Iyer~Jenny Holm~Tom Brice~Sun Wei~Mehmet Aydin~Claudia Rossi")
	ed = pick("Brendan Walsh~Alicia Diaz~Simon Kent~Rebecca Moss")
	k = rnd(3)
	if (k == 0) { by = "Bloomberg"; dl = abbr[M] " " d2(D) " " Y ", " clock(h, mi, "AM", "PM") }
	else if (k == 1) { by = lk(who) ", Bloomberg"; dl = abbr[M] " " d2(D) " " Y ", " clock(h, mi, "AM", "PM") "\n" (1 + rnd(9)) " hours ago" }
	else { by = lk(who); dl = "Published On\n" abbr[M] " " d2(D) " " Y ", " clock(h, mi, "AM", "PM") " IST\nLast Updated\n" abbr[M] " " d2(D) " " Y ", " \
	    clock(H2, MI2, "AM", "PM") " IST" }
	st = rnd(3) ? standfirst(gen14) : ""
	if (rnd(4)) lead11("(Bloomberg) -- ")
	if (one14(who) && rnd(2)) {
		wire12("To contact the reporter on this story: " who " in " city " at " email11(who, "bloomberg.net"))
		wire12("To contact the editors responsible for this story: " ed " at " email11(ed, "bloomberg.net"))
	}
	if (rnd(2)) wire12("©" Y " Bloomberg L.P.")
	im = rnd(2) ? CP pick(caps14) ". (Photographer: " pick("Dhiraj Sethi~Karen Dacey~Qilin Shao~Kiyoshi Oda") "/Bloomberg)" : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~WhatsApp~Email~Bookmark", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = HD pick("Read more~Also read~More from Global Economics") "\n" rel14(heads14, 2, 4, 3, "abbr", 0)
	if (rnd(2)) s = cat(s, "Get daily updates from BloombergQuint on Telegram and WhatsApp.")
	s = cat(s, some("About Us~Contact Us~Careers~Privacy Policy~Terms of Use~Grievance Redressal~Sitemap", 3, 6))
	FOOT = cat(s, "Copyright © " Y " Quintillion Business Media Pvt. Ltd. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+05:30"); TAGX = ""
}

function mw14(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 6 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen14) : ""
	if (rnd(3)) {	# MarketWatch
		site7(pick(" - MarketWatch~~ | MarketWatch"), "www.marketwatch.com", "/story/" slug7(title) "-" Y "-" d2(M) "-" d2(D))
		s = some("MarketWatch~Subscribe~Sign In~Search~Menu~Watchlist~Alerts", 2, 5)
		s = cat(s, some("Latest News~Markets~Investing~Personal Finance~Retirement~Economy & Politics~Real Estate~Barron's~Watchlist~" \
		    "Opinion~Video~Podcasts~Tools", 5, 10))
		if (rnd(2)) s = cat(s, tick14("DJIA", 22600, 24600) "\n" tick14("S&P 500", 2440, 2620) "\n" tick14("Nasdaq", 6400, 7100))
		s = cat(s, bar14("Breaking News~Market Snapshot~THE MARGIN", 5))
		s = cat(s, top14("Most Popular~Latest News~Partner Center", "plain~num"))
		NAV = cat(s, pick("Economy & Politics~Markets~ECONOMY & POLITICS~Economy & Politics\nWorld"))
		who = people14("Greg Robins~Jeffrey Bartok~Victor Rekis~Joy Wilder~Sunny Ohm~Mark DeCamp~Andrea Ricard")
		by = "By " lk(who)
		k = rnd(3)
		if (k == 0) dl = "Published: " ap[M] " " D ", " Y " at " aptime10(h, mi) " ET"
		else if (k == 1) dl = "Last Updated: " ap[M] " " D ", " Y " at " aptime10(H2, MI2) " ET\nFirst Published: " ap[M] " " D ", " Y " at " aptime10(h, mi) " ET"
		else dl = "Published: " ap[M] " " D ", " Y " at " aptime10(h, mi) " ET" pick("~\n" (1 + rnd(80)) " comments")
		im = rnd(2) ? CP pick(caps14) ". " pick("Getty Images~Associated Press~Reuters~Bloomberg News~AFP/Getty Images") : ""
		sh = rnd(2) ? some("Share~Reprint~Print~Comments~Facebook~Twitter~LinkedIn", 2, 4) : ""
		s = ""
		if (one14(who) && rnd(2)) s = lk(who) " is a reporter for MarketWatch in " pick("Washington~New York~San Francisco~London") "."
		if (rnd(2)) s = cat(s, HD pick("Most Popular~Read Next~Economic Report") "\n" headlines(heads14, 2, 4))
		if (rnd(2)) s = cat(s, "Intraday quotes are delayed at least 15 minutes; market data is supplied by third parties under license.")
		s = cat(s, some("Copyright Policy~Code of Conduct~Corrections~Advertising Media Kit~Your Ad Choices~Privacy Notice~Cookie Notice~" \
		    "Terms of Use~Help", 3, 6))
		FOOT = cat(s, "Copyright © " Y " MarketWatch, Inc. All rights reserved.")
	} else {	# Nasdaq.com
		site7(pick(" | Nasdaq~~ - Nasdaq.com"), "www.nasdaq.com", "/article/" slug7(title) "-" Y d2(M) d2(D) "-0" (1000 + rnd(8999)))
		s = some("Nasdaq~Nasdaq.com~Sign In~Search~Menu~Market Activity~Quotes", 2, 5)
		s = cat(s, some("Markets~Stocks~Options~ETFs~Mutual Funds~Commodities~Currencies~Cryptocurrency~News & Insights~Earnings~" \
		    "IPOs~Dividends~Economic Calendar", 5, 10))
		if (rnd(2)) s = cat(s, tick14("NASDAQ", 6400, 7100) "\n" tick14("DJIA", 22600, 24600))
		s = cat(s, top14("Latest News~Trending~Editor's Picks", "plain~under"))
		NAV = cat(s, pick("News & Insights~Markets~World Markets"))
		who = pick("RTTNews~Reuters~Zacks Equity Research~Dow Jones~Tobias Grant~Helen Marchetti")
		by = lk(who)
		k = rnd(2)
		if (k == 0) dl = month[M] " " d2(D) ", " Y " " clock0(h, mi, "AM", "PM") " " usz10("E")
		else dl = abbr[M] " " d2(D) ", " Y " " ptclock(h, mi, ":", "AM", "PM") " " usz10("E")
		if (rnd(2)) { by = "Published " dl "\nBy " by; dl = "" }
		im = rnd(2) ? CP pick(caps14) ". Credit: " pick("Shutterstock photo~Reuters~Getty Images~Nasdaq") : ""
		sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~Email", 2, 4) : ""
		s = ""
		if (rnd(2)) s = "The views and opinions expressed in this article are the author's own and not necessarily those of Nasdaq, Inc."
		if (rnd(2)) s = cat(s, HD pick("More Related Articles~Latest Markets Videos~Trending") "\n" rel14(heads14, 2, 4, 3, "abbr", 0))
		s = cat(s, some("About~Careers~Contact~Privacy Statement~Terms of Use~Accessibility~Site Map", 3, 6))
		FOOT = cat(s, "© " Y ", Nasdaq, Inc. All Rights Reserved.")
	}
	HEAD = order("st by dl im sh~by dl sh st im~im st by dl", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10("E")); TAGX = ""
}

function punch14(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 6 + rnd(17); mi = rnd(60)
	site7(pick(" - Punch Newspapers~~ | Punch Newspapers"), "punchng.com", "/" slug7(title) "/")
	s = some("Punch Newspapers~The Most Widely Read Newspaper~Subscribe~Search~Menu~E-Paper", 2, 5)
	s = cat(s, some("News~Politics~Metro Plus~Business~Sports~Entertainment~Opinion~Editorial~Columnists~Features~Education~" \
	    "Healthwise~Africa~World~Interview", 5, 11))
	if (rnd(3) == 0) s = cat(s, "Naira\n$1 = N" (360 + rnd(6)) "\n£1 = N" (455 + rnd(20)))
	s = cat(s, bar14("BREAKING NEWS~Breaking~LATEST", 5))
	s = cat(s, top14("Top News~Latest News~Most Read", "plain~num~under"))
	NAV = cat(s, pick("World~News~WORLD NEWS~Africa"))
	who = pick("Agency Reporter~AFP~Punch Newspapers~Ade Olaniyan~Chioma Eze~Tunde Bakare~Folasade Adeyemi~Ifeanyi Nwosu")
	by = rnd(2) ? lk(who) : "By " lk(who)
	k = rnd(3)
	if (k == 0) dl = "Published " D " " month[M] " " Y
	else if (k == 1) dl = month[M] " " D ", " Y "\n" clk(h, mi)
	else dl = "Published " month[M] " " D ", " Y
	st = rnd(4) ? "" : standfirst(gen14)
	im = rnd(2) ? CP pick(pick(caps14) "~File photo~File: " pick(caps14) "~" pick(caps14) ". Photo: AFP~" pick(caps14) ". Photo: Twitter") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Telegram", 2, 4) : ""
	HEAD = order("by dl st im sh~st im by dl sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("READ ALSO: ~ALSO READ: ") toupper(pick(heads14)), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Kindly share this story:\n" some("Facebook~Twitter~WhatsApp~LinkedIn~Email", 2, 5)
	if (rnd(2)) s = cat(s, "All rights reserved. No part of this material may be copied, published, broadcast or rewritten, in whole or in " \
	    "part, without the written permission of PUNCH.\nContact: theeditor@punchng.com")
	if (rnd(2)) s = cat(s, HD pick("Latest News~Related News~More from World") "\n" rel14(heads14, 2, 4, 3, "punch", 0))
	s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms~Careers", 3, 5))
	FOOT = cat(s, "© " Y " Punch Nigeria Limited")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+01:00"); TAGX = ""
}

function waus14(title,    s, who, by, dl, st, sh, im, h, mi, k, off) {
	h = 6 + rnd(17); mi = rnd(60)
	st = rnd(3) ? standfirst(gen14) : ""
	if (rnd(2)) {	# the West Australian
		off = "+08:00"
		site7(pick(" | The West Australian~~ - The West"), "thewest.com.au", "/news/world/" slug7(title) "-ng-b8" (10000000 + rnd(900000)))
		s = some("The West Australian~Subscribe~Log in~Search~Menu~Digital Edition~Puzzles", 2, 5)
		s = cat(s, some("News~WA~Politics~Business~Sport~AFL~Entertainment~Lifestyle~Opinion~Regional~Perth~World~Australia~Travel~" \
		    "Video", 5, 11))
		if (rnd(2)) s = cat(s, "Perth\n" (12 + rnd(30)) "°\n" pick("Sunny~Mostly sunny~Shower or two~Windy~Clear"))
		s = cat(s, top14("Trending~Latest~Top Stories", "plain~num~under"))
		NAV = cat(s, pick("World~WORLD~News\nWorld~Australia"))
		who = pick("AAP~Reuters~AP~Bloomberg~The New York Times~Kate Emerson~Dylan Capper~Lisa Priestley~Joel Kilroy")
		by = lk(who) pick("~The West Australian~\nThe West Australian")
		if (who ~ /^[A-Z][A-Z]+$|Reuters|Bloomberg|Times/) by = lk(who)
		k = rnd(2)
		if (k == 0) dl = dayname[W + 1] ", " D " " month[M] " " Y " " ptclock(h, mi, ":", "AM", "PM")
		else dl = D " " month[M] " " Y " " ptclock(h, mi, ":", "AM", "PM") pick("~\nUpdated: " (1 + rnd(9)) " hours ago")
		im = rnd(2) ? CP "Camera Icon" pick(caps14) ". Credit: " pick("AAP~AP~Reuters~Getty Images~AFP~Supplied") : ""
		s = ""
		if (rnd(2)) s = "Get the latest news from thewest.com.au in your inbox.\nSign up for our emails"
		if (rnd(2)) s = cat(s, HD pick("Most Read~Latest World~Read Next") "\n" rel14(heads14, 2, 4, 4, "west", 0))
		s = cat(s, some("About Us~Contact Us~Advertise~Careers~Terms of Use~Privacy Policy~Editorial Complaints~Digital Edition", 3, 6))
		FOOT = cat(s, "© West Australian Newspapers Limited " Y)
	} else {	# the Otago Daily Times
		off = nztz() == "NZDT" ? "+13:00" : "+12:00"
		site7(pick(" | Otago Daily Times Online News~~ - ODT"), "www.odt.co.nz", "/news/world/" slug7(title))
		s = some("Otago Daily Times~ODT~Subscribe~Log in~Search~Menu~Star News", 2, 5)
		s = cat(s, some("News~Dunedin~Queenstown~Central Otago~Business~Sport~Opinion~Life & Style~Entertainment~National~World~Obituaries~" \
		    "Weather~Rural Life", 5, 11))
		if (rnd(2)) s = cat(s, "Dunedin " (4 + rnd(22)) "°C")
		s = cat(s, top14("Most Popular~Latest~Editor's Picks", "plain~num"))
		NAV = cat(s, pick("World~News\nWorld~WORLD"))
		who = pick("Reuters~AP~AFP~NZME~Eleanor Grieve~Hamish McLean~Tess Pearce~Rangi Walker")
		by = rnd(2) ? "By " lk(who) : lk(who)
		k = rnd(3)
		if (k == 0) dl = substr(dayname[W + 1], 1, 3) ", " D " " abbr[M] " " Y
		else if (k == 1) dl = substr(dayname[W + 1], 1, 3) ", " D " " abbr[M] " " Y " - " clk(h, mi)
		else dl = dayname[W + 1] ", " D " " month[M] " " Y
		im = rnd(2) ? CP pick(caps14) ". Photo: " pick("Reuters~Getty Images~AP~ODT files~Gerard O'Byrne") : ""
		s = ""
		if (rnd(2)) s = "Support the Otago Daily Times: independent journalism from the south."
		if (rnd(2)) s = cat(s, HD pick("Latest World~Popular~More news") "\n" headlines(heads14, 2, 4))
		s = cat(s, some("About~Contact~Advertise~Subscriptions~Privacy~Terms~Complaints", 3, 5))
		FOOT = cat(s, "© Allied Press Limited " Y ". All rights reserved.")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off); TAGX = ""
}

function consent14(    k) {	# a consent, meter or newsletter prompt
	k = rnd(3)
	if (k == 0)
		return ask("Your privacy matters to us~About cookies on this site~Manage your cookie settings~Before you read on",
		    "We and " (60 + rnd(800)) " partners use cookies and similar tools to run this site, measure how it is used, " \
		    "remember your settings and show ads that pay for our reporting.~" \
		    "Pick \"Accept all\" to allow everything, or \"Settings\" to choose which purposes and partners you agree to. " \
		    "You can change your mind from the link at the bottom of every page.~" \
		    "Necessary cookies cannot be switched off. Anything else is your call.",
		    "Accept all~Settings~Reject all~Necessary only~List of partners~Save and close", 4)
	if (k == 1)
		return pick("You have read " (2 + rnd(8)) " of your " (10 + rnd(3)) " free articles this month.~" \
		    "This is your last free article.~Register for free to keep reading.") "\n" pick("Subscribe~Register~Log in~Keep reading")
	return pick("Get the morning headlines in your inbox.~Sign up for breaking news alerts.~Want the day's biggest stories by email?") \
	    "\n" pick("Email address~Enter your email") "\n" pick("Sign up~Subscribe~No thanks")
}

function fourteenA(title, k) {
	if (k == 0) newsday14(title)
	else if (k == 1) hearst14(title)
	else if (k == 2) inquirer14(title)
	else if (k == 3) advance14(title)
	else if (k == 4) tampa14(title)
	else if (k == 5) ajc14(title)
	else if (k == 6) irishnews14(title)
	else deccan14(title)
}
function fourteenB(title, k) {
	if (k == 0) bstd14(title)
	else if (k == 1) qatar14(title)
	else if (k == 2) israel14(title)
	else if (k == 3) brussels14(title)
	else if (k == 4) bq14(title)
	else if (k == 5) mw14(title)
	else if (k == 6) punch14(title)
	else waus14(title)
}
function fourteen(title,    k) {	# variant 14: one of its sites, now and then an ad line and a banner, NAV filled
	TS = ""; DOM = ""; URL = ""; BYN = ""; DLX = ""; ISOT = ""; TAGX = ""
	k = rnd(16)
	if (k < 8) fourteenA(title, k); else fourteenB(title, k - 8)
	if (rnd(6) == 0) NAV = cat(NAV, pick("Advertisement~ADVERTISEMENT~Ad~Story continues below"))
	if (rnd(4) == 0) banner(consent14(), 3, 30)
	fit("Menu~Search~Sign in~Subscribe~Close~Skip to content~Back to top~Open navigation")
}

# Variant 14's layouts: variant 12's pages (lynx -dump with its numbered
# links, pandoc -t plain, and variant 9's layouts).
function layout14(title,    mode) {
	mode = rnd(7)
	if (mode == 0) return refs12(title)
	if (mode == 1) return stack(pan12(plain7(NAV, 0)), title, pan12(plain7(HEAD, 0)), wrapped("", 72), pan12(plain7(FOOT, 0)))
	return layout7(title, 0)
}

# Variant 15's sites, in 16 templates: the Las Vegas Review-Journal, the
# Honolulu Star-Advertiser, the Anchorage Daily News, the Indian Express,
# the Tribune (India), the Nation or the Express Tribune (Pakistan), Thai
# PBS World or Khaosod English, Tuoi Tre News, TODAY or Mothership
# (Singapore), 1News or Newshub (New Zealand), SBS News, the Guardian
# (Nigeria) or ThisDay, the Daily Monitor or New Vision (Uganda), TimesLIVE
# or SowetanLIVE, the Buenos Aires Herald or the Tico Times, and
# EUobserver, in words written fresh: ordinary scraped news pages, menus
# before the title and share and footer lines after the body.  Each sets
# NAV, HEAD and FOOT and what layout7 needs (TS, DOM, URL, BYN, DLX, ISOT,
# TAGX).  Every date before the body is the article's day, in the site's
# form and zone, but for what says it is something else: an update on a
# later day printed beside the first ("Updated: January 7, 2019" over
# "Published January 4, 2019", "— updated on ..."), a photo's own earlier
# day in its credit ("ASSOCIATED PRESS / JAN. 3"), relative times, the
# print edition's later day after the body ("Published in The Express
# Tribune, January 5th, 2019."), and other stories' days.  A day without
# its year ("Chandigarh, January 4") comes only beside one with it;
# numbers alone ("01/14/2019") only where no other reading is possible.

function top15(labels, forms,    s) {	# as top7, from variant 15's headlines
	s = above(labels, heads15, 5, forms, src15, "LIVE: ~WATCH: ~~~Opinion: ~")
	return s == "" ? "" : HD s
}
function bar15(labels, odds) {	# 1 in odds, a breaking-news bar: its label, another story's headline, now and then its age
	if (rnd(odds)) return ""
	return pick(labels) "\n" pick(heads15) pick("~~\n" (1 + rnd(55)) " min ago~\n" (1 + rnd(6)) " hours ago")
}
function people15(pool,    a, b, k) {	# one or two names from pool: "A", "A and B", "A & B"
	a = pick(pool); k = rnd(5)
	if (k < 3) return a
	b = pick(pool)
	if (b == a) return a
	return a (k == 3 ? " and " : " & ") b
}
function solo15(who) { return index(who, " and ") == 0 && index(who, " & ") == 0 }	# a single author
function email15(who, dom,    a, n) {	# "Rio Castellano" -> "rcastellano@dom"
	n = split(tolower(who), a, " ")
	return substr(a[1], 1, 1) a[n] "@" dom
}
function temp15(city, lo, hi, unit,    v) {	# weather: the city, the temperature, now and then the day's high and low
	v = lo + rnd(hi - lo + 1)
	return city "\n" v "°" unit (rnd(2) ? "\nH " (v + 2 + rnd(8)) "° L " (v - 3 - rnd(10)) "°" : "")
}
function tick15(name, lo, hi,    v) {	# a market ticker: name, level, an arrow and the change
	v = lo + rnd(hi - lo + 1)
	return name "\n" commas13(v) "." d2(rnd(100)) "\n" pick("▲~▼") " " rnd(300) "." d2(rnd(100))
}
function sig15(s) { BODY = BODY "\n" s }	# a line of its own after the last paragraph
function fmt15(style, y, m, d) {	# a day as variant 15's sites print it in their lists
	if (style == "rj") return month[m] " " d ", " y	# "January 3, 2019"
	if (style == "sa") return month[m] " " d2(d) ", " y	# "January 03, 2019"
	if (style == "nv") return ord(d) " " month[m] " " y	# "3rd January 2019"
	if (style == "za") return d2(d) " " month[m] " " y	# "03 January 2019"
	if (style == "euo") return d ". " abbr[m] " " y	# "3. Jan 2019"
	if (style == "tri") return abbr[m] " " d ", " y	# "Jan 3, 2019"
	if (style == "one") return dayname[wday(y, m, d) + 1] " " month[m] " " d2(d) ", " y	# "Thursday January 03, 2019"
	if (style == "dm") return dayname[wday(y, m, d) + 1] ", " month[m] " " d2(d) ", " y
	return fmt(style, y, m, d)
}
# other stories, each 1 to gap days before the one above, days in fmt15's
# styles; form 0 headline over day (list), 1 day over headline (list), 2
# "headline (day)", 4 headline over day, 5 day over headline (unmarked)
function rel15(pool, lo, hi, gap, style, form,    a, n, i, s, k, t, h) {
	n = split(some(pool, lo, hi), a, "\n")
	s = ""; k = 0
	for (i = 1; i <= n; i++) {
		k += 1 + rnd(gap)
		shift(-k)
		t = fmt15(style, SY, SM, SD)
		h = substr(a[i], 2)
		if (form == 1) s = cat(s, LI t "\n" LC h)
		else if (form == 2) s = cat(s, LI h " (" t ")")
		else if (form == 4) s = cat(s, h "\n" t)
		else if (form == 5) s = cat(s, t "\n" h)
		else s = cat(s, LI h "\n" LC t)
	}
	return s
}

function rj15(title,    s, who, by, dl, st, sh, im, h, mi, k, w, ph) {
	h = 5 + rnd(18); mi = rnd(60); later9(h, mi)
	site7(pick(" | Las Vegas Review-Journal~~ - Las Vegas Review-Journal"), "www.reviewjournal.com", \
	    "/news/nation-and-world/" slug7(title) "-" (1560000 + rnd(300000)) "/")
	s = some("Las Vegas Review-Journal~Subscribe~Log In~Search~Menu~e-Edition~Newsletters~Puzzles & Games", 2, 5)
	s = cat(s, some("News~Local Las Vegas~Crime~Politics and Government~Education~Nation and World~Sports~Raiders~Golden Knights~" \
	    "UNLV~Business~Casinos & Gaming~Entertainment~Shows~Food~Life~Opinion~Investigations~Homes~Obituaries", 5, 12))
	if (rnd(3) == 0) s = cat(s, temp15("Las Vegas, NV", 34, 108, "F"))
	s = cat(s, bar15("BREAKING~Breaking News~Traffic Alert", 5))
	if (rnd(4) == 0) s = cat(s, pick("Local news matters. Get unlimited digital access for 99 cents.~" \
	    "You have used your free stories for this month.~Subscribers read without limits.") "\n" pick("Subscribe~Log In~Get offer"))
	s = cat(s, top15("Most Popular~Latest News~Don't Miss", "plain~num~under"))
	NAV = cat(s, pick("Nation and World~NEWS~News\nNation and World~World"))
	w = rnd(4) == 0	# wire copy
	if (w) { who = pick("The Associated Press~The Washington Post~Bloomberg~Reuters"); by = pick("By " lk(who) "~" lk(who)) }
	else {
		who = people15("Rio Castellano~Brenna Kowal~Toby Marchetti~Selena Haight~Curtis Obi~Ivy Lindgren~Marco Delahunt")
		by = "By " lk(who) " Las Vegas Review-Journal"
	}
	k = rnd(3)
	if (k == 0) dl = month[M] " " D ", " Y " - " ptclock(h, mi, ":", " am", " pm")
	else if (k == 1) dl = month[M] " " D ", " Y " - " ptclock(h, mi, ":", " am", " pm") "\nUpdated " month[M] " " D ", " Y " - " \
	    ptclock(H2, MI2, ":", " am", " pm")
	else dl = "Updated " month[M] " " D ", " Y " - " ptclock(H2, MI2, ":", " am", " pm")
	st = rnd(3) ? standfirst(gen15) : ""
	if (rnd(2)) {
		ph = pick("Dana Whitcomb~Elan Reyes~Stuart Baines~Kim Orozco")
		im = CP pick(caps15) ". " pick("(" ph "/Las Vegas Review-Journal) " handle8(ph) "~(AP Photo/" pick("Joel Stratton~Rosa Cuellar") ")~" \
		    "(" pick(credits15) ")~(Review-Journal file)")
	} else im = ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print~Comments", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("RELATED~Read more") "\n" pick(heads15), 2 + rnd(3))
	s = ""
	if (!w && solo15(who) && rnd(2))
		s = "Contact " who " at " email15(who, "reviewjournal.com") " or 702-383-" (1000 + rnd(9000)) ". Follow " handle8(who) " on Twitter."
	if (!w && rnd(4) == 0) s = cat(s, "Review-Journal staff writer " pick("Gina Pratt~Leo Tamayo~Hal Burkett") " contributed to this report.")
	if (rnd(2)) s = cat(s, HD pick("Related~More Nation and World~Popular") "\n" rel15(heads15, 2, 4, 4, "rj", 0))
	if (rnd(3) == 0) s = cat(s, pick("Don't miss the big stories. Like us on Facebook.~Get the day's top headlines in your inbox each morning."))
	s = cat(s, some("About Us~Contact Us~Advertise~Careers~Privacy Policy~Terms of Service~Your Privacy Choices~Subscriber Services~" \
	    "Sitemap", 3, 6))
	FOOT = cat(s, "Copyright © " Y " Las Vegas Review-Journal, Inc.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10("P")); TAGX = ""
}

function sa15(title,    s, who, by, dl, st, sh, im, h, mi, k, c) {
	h = 5 + rnd(18); mi = rnd(60); later9(h, mi)
	site7(pick(" | Honolulu Star-Advertiser~~ - Honolulu Star-Advertiser"), "www.staradvertiser.com", \
	    "/" Y "/" d2(M) "/" d2(D) "/breaking-news/" slug7(title) "/")
	s = some("Honolulu Star-Advertiser~Subscribe~Log In~Search~Menu~E-Edition~Newsletters~Help", 2, 5)
	s = cat(s, some("Breaking News~Hawaii News~Top News~Business~Sports~Features~Editorial~Island Voices~Kokua Line~Travel~Crave~" \
	    "Obituaries~Kauai News~TV Listings~Weather~Surf Report~Videos~Photos", 5, 12))
	if (rnd(3) == 0) s = cat(s, temp15("Honolulu", 68, 89, "F"))
	if (rnd(4) == 0) s = cat(s, "Surf\n" pick("North Shore~South Shore~East Shore~West Shore") " " (1 + rnd(4)) "-" (5 + rnd(8)) " ft")
	s = cat(s, bar15("BREAKING NEWS~Breaking~Just In", 6))
	s = cat(s, top15("Top News~Most Read~Latest", "plain~num"))
	NAV = cat(s, pick("Breaking News~Top News~BREAKING NEWS~Top News\nWorld"))
	if (rnd(3) == 0) { who = pick("Associated Press~Reuters~The Washington Post~Bloomberg News~New York Times"); by = "By " lk(who) }
	else {
		who = pick("Associated Press~Koa Medeiros~Janelle Fukuda~Brent Akana~Mele Soriano~Dustin Kahale~Sheila Tamashiro")
		by = "By " lk(who)
		if (who != "Associated Press" && rnd(2)) by = by "\n" email15(who, "staradvertiser.com")
	}
	k = rnd(3)
	if (k == 0) dl = "Posted " month[M] " " d2(D) ", " Y
	else if (k == 1) dl = "Posted " month[M] " " d2(D) ", " Y "\nUpdated " month[M] " " d2(D) ", " Y " " aptime10(H2, MI2)
	else dl = "Posted " month[M] " " d2(D) ", " Y " " aptime10(h, mi) " HST"
	st = rnd(3) ? standfirst(gen15) : ""
	if (rnd(2)) {
		k = rnd(4)
		if (k == 0) { shift(-(1 + rnd(3))); c = "ASSOCIATED PRESS / " toupper(ap[SM]) " " SD }	# the photo's own, earlier day
		else if (k == 1) { c = pick("Cindy Nakagawa~George F. Lum~Dennis Oda"); c = toupper(c) " / " toupper(email15(c, "staradvertiser.com")) }
		else c = toupper(pick("Associated Press~Reuters~AFP~Getty Images~Star-Advertiser"))
		im = CP pick(caps15) ".\n" c
	} else im = ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print~Comments", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = "Joining the discussion means you accept the Star-Advertiser's Terms of Service. Keep comments civil and on topic.\n" \
	    pick("Show comments~Leave a comment~" (1 + rnd(60)) " Comments")
	if (rnd(2)) s = cat(s, HD pick("Top News~Breaking News~More News") "\n" rel15(heads15, 2, 4, 3, "sa", 0))
	if (rnd(3) == 0) s = cat(s, "Get the Star-Advertiser's morning headlines by email.\nSign up")
	s = cat(s, some("About Us~Contact Us~Advertise~Subscriber Services~Privacy Policy~Terms of Service~Archives~Digital Access", 3, 6))
	FOOT = cat(s, "© " Y " Honolulu Star-Advertiser. All rights reserved. Oahu Publications, Inc.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "-10:00"); TAGX = ""
}

function adn15(title,    s, who, by, dl, st, sh, im, h, mi, k, w) {
	h = 5 + rnd(18); mi = rnd(60)
	site7(pick(" - Anchorage Daily News~~ | Anchorage Daily News"), "www.adn.com", "/nation-world/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
	s = some("Anchorage Daily News~ADN~Subscribe~Sign in~Search~Menu~E-Edition~Newsletters", 2, 5)
	s = cat(s, some("Alaska News~Politics~Crime & Courts~Anchorage~Alaska Life~Outdoors/Adventure~Sports~Opinions~Business/Economy~Energy~" \
	    "Arts~Education~Nation/World~Weather~Obituaries~Podcasts~Events", 5, 11))
	if (rnd(2)) s = cat(s, temp15("Anchorage", -12, 66, "F"))
	s = cat(s, bar15("Breaking~BREAKING~Developing", 6))
	s = cat(s, top15("Most Read~Latest~Trending", "plain~num~under"))
	NAV = cat(s, pick("Nation/World~NATION/WORLD~Nation/World\nWorld"))
	w = rnd(4) == 0
	if (w) { who = pick("The Associated Press~The Washington Post~The New York Times~Los Angeles Times"); by = "Author: " lk(who) }
	else { who = people15("Ruthanne Kvale~Colby Sorensen~Mia Tulimak~Gareth Ruiz~Hanna Petrov~Doug Eneboe"); by = pick("Author: ~By ") lk(who) }
	k = rnd(4)
	if (k == 0) dl = "Updated: " month[M] " " D ", " Y "\nPublished " month[M] " " D ", " Y
	else if (k == 1) {
		if (rnd(3) == 0) shift(1 + rnd(3)); else shift(0)	# now and then updated on a later day
		dl = "Updated: " month[SM] " " SD ", " SY "\nPublished " month[M] " " D ", " Y
	} else if (k == 2) dl = "Published " month[M] " " D ", " Y
	else dl = "Updated: " month[M] " " D ", " Y " " aptime10(h, mi)
	if (rnd(2)) { by = by "\n" dl; dl = "" }
	st = rnd(3) ? standfirst(gen15) : ""
	im = rnd(2) ? CP pick(caps15) ". " pick("(" pick("Loren Holmes~Bill Roth~Marc Lester~Emily Mesner") " / ADN)~(AP Photo/" \
	    pick("Mark Thiessen~Lisa Dahl") ")~(" pick(credits15) ")~(Photo by " pick("Tess Arnold~Ron Kirk") ")") : ""
	sh = rnd(2) ? some("Facebook~Twitter~Email~Print~Comments~Share", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Related: ~Read more: ") pick(heads15), 2 + rnd(3))
	s = ""
	if (!w && solo15(who) && rnd(2))
		s = HD "About this Author\n" who "\n" who " " pick("covers~reports on") " " \
		    pick("breaking news~Alaska politics~the courts~fisheries and the environment~Anchorage city government") \
		    " for the Anchorage Daily News. Reach " pick("them~her~him") " at " email15(who, "adn.com") "."
	TAGX = some(tags15, 2, 4)
	if (rnd(2)) s = cat(s, HD "More on these topics\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("Most Read~Latest News~More from Nation/World") "\n" headlines(heads15, 2, 4))
	if (rnd(3) == 0) s = cat(s, "Want the day's Alaska news in your inbox? Sign up for our newsletters.")
	s = cat(s, some("About~Contact~Advertise~Subscriptions~Jobs~Privacy Policy~Terms of Use~Corrections~Send a tip", 3, 6))
	FOOT = cat(s, "© " Y " Anchorage Daily News. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usdst(Y, M, D) ? "-08:00" : "-09:00")
}

function ie15(title,    s, who, by, dl, st, sh, im, h, mi, k, city, t1, t2) {
	h = rnd(24); mi = rnd(60); later9(h, mi)
	t1 = h12(h) ":" d2(mi) ":" d2(rnd(60)) (h < 12 ? " am" : " pm")	# "6:12:34 pm"
	t2 = h12(H2) ":" d2(MI2) ":" d2(rnd(60)) (H2 < 12 ? " am" : " pm")
	city = pick("New Delhi~Mumbai~Washington~London~Beijing~Islamabad~Dhaka~Kathmandu~Dubai~Geneva~Moscow~Paris")
	site7(pick(" | The Indian Express~~ - The Indian Express"), "indianexpress.com", "/article/world/" slug7(title) "-" (5520000 + rnd(400000)) "/")
	s = some("The Indian Express~ePaper~Subscribe~Sign In~Search~Menu~हिंदी~தமிழ்~বাংলা~മലയാളം~Jobs", 2, 5)
	s = cat(s, some("Home~India~World~Cities~Opinion~Explained~Entertainment~Sports~Lifestyle~Technology~Education~Business~Trending~" \
	    "Photos~Videos~Audio~Research~Elections", 5, 12))
	if (rnd(3) == 0) s = cat(s, tick15("Sensex", 35000, 40500) "\n" tick15("Nifty", 10500, 12100))
	s = cat(s, top15("Trending~Must Read~Latest News", "plain~num~under"))
	NAV = cat(s, pick("World~World News~News\nWorld~WORLD"))
	who = pick("Express News Service~Express Web Desk~PTI~Reuters~AP~AFP~IANS~Shubhra Nair~Kabir Dhillon~Anjali Menon~Vikram Sood~Ritika Bose")
	k = rnd(4); dl = ""
	if (k == 0) by = pick("Written by ~By: ") lk(who) " | " city " | Updated: " month[M] " " D ", " Y " " t1
	else if (k == 1) by = pick("Written by ~By: ") lk(who) " | " city " | Published: " month[M] " " D ", " Y " " t1
	else if (k == 2) { by = pick("Written by ~By: ") lk(who) " | " city; dl = "Updated: " month[M] " " D ", " Y " " t1 }
	else { by = "By: " lk(who); dl = "Published: " month[M] " " D ", " Y " " t1 pick("~ | Updated: " month[M] " " D ", " Y " " t2) }
	st = rnd(3) ? standfirst(gen15) : ""
	im = rnd(2) ? CP pick(caps15) ". " pick("(Express Photo by " pick("Praveen Khanna~Tashi Tobgyal~Amit Mehra") ")~(Reuters)~(AP Photo)~" \
	    "(Source: AFP)~(Representational Image)~(File)") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Reddit~Email~Print", 2, 4) : ""
	HEAD = order("st by dl im sh~by dl st im sh~st im by dl", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Also Read | ~Advertisement\n") pick(heads15), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Download the Indian Express app for the latest world news and updates."
	TAGX = some(tags15, 2, 5)
	if (rnd(2)) s = cat(s, HD "Tags:\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("Best of Express~Must Read~More from World") "\n" rel15(heads15, 2, 4, 4, "rj", 0))
	s = cat(s, some("About Us~Contact Us~Advertise With Us~Careers~Privacy Policy~Terms of Use~Sitemap~Newsletter", 3, 6))
	FOOT = cat(s, "© " Y " The Indian Express [P] Ltd. All Rights Reserved")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+05:30")
}

function tribune15(title,    s, who, by, dl, st, sh, im, h, mi, k, city) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	site7(pick(" : The Tribune India~~ | The Tribune"), "www.tribuneindia.com", "/news/world/" slug7(title) "-" (710000 + rnd(90000)) ".html")
	s = some("The Tribune~Since 1881~Subscribe~Log in~Search~Menu~ePaper~Hindi~Punjabi", 2, 5)
	s = cat(s, some("Home~Punjab~Haryana~Himachal~J&K~Chandigarh~Delhi~Nation~World~Business~Sports~Entertainment~Opinion~Features~" \
	    "Lifestyle~Jobs & Careers~Health~Science & Technology~Photos~Videos", 5, 12))
	if (rnd(3) == 0) s = cat(s, "Chandigarh\n" (5 + rnd(34)) "°C")
	s = cat(s, top15("Top Stories~Trending~Editor's Pick", "plain~num"))
	NAV = cat(s, pick("World~WORLD~Nation\nWorld"))
	who = pick("Tribune News Service~PTI~Reuters~AFP~IANS~AP~Ashwini Sekhon~Harpreet Gill~Rajeev Kaushal~Nandita Rao")
	city = pick("Chandigarh~New Delhi~Washington~London~Islamabad~Beijing~Kabul~Amritsar~Shimla~Dubai")
	by = lk(who)
	k = rnd(3)
	if (k == 0) dl = "Posted at: " abbr[M] " " D ", " Y ", " clock(h, mi, "AM", "PM") "; last updated: " abbr[M] " " D ", " Y ", " \
	    clock(H2, MI2, "AM", "PM") " (IST)"
	else if (k == 1) dl = "Updated At: " abbr[M] " " d2(D) ", " Y " " clock0(h, mi, "AM", "PM") " (IST)"
	else dl = "Posted at: " abbr[M] " " D ", " Y ", " clock(h, mi, "AM", "PM") " (IST)"
	st = rnd(3) ? standfirst(gen15) : ""
	if (rnd(2)) insert(city ", " month[M] " " D, 0)	# the place and day, no year, a line of its own over the story
	im = rnd(2) ? CP pick(pick(caps15) ". — " pick("PTI~Reuters~AFP~Tribune photo: " pick("Vicky Gharu~Manoj Mahajan~Pradeep Tewari")) "~" \
	    "Photo for representational purpose only.~" pick(caps15) ". — File photo") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im st by dl", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = HD pick("Top News~Most Read Stories~Related") "\n" rel15(heads15, 2, 4, 3, "tri", 0)
	if (rnd(3) == 0) s = cat(s, "Follow The Tribune on Facebook, Twitter and Instagram for the latest updates.")
	s = cat(s, some("About Us~Contact Us~Advertise~Subscribe~Careers~Privacy Policy~Terms & Conditions~Disclaimer", 3, 6))
	FOOT = cat(s, "© " Y " The Tribune Trust, Chandigarh. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+05:30"); TAGX = ""
}

function pk15(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 6 + rnd(17); mi = rnd(60)
	st = rnd(3) ? standfirst(gen15) : ""
	if (rnd(2)) {	# the Nation
		site7(pick(" | The Nation~~ - The Nation"), "nation.com.pk", "/" d2(D) "-" abbr[M] "-" Y "/" slug7(title))
		s = some("The Nation~Subscribe~E-Paper~Search~Menu~Newsletter", 2, 5)
		s = cat(s, some("Home~Latest~Pakistan~Politics~Business~World~Sports~Entertainment~Editorials~Columns~Letters~Lahore~Karachi~" \
		    "Islamabad~Videos~Opinion", 5, 11))
		if (rnd(3) == 0) s = cat(s, tick15("KSE-100", 33000, 41000))
		s = cat(s, top15("Latest~Most Popular~Top Stories", "plain~num"))
		NAV = cat(s, pick("World~International~WORLD"))
		who = pick("Our Staff Reporter~Agencies~AFP~Reuters~APP~Monitoring Desk~Amna Rashid~Bilal Qureshi~Saad Mirza")
		by = lk(who)
		if (rnd(2)) dl = clock0(h, mi, "AM", "PM") " | " month[M] " " d2(D) ", " Y
		else dl = month[M] " " d2(D) ", " Y
		im = rnd(2) ? CP pick(caps15) pick(" - File photo~ - Photo: AFP~ - Online~ - Reuters") : ""
		s = ""
		if (rnd(2)) s = HD pick("More from World~Related~Latest") "\n" rel15(heads15, 2, 4, 3, "sa", 0)
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms~E-Paper~Archives", 3, 5))
		FOOT = cat(s, "Copyright © " Y " The Nation. All rights reserved.")
	} else {	# the Express Tribune
		site7(pick(" | The Express Tribune~~ - The Express Tribune"), "tribune.com.pk", "/story/" (1880000 + rnd(100000)) "/" slug7(title))
		s = some("The Express Tribune~Subscribe~E-Paper~Search~Menu~Urdu~Blogs", 2, 5)
		s = cat(s, some("Home~Pakistan~World~Business~Sports~Life & Style~Opinion~Technology~Magazine~Multimedia~Karachi~Lahore~" \
		    "Islamabad~Peshawar~Latest~Cartoons", 5, 11))
		if (rnd(3) == 0) s = cat(s, "Karachi " (12 + rnd(26)) "°C")
		s = cat(s, top15("Most Read~Latest~Trending", "plain~num~under"))
		NAV = cat(s, pick("World~WORLD~Pakistan~News\nWorld"))
		who = pick("AFP~Reuters~APP~News Desk~Our Correspondent~Web Desk~Anadolu Agency~Zara Hussain~Omer Farooq~Naila Inayat")
		by = lk(toupper(who))
		k = rnd(3)
		if (k == 0) dl = "PUBLISHED " toupper(month[M]) " " d2(D) ", " Y
		else if (k == 1) dl = "PUBLISHED " toupper(month[M]) " " d2(D) ", " Y "\nUPDATED " toupper(month[M]) " " d2(D) ", " Y " " \
		    clock0(h, mi, "AM", "PM")
		else { by = by " PUBLISHED " toupper(month[M]) " " d2(D) ", " Y; dl = "" }
		im = rnd(2) ? CP pick(pick(caps15) ". PHOTO: " pick("AFP~REUTERS~FILE~EXPRESS~ONLINE") "~PHOTO: " pick("AFP~REUTERS~FILE")) : ""
		s = ""
		if (rnd(3) == 0) { shift(1); s = "Published in The Express Tribune, " month[SM] " " ord(SD) ", " SY "." }	# the print edition's day
		if (rnd(2)) s = cat(s, "Follow World on Facebook and @etribune on Twitter for the latest updates.")
		if (rnd(2)) s = cat(s, HD pick("Related~More in World~Most Read") "\n" headlines(heads15, 2, 4))
		s = cat(s, some("About Us~Contact Us~Advertise~Careers~Privacy Policy~Terms of Use~Comment Policy", 3, 5))
		FOOT = cat(s, "© " Y " The Express Tribune.")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+05:00"); TAGX = ""
}

function thai15(title,    s, who, by, dl, st, sh, im, h, mi) {
	h = 6 + rnd(17); mi = rnd(60)
	st = rnd(3) ? standfirst(gen15) : ""
	if (rnd(2)) {	# Thai PBS World
		site7(pick(" | Thai PBS World~~ - Thai PBS World"), "www.thaipbsworld.com", "/" slug7(title) "/")
		s = some("Thai PBS World~Thai PBS~ไทย~Watch live~Search~Menu", 2, 5)
		s = cat(s, some("Home~Thailand~Politics~Business~Environment~Asean~World~Sport~Lifestyle~Feature~Opinion~Video~Podcast", 5, 10))
		if (rnd(3) == 0) s = cat(s, "Bangkok\n" (23 + rnd(14)) "°C\nPM2.5 " (15 + rnd(120)) " µg/m³")
		s = cat(s, top15("Latest~Most Viewed~Highlights", "plain~num"))
		NAV = cat(s, pick("World~Asean~Thailand~News\nWorld"))
		who = pick("Thai PBS World's General Desk~Thai PBS World's Political Desk~Thai PBS World's Business Desk~Reuters~AFP~" \
		    "Pichaya Rattanakul~Thanawat Srisuk")
		by = lk(who)
		if (rnd(2)) dl = D " " month[M] " " Y
		else dl = d2(D) " " abbr[M] " " Y " | " hm(h, mi)
		im = rnd(2) ? CP pick(caps15) ". " pick("(Photo: Thai PBS)~(Photo: Reuters)~(Photo: AFP)~(File photo)") : ""
		s = ""
		TAGX = some(tags15, 2, 4)
		if (rnd(2)) s = HD "Tags\n" TAGX
		if (rnd(2)) s = cat(s, HD pick("Related News~Read more~Latest") "\n" rel15(heads15, 2, 4, 4, "tri", 0))
		s = cat(s, some("About Us~Contact~Thai PBS~Privacy Policy~Terms of Use~Careers", 3, 5))
		FOOT = cat(s, "© Thai PBS World " Y)
	} else {	# Khaosod English
		site7(pick(" - Khaosod English~~ | Khaosod English"), "www.khaosodenglish.com", \
		    "/news/" pick("bangkok~politics~crimecourtscalamity~international~business") "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("Khaosod English~ข่าวสด~Support Us~Search~Menu~Newsletter", 2, 5)
		s = cat(s, some("News~Politics~Bangkok~Crime, Courts & Calamity~Business~Culture~Food~Opinion~Lifestyle~International~Video~" \
		    "Regional", 5, 10))
		s = cat(s, top15("Most Popular~Latest~Editor's Picks", "plain~num~under"))
		NAV = cat(s, pick("International~News~Politics~Regional"))
		who = pick("Khaosod English~Associated Press~Reuters~AFP~Chayanit Boonmee~Asaree Tangsuk~Tom Ellery")
		by = "By " lk(who) (who ~ /^(Chayanit|Asaree|Tom)/ ? pick("~, Staff Reporter") : "")
		dl = month[M] " " D ", " Y " " ptclock(h, mi, ":", " am", " pm")
		im = rnd(2) ? CP pick(caps15) ". Photo: " pick("Khaosod~Matichon~Associated Press~Reuters~" pick("Asaree Tangsuk~Tom Ellery") " / Khaosod English") : ""
		s = ""
		if (rnd(2)) s = HD "Related stories:\n" headlines(heads15, 2, 3)
		if (rnd(2)) s = cat(s, "Khaosod English is independent and reader-supported. Become a member today.")
		s = cat(s, some("About~Contact~Advertise~Privacy~Terms~Membership", 3, 5))
		FOOT = cat(s, "© " Y " Khaosod English. All rights reserved.")
		TAGX = ""
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~LINE~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+07:00")
}

function tuoitre15(title,    s, who, by, dl, st, sh, im, h, mi) {
	h = 6 + rnd(17); mi = rnd(60)
	site7(pick(" - Tuoi Tre News~~ | Tuoi Tre News"), "tuoitrenews.vn", \
	    "/news/" pick("politics~society~business~international") "/" Y d2(M) d2(D) "/" slug7(title) "/" (48000 + rnd(9000)) ".html")
	s = some("Tuoi Tre News~Tiếng Việt~Search~Menu~Newsletter~Contact", 2, 5)
	s = cat(s, some("Home~News~Politics~Society~Business~Education~Lifestyle~Travel~Food~Sports~Features~World~Expats~Photo~Video~" \
	    "Ho Chi Minh City~Hanoi", 5, 11))
	if (rnd(3) == 0) s = cat(s, "Ho Chi Minh City\n" (24 + rnd(12)) "°C")
	if (rnd(3) == 0) s = cat(s, tick15("VN-Index", 880, 1020))
	s = cat(s, top15("Most Read~Latest~Hot Topics", "plain~num"))
	NAV = cat(s, pick("News~World~International~News\nInternational"))
	who = pick("Tuoi Tre News~AFP~Reuters~Dong Nguyen~Thanh Hai~Minh Khoa~Ngoc Lan~Bao Anh")
	by = lk(who) (who ~ /Tuoi|AFP|Reuters/ ? "" : pick("~ / Tuoi Tre News"))
	if ((D > 12 || D == M) && rnd(2)) dl = "Updated : " d2(M) "/" d2(D) "/" Y " " hm(h, mi) " GMT + 7"	# month first, where it reads only so
	else dl = "Updated : " dayname[W + 1] ", " month[M] " " d2(D) ", " Y " " hm(h, mi) " GMT+7"
	st = rnd(3) ? standfirst(gen15) : ""
	im = rnd(2) ? CP pick(caps15) ". Photo: " pick("Tuoi Tre~" pick("Quang Dinh~Ngoc Phuong") " / Tuoi Tre~AFP~Reuters~Supplied") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~dl by st im", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = "Follow Tuoi Tre News on Facebook and Twitter for the latest news from Vietnam."
	TAGX = some(tags15, 2, 4)
	if (rnd(2)) s = cat(s, HD "Tags\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("Read more~Related news~Most read") "\n" rel15(heads15, 2, 4, 3, "sa", 0))
	s = cat(s, some("About Us~Contact~Advertise~Terms of Use~Privacy Policy~RSS", 3, 5))
	FOOT = cat(s, "Copyright © " Y " Tuoi Tre News, the English edition of Tuoi Tre newspaper. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+07:00")
}

function sg15(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen15) : ""
	if (rnd(2)) {	# TODAY
		site7(pick(" - TODAY~~ | TODAY"), "www.todayonline.com", "/world/" slug7(title))
		s = some("TODAY~Subscribe~Log in~Search~Menu~Listen~Newsletters", 2, 5)
		s = cat(s, some("Singapore~World~Big Read~Commentary~Gen Y Speaks~8 Days~Voices~Sports~Lifestyle~Tech~Brand Spotlight~Video~" \
		    "Podcasts", 5, 10))
		if (rnd(3) == 0) s = cat(s, pick("Singapore\n" (25 + rnd(9)) "°C~PSI\n" (25 + rnd(70))))
		s = cat(s, top15("Trending~Latest~Most Read", "plain~num~under"))
		NAV = cat(s, pick("World~WORLD~News\nWorld"))
		who = pick("TODAY~Reuters~AFP~AP~Bloomberg~Nadia Rahim~Ng Wei Jie~Kavitha Pillai~Justin Ong")
		by = rnd(2) ? lk(who) : "By " lk(toupper(who))
		k = rnd(3)
		if (k == 0) dl = "Published " month[M] " " D ", " Y "\n" clock(h, mi, "AM", "PM")
		else if (k == 1) dl = "PUBLISHED: " toupper(month[M]) " " D ", " Y "\nUPDATED: " toupper(month[M]) " " D ", " Y " " clock(H2, MI2, "AM", "PM")
		else dl = "Published " month[M] " " D ", " Y " " clk(h, mi)
		im = rnd(2) ? CP pick(pick(caps15) ". Photo: " pick("Reuters~AFP~AP~Bloomberg~" pick("Ooi Boon Keong~Raj Nadarajan") "/TODAY") "~" \
		    "TODAY file photo") : ""
		s = ""
		TAGX = some(tags15, 2, 4)
		if (rnd(2)) s = HD "Related topics\n" TAGX
		if (rnd(2)) s = cat(s, HD pick("Read more~Related stories~More from World") "\n" headlines(heads15, 2, 4))
		if (rnd(3) == 0) s = cat(s, "Download the TODAY app and stay on top of the news, wherever you are.")
		s = cat(s, some("About Us~Contact Us~Advertise~Terms & Conditions~Privacy Policy~Community Guidelines", 3, 5))
		FOOT = cat(s, "Copyright © " Y " Mediacorp Pte Ltd. All rights reserved.")
	} else {	# Mothership
		site7(pick(" - Mothership.SG - News from Singapore, Asia and around the world~~ | Mothership.SG"), "mothership.sg", \
		    "/" Y "/" d2(M) "/" slug7(title) "/")
		s = some("Mothership~Search~Menu~Newsletter~Podcast~Subscribe", 2, 5)
		s = cat(s, some("News~Opinion~Lifestyle~Food~Travel~Sports~Videos~Mothership Explains~Hype~Tech~Jobs~Quizzes", 5, 9))
		s = cat(s, top15("Latest~Trending~Must read", "plain~num"))
		NAV = cat(s, pick("News~Latest~World"))
		who = pick("Mandy How~Kayla Wong~Joshua Lee~Siti Hawa~Darren Ng~Fasiha Nazren")
		by = pick("by ~") lk(who) " | " month[M] " " d2(D) ", " Y ", " clock0(h, mi, "AM", "PM")
		dl = ""
		im = rnd(2) ? CP pick(pick(caps15) ". " pick("Photo via " pick("Reuters~AFP~AP") "~Image via " pick("Facebook~Twitter") "~" \
		    "Photo by " who) "~Screenshot via " pick("YouTube~Twitter~Facebook")) : ""
		if (rnd(2)) sig15("Top photo via " pick("Reuters~AFP~AP~Facebook~Twitter~Unsplash"))
		s = ""
		if (rnd(2)) s = "Follow us on Telegram for the day's biggest stories."
		if (rnd(2)) s = cat(s, HD pick("Read next~Related stories~Latest") "\n" headlines(heads15, 2, 4))
		s = cat(s, some("About~Contact~Advertise with us~Careers~Privacy~Terms", 3, 5))
		FOOT = cat(s, "© " Y " Mothership.sg")
		TAGX = ""
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Telegram~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+08:00")
}

function nz15(title,    s, who, by, dl, st, sh, im, h, mi, off, src) {
	h = 6 + rnd(17); mi = rnd(60)
	off = nztz() == "NZDT" ? "+13:00" : "+12:00"
	st = rnd(3) ? standfirst(gen15) : ""
	if (rnd(2)) {	# 1News
		site7(pick(" | 1 NEWS NOW | TVNZ~~ - 1 NEWS"), "www.tvnz.co.nz", "/one-news/world/" slug7(title))
		s = some("1 NEWS~TVNZ~TVNZ OnDemand~Watch live~Search~Menu", 2, 5)
		s = cat(s, some("Latest~New Zealand~World~Politics~Pacific~Te Ao Māori~Sport~Business~Entertainment~Weather~Fair Go~Seven Sharp~" \
		    "Breakfast~Sunday", 5, 10))
		if (rnd(3) == 0) s = cat(s, temp15(pick("Auckland~Wellington~Christchurch~Hamilton~Dunedin"), 6, 27, "C"))
		s = cat(s, bar15("BREAKING~Breaking news~Live", 6))
		s = cat(s, top15("Most Popular~Latest~Top Stories", "plain~num"))
		NAV = cat(s, pick("World~WORLD~News\nWorld~Pacific"))
		who = pick("1 NEWS~Associated Press~Reuters~AAP~BBC~Anna Whaanga~Corin Dann-Brooke~Lisa Tauroa")
		if (who ~ /^(Anna|Corin|Lisa) /) { by = "By " lk(who); src = "1 NEWS" }
		else { by = ""; src = who }
		dl = "Published: " ptclock(h, mi, ":", "AM", "PM") " " dayname[W + 1] " " month[M] " " d2(D) ", " Y pick(" Source: ~\nSource: ") src
		im = rnd(2) ? CP pick(caps15) ". " pick("Source: 1 NEWS~Source: Associated Press~Source: Getty~Source: Reuters") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related~More World~Latest") "\n" rel15(heads15, 2, 4, 3, "one", 0)
		s = cat(s, some("About TVNZ~Contact~Complaints~Privacy~Terms of Use~Advertising~Careers", 3, 5))
		FOOT = cat(s, "© " Y " TVNZ")
	} else {	# Newshub
		site7(pick(" | Newshub~~ - Newshub"), "www.newshub.co.nz", "/home/world/" Y "/" d2(M) "/" slug7(title) ".html")
		s = some("Newshub~Three~ThreeNow~Watch live~Search~Menu", 2, 5)
		s = cat(s, some("Home~New Zealand~World~Politics~Money~Sport~Entertainment~Lifestyle~Technology~Travel~Rural~Shows~Weather~Video", 5, 10))
		s = cat(s, top15("Trending~Latest News~Top Stories", "plain~num~under"))
		NAV = cat(s, pick("World~News\nWorld~WORLD"))
		who = pick("Newshub~Jenna Hartley~Moana Te Rangi~Oliver Crisp~Sam Tuilagi")
		by = lk(who) (who == "Newshub" ? "" : pick("~\nNewshub~, Newshub"))
		if (rnd(2)) dl = D " " abbr[M] " " Y
		else dl = dayname[W + 1] " " D " " abbr[M] " " Y " " clk(h, mi)
		im = rnd(2) ? CP pick(caps15) ".\nPhoto credit: " pick("Getty Images~Reuters~AP~Newshub~Supplied~AFP") : ""
		sig15(pick("Newshub.~AAP / Newshub.~Reuters / Newshub.~AP / Newshub.~Newshub / AFP."))	# the story's last line
		s = ""
		if (rnd(2)) s = HD pick("More World~Trending~Latest") "\n" headlines(heads15, 2, 4)
		s = cat(s, some("About~Contact~Advertise~Privacy~Terms of Use~Newshub on Facebook", 3, 5))
		FOOT = cat(s, "© " Y " MediaWorks NZ. All rights reserved.")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off); TAGX = ""
}

function sbs15(title,    s, who, by, dl, st, sh, im, h, mi, k, src) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	site7(pick(" | SBS News~~ - SBS News"), "www.sbs.com.au", "/news/" slug7(title))
	s = some("SBS News~SBS~SBS On Demand~Watch live~Search~Menu~Languages", 2, 5)
	s = cat(s, some("Latest~Australia~World~Politics~Business~Sport~Life~Indigenous~Explainers~Fact check~Podcasts~The Feed~Dateline~" \
	    "Insight~Radio", 5, 10))
	if (rnd(3) == 0) s = cat(s, temp15(pick("Sydney~Melbourne~Brisbane~Perth~Adelaide"), 8, 38, "C"))
	s = cat(s, bar15("BREAKING~Breaking news~Live updates", 6))
	s = cat(s, top15("Most Popular~Latest~Recommended", "plain~num~under"))
	NAV = cat(s, pick("World~WORLD~News\nWorld~Latest"))
	src = pick("AAP~SBS News~Reuters~AFP~AAP - SBS~SBS Radio~AP")
	if (rnd(2)) { who = pick("Rashida Noor~Gavin Bleakley~Tess Moriarty~Luca Papadakis~Mai Tran"); by = "By " lk(who) "\nSource: " src }
	else { who = src; by = "Source: " src }
	k = rnd(3)
	if (k == 0) dl = D " " month[M] " " Y " - " clk(h, mi)
	else if (k == 1) dl = "Updated " D " " month[M] " " Y " " clk(H2, MI2) "\nPublished " D " " month[M] " " Y " " clk(h, mi)
	else dl = "Published " D " " month[M] " " Y " at " ptclock(h, mi, ":", "am", "pm") " " autz()
	st = rnd(3) ? standfirst(gen15) : ""
	im = rnd(2) ? CP pick(caps15) ". Source: " pick("AAP~Getty~AFP~Reuters~SBS News~Supplied~AP") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Copy link", 2, 4) : ""
	HEAD = order("dl by st im sh~st by dl im sh~im dl by st", st, by, dl, sh, im)
	if (rnd(3) == 0) sig15(pick("With AAP~Additional reporting: Reuters~With Reuters~Additional reporting by AFP"))
	s = ""
	if (rnd(6) == 0) s = "Readers seeking support can contact Lifeline on 13 11 14."
	if (rnd(2)) s = cat(s, HD pick("Recommended for you~More World~Latest") "\n" rel15(heads15, 2, 4, 4, "uk", 0))
	s = cat(s, some("About SBS~Contact~Careers~Privacy~Terms and Conditions~Accessibility~Complaints~Help", 3, 6))
	FOOT = cat(s, "Copyright © Special Broadcasting Service " Y)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, autz() == "AEDT" ? "+11:00" : "+10:00"); TAGX = ""
}

function ng15(title,    s, who, by, dl, st, sh, im, h, mi, city) {
	h = 6 + rnd(17); mi = rnd(60)
	st = rnd(3) ? standfirst(gen15) : ""
	if (rnd(3)) {	# the Guardian (Nigeria)
		site7(pick(" | The Guardian Nigeria News - Nigeria and World News~~ — The Guardian Nigeria"), "guardian.ng", \
		    "/news/world/" slug7(title) "/")
		s = some("The Guardian~Conscience, Nurtured by Truth~E-paper~Subscribe~Search~Menu", 2, 5)
		s = cat(s, some("News~Nigeria~Africa~World~Politics~Business~Sport~Opinion~Editorial~Features~Life~Art~Technology~Property~" \
		    "Energy~Guardian TV~Saturday Magazine", 5, 11))
		if (rnd(3) == 0) s = cat(s, tick15("NSE ASI", 26000, 33000))
		s = cat(s, top15("Latest~Most Read~Trending", "plain~num"))
		NAV = cat(s, pick("World~News\nWorld~Africa~WORLD"))
		who = pick("Editor~Reuters~AFP~NAN~Chinedu Okafor~Bisola Adeyemi~Emeka Eze~Halima Musa")
		by = "By " lk(who)
		if (rnd(2)) dl = d2(D) " " month[M] " " Y "   |   " ptclock(h, mi, ":", " am", " pm")
		else dl = d2(D) " " month[M] " " Y
		im = rnd(2) ? CP pick(caps15) ". " pick("Photo: AFP~PHOTO: REUTERS~Photo: Twitter/@" host7(pick("Chinedu Okafor~Halima Musa"))) : ""
		s = ""
		if (rnd(2)) s = HD pick("Related~More in World~You may also like") "\n" rel15(heads15, 2, 4, 4, "za", 0)
		if (rnd(3) == 0) s = cat(s, "Support the Guardian's independent journalism. Subscribe to the e-paper.")
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms~Careers", 3, 5))
		FOOT = cat(s, "© " Y " Guardian Newspapers Limited. All rights reserved.")
	} else {	# ThisDay
		site7(pick(" – THISDAYLIVE~~ | THISDAYLIVE"), "www.thisdaylive.com", "/index.php/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("THISDAYLIVE~ThisDay~Subscribe~Search~Menu~ePaper~Arise News", 2, 5)
		s = cat(s, some("Home~News~Politics~Business~Nigeria~Africa~World~Sport~Opinion~Columnists~Editorial~Law~Life & Arts~Education~" \
		    "Health~Features", 5, 11))
		s = cat(s, top15("Latest News~Most Read~Top Stories", "plain~num~under"))
		NAV = cat(s, pick("World~News~Africa"))
		who = pick("Reuters~AFP~Tobi Aremu~Ngozi Ibe~Musa Danjuma~Femi Ajayi")
		city = pick("Abuja~Lagos~Port Harcourt~Kano~Enugu~Ibadan")
		by = lk(who) (who ~ /Reuters|AFP/ ? "" : " in " city)
		dl = month[M] " " D ", " Y pick("~\n" clk(h, mi))
		im = rnd(2) ? CP pick(caps15) pick("~. Photo: AFP~. Photo: Reuters") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related Articles~More News") "\n" rel15(heads15, 2, 4, 4, "rj", 0)
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms of Use", 3, 5))
		FOOT = cat(s, "© " Y " THISDAYLIVE. All rights reserved.")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~LinkedIn~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+01:00"); TAGX = ""
}

function ug15(title,    s, who, by, dl, st, sh, im, h, mi, k, a, n, i) {
	h = 6 + rnd(17); mi = rnd(60)
	if (rnd(2)) {	# the Daily Monitor
		site7(pick(" - Daily Monitor~~ | Monitor"), "www.monitor.co.ug", "/News/World/688340-" (4920000 + rnd(90000)) "-" hex7(6) "/index.html")
		s = some("Daily Monitor~Subscribe~Sign In~Search~Menu~ePaper~Nation Media Group", 2, 5)
		s = cat(s, some("News~National~Business~Sports~Magazines~Opinion~Commentary~Editorial~Letters~Elections~Africa~World~Entertainment~" \
		    "Health & Living~Jobs~Obituaries", 5, 11))
		if (rnd(3) == 0) s = cat(s, "Kampala\n" (18 + rnd(13)) "°C")
		s = cat(s, top15("Latest~Most Read~Top Stories", "plain~num"))
		NAV = cat(s, pick("World~News\nWorld~Africa~WORLD"))
		who = pick("AFP~Reuters~Agencies~Monitor Reporter~Sheila Nabukenya~Moses Okello~Irene Abalo~Brian Mugisha~Agnes Nakato")
		by = "By " lk(who)
		k = rnd(3)
		if (k == 0) dl = dayname[W + 1] ", " month[M] " " d2(D) ", " Y
		else if (k == 1) {
			if (rnd(2)) shift(1 + rnd(2)); else shift(0)
			dl = dayname[W + 1] ", " month[M] " " d2(D) ", " Y " — updated on " month[SM] " " d2(SD) ", " SY
		} else dl = month[M] " " d2(D) ", " Y
		if (rnd(2)) {	# the summary's points
			n = split(some(gen15, 2, 3), a, "\n")
			st = "What you need to know:"
			for (i = 1; i <= n; i++) st = st "\n" a[i]
		} else st = rnd(2) ? standfirst(gen15) : ""
		im = rnd(2) ? CP pick(caps15) ". PHOTO | " pick("AFP~REUTERS~FILE~" toupper(pick("Abubaker Lubowa~Rachel Mabala"))) : ""
		s = ""
		if (rnd(2)) s = HD pick("Related~More World~You might also like") "\n" rel15(heads15, 2, 4, 4, "dm", 0)
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms & Conditions~Careers~ePaper", 3, 5))
		FOOT = cat(s, "© " Y " Monitor Publications Ltd. All rights reserved. A Nation Media Group company.")
	} else {	# New Vision
		site7(pick(" - New Vision Official~~ | New Vision"), "www.newvision.co.ug", "/new_vision/news/" (1490000 + rnd(9000)) "/" slug7(title))
		s = some("New Vision~Uganda's leading daily~Vision Group~Subscribe~E-paper~Search~Menu", 2, 5)
		s = cat(s, some("Home~News~National~Business~World~Africa~Sports~Entertainment~Opinion~Editorial~Education~Health~Agriculture~" \
		    "Jobs~Videos~Bukedde", 5, 11))
		s = cat(s, top15("Most Read~Latest~Editor's Choice", "plain~num~under"))
		NAV = cat(s, pick("World~News~Africa"))
		who = pick("AFP~Reuters~Xinhua~Agencies~Joseph Ssempijja~Eva Nakiyimba~Patrick Okoth~Ruth Atuhaire")
		by = "By " lk(who)
		dl = "Added " ord(D) " " month[M] " " Y " " clock0(h, mi, "AM", "PM")
		st = rnd(2) ? standfirst(gen15) : ""
		im = rnd(2) ? CP pick(caps15) " (Credit: " pick("AFP~Reuters~Xinhua~Agencies~" pick("Kennedy Oryema~Miriam Namutebi")) ")" : ""
		s = ""
		if (rnd(2)) s = HD pick("Related articles~More stories") "\n" rel15(heads15, 2, 4, 4, "nv", 0)
		s = cat(s, some("About Us~Contact Us~Advertise~Subscriptions~Privacy~Terms", 3, 5))
		FOOT = cat(s, "© Copyright " Y " Vision Group. All Rights Reserved.")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+03:00"); TAGX = ""
}

function za15(title,    s, who, by, dl, st, sh, im, h, mi, k, paper, dom, n) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	if (rnd(3)) { paper = "TimesLIVE"; dom = "www.timeslive.co.za" } else { paper = "SowetanLIVE"; dom = "www.sowetanlive.co.za" }
	site7(pick(" - " paper "~~ | " paper), dom, "/news/world/" Y "-" d2(M) "-" d2(D) "-" slug7(title) "/")
	if (paper == "TimesLIVE") {
		s = some("TimesLIVE~Sunday Times~Business Day~Subscribe~Sign in~Search~Menu", 2, 5)
		s = cat(s, some("News~South Africa~Politics~Africa~World~Sport~Business~Lifestyle~Entertainment~Opinion~Video~Weather~Multimedia", 5, 10))
	} else {
		s = some("SowetanLIVE~Sowetan~Subscribe~Sign in~Search~Menu", 2, 5)
		s = cat(s, some("News~South Africa~Politics~Sport~Soccer~Entertainment~S-Mag~Opinion~Business~Africa~World~Lifestyle", 5, 10))
	}
	if (rnd(3) == 0) s = cat(s, temp15(pick("Johannesburg~Cape Town~Durban~Pretoria"), 9, 33, "C"))
	if (rnd(4) == 0) s = cat(s, "ZAR/USD\nR" (13 + rnd(3)) "." d2(rnd(100)))
	s = cat(s, top15("Most Read~Latest~Trending", "plain~num"))
	NAV = cat(s, pick("World~WORLD~News\nWorld~Africa"))
	who = pick("Reuters~AFP~AP~Staff Reporter~" paper "~Naledi Mokoena~Sipho Dlamini~Ayanda Khumalo~Jessica van Wyk")
	k = rnd(3)
	if (k == 0) { dl = d2(D) " " month[M] " " Y " - " hm(h, mi); by = "By " lk(who) }
	else if (k == 1) { by = "By " lk(who) " - " d2(D) " " month[M] " " Y; dl = "" }
	else { dl = d2(D) " " month[M] " " Y " - " hm(h, mi) "\nUpdated " hm(H2, MI2); by = "By " lk(who) }
	st = rnd(3) ? standfirst(gen15) : ""
	im = rnd(2) ? CP pick(caps15) ".\nImage: " pick("REUTERS/" pick("Siphiwe Moloi~Mark Gerber") "~Gallo Images/" pick("Thapelo Nkosi~Lee Brand") "~" \
	    "123RF/" pick("Dmitri Kovac~Iana Stolz") "~SUPPLIED~Twitter~AFP") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~LinkedIn~Email", 2, 4) : ""
	HEAD = order("dl by st im sh~st by dl im sh~im dl by st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("READ MORE:\n" headlines(heads15, 2, 3), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Want to join the conversation? Register for free or sign in to comment.\nPlease read our comment policy first."
	if (rnd(2)) s = cat(s, HD pick("Related articles~More World~Most read") "\n" rel15(heads15, 2, 4, 4, "za", 0))
	s = cat(s, some("About Us~Contact Us~Advertise~Terms and Conditions~Privacy Policy~Complaints~Subscribe", 3, 6))
	FOOT = cat(s, "© " Y " Tiso Blackstar Group (Pty) Ltd. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+02:00"); TAGX = ""
}

function latam15(title,    s, who, by, dl, st, sh, im, h, mi, off) {
	h = 6 + rnd(17); mi = rnd(60)
	st = rnd(3) ? standfirst(gen15) : ""
	if (rnd(2)) {	# the Buenos Aires Herald
		off = "-03:00"
		site7(pick(" | Buenos Aires Herald~~ - Buenos Aires Herald"), "buenosairesherald.com", \
		    "/" pick("politics~economics~world~society") "/" slug7(title))
		s = some("Buenos Aires Herald~Since 1876~Subscribe~Log in~Search~Menu~Español", 2, 5)
		s = cat(s, some("Argentina~Politics~Economy~World~Latin America~Society~Culture~Sports~Opinion~Podcasts~Newsletter~Human Rights", 5, 10))
		if (rnd(3) == 0) s = cat(s, "Dólar BNA\nCompra $" (36 + rnd(22)) "," d2(rnd(100)) "\nVenta $" (38 + rnd(22)) "," d2(rnd(100)))
		if (rnd(3) == 0) s = cat(s, "Buenos Aires\n" (8 + rnd(25)) "°C")
		s = cat(s, top15("Most Read~Latest~Editor's Picks", "plain~num"))
		NAV = cat(s, pick("World~Latin America~WORLD~Argentina"))
		who = pick("Herald staff~Télam~Noticias Argentinas~AFP~Reuters~Lucía Ferreyra~Tomás Goldberg~Valentina Sosa")
		by = "By " lk(who)
		if (rnd(2)) dl = dayname[W + 1] ", " month[M] " " D ", " Y
		else dl = month[M] " " D ", " Y " · " hm(h, mi)
		im = rnd(2) ? CP pick(caps15) ". Photo: " pick("Télam~NA~AFP~Reuters~" pick("Juan Mabromata~Sol Acuña")) : ""
		s = ""
		if (rnd(3) == 0) s = "Additional reporting by " pick("Télam~AFP~Reuters~Noticias Argentinas") "."
		if (rnd(2)) s = cat(s, HD pick("More from the Herald~Related~Latest") "\n" rel15(heads15, 2, 4, 4, "rj", 0))
		s = cat(s, some("About~Contact~Advertise~Newsletter~Privacy~Terms", 3, 5))
		FOOT = cat(s, "© " Y " Buenos Aires Herald")
	} else {	# the Tico Times
		off = "-06:00"
		site7(pick(" - The Tico Times | Costa Rica News | Travel | Real Estate~~ | The Tico Times"), "ticotimes.net", \
		    "/" Y "/" d2(M) "/" d2(D) "/" slug7(title))
		s = some("The Tico Times~Costa Rica News~Donate~Subscribe~Search~Menu", 2, 5)
		s = cat(s, some("Costa Rica~Travel~Real Estate~Environment~Health~Business~Latin America~World~Expat Living~Food~Culture~Sports~" \
		    "Classifieds~Newsletter", 5, 10))
		if (rnd(3) == 0) s = cat(s, "USD/CRC\n₡" (575 + rnd(40)) "." d2(rnd(100)))
		s = cat(s, top15("Most Popular~Latest~Top Stories", "plain~num~under"))
		NAV = cat(s, pick("Latin America~World~Costa Rica~LATIN AMERICA"))
		who = pick("The Tico Times~AFP~The Associated Press~Reuters~EFE~Carla Jiménez~Owen Ridley~Marcela Chaves")
		by = rnd(2) ? "By " lk(who) : lk(who)
		dl = month[M] " " D ", " Y
		im = rnd(2) ? CP pick(caps15) ". " pick("(Via " pick("Ezequiel Bonilla~Rosa Ortuño") "/AFP)~(AP Photo/" pick("Andrés Vega~Kate Lowry") ")~" \
		    "(Courtesy of the Public Security Ministry)~(" pick("Alonso Tenorio~Jill Marsh") "/The Tico Times)") : ""
		s = ""
		if (rnd(3) == 0) insert("Read more: " pick(heads15), 2 + rnd(3))
		if (rnd(2)) s = "The Tico Times has covered Costa Rica and the region since 1956. Support our reporting.\nDonate"
		if (rnd(2)) s = cat(s, HD pick("Related Posts~More Latin America~Latest") "\n" rel15(heads15, 2, 4, 4, "rj", 2))
		s = cat(s, some("About Us~Contact~Advertise~Classifieds~Privacy Policy~Terms", 3, 5))
		FOOT = cat(s, "© " Y " The Tico Times")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off); TAGX = ""
}

function euobs15(title,    s, who, by, dl, st, sh, im, h, mi, k, city) {
	h = 6 + rnd(17); mi = rnd(60)
	site7(pick(" | EUobserver~~ - EUobserver"), "euobserver.com", "/" pick("political~foreign~economic~justice~environment~migration") "/" \
	    (143700 + rnd(10000)))
	s = some("EUobserver~Subscribe~Log in~Search~Menu~Newsletter~Magazine", 2, 5)
	s = cat(s, some("Political Affairs~Foreign Affairs~Economic Affairs~Justice & Home Affairs~Green Economy~Migration~Digital~" \
	    "Health & Society~Nordic~Regions~Opinion~Investigations~Magazines~Events~Jobs", 5, 10))
	if (rnd(3) == 0) s = cat(s, dayname[W + 1] ", " ord(D) " " abbr[M] " " Y)	# the site's date bar
	s = cat(s, top15("Latest~Most read~Magazine", "plain~num"))
	NAV = cat(s, pick("Foreign Affairs~Political Affairs~Opinion~Migration~Analysis~Green Economy"))
	who = people15("Aurelie Vanbrabant~Niklas Thornberg~Katya Dimitrova~Owen Farrelly~Paola Castelli~Jakub Wrona")
	by = "By " lk(who)
	city = pick("BRUSSELS~STRASBOURG~LUXEMBOURG~BUCHAREST~BERLIN~PARIS~WARSAW~VIENNA")
	k = rnd(3)
	if (k == 0) dl = city ", " D ". " abbr[M] " " Y ", " hm(h, mi)
	else if (k == 1) { by = by "\n" city ", " D ". " abbr[M] " " Y ", " hm(h, mi); dl = "" }
	else dl = dayname[W + 1] ", " D " " month[M] " " Y ", " hm(h, mi) " " eutz("CEST", "CET")
	st = rnd(3) ? standfirst(gen15) : ""
	im = rnd(2) ? CP pick(caps15) " " pick("(Photo: European Parliament)~(Photo: Council of the EU)~(Photo: " pick(credits15) ")~" \
	    "(Photo: European Commission)") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~Email~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im st by dl", st, by, dl, sh, im)
	s = ""
	if (solo15(who) && rnd(2)) s = who " is EUobserver's " pick("Brussels correspondent~foreign affairs reporter~migration reporter~" \
	    "climate reporter~economics editor") "."
	TAGX = some(tags15, 2, 4)
	if (rnd(2)) s = cat(s, HD "Tags\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("Related stories~Opinion~Latest News") "\n" rel15(heads15, 2, 4, 4, "euo", 1))
	if (rnd(2)) s = cat(s, "EUobserver is an independent, not-for-profit news organisation based in Brussels.")
	s = cat(s, some("About us~Contact~Advertise~Jobs~Privacy policy~Terms of use~Membership~Newsletter", 3, 6))
	FOOT = cat(s, "© " Y " EUobserver. All rights reserved.")
	if (rnd(5) == 0) wall11("This article is for EUobserver members.\nJoin now to read all our journalism and back independent EU news.\n" \
	    pick("Become a member~Already a member? Log in"), 2 + rnd(2))	# a paywall cuts the body
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+02:00", "+01:00"))
}

function consent15(    k) {	# a consent, meter or app prompt
	k = rnd(3)
	if (k == 0)
		return ask("We use cookies~Cookie preferences~A note on your privacy~Help us improve this site",
		    "Cookies help us keep this site running, learn what readers come for and show the advertising that funds our newsroom. " \
		    "Some are set by our partners.~" \
		    "Choose \"Accept\" to allow all cookies, or \"Manage\" to switch off the ones you don't want. Essential cookies always stay on.~" \
		    "We and " (30 + rnd(500)) " partners store or access information on your device for ads, content and measurement.",
		    "Accept~Manage~Decline~Essential only~See partners~Confirm choices", 4)
	if (k == 1)
		return pick("You have " (1 + rnd(4)) " free stories left this month.~Thanks for reading. This is your final free story.~" \
		    "Create a free account to keep reading.") "\n" pick("Subscribe~Sign up free~Log in~See plans")
	return pick("Get our app for faster news on the go.~Turn on notifications for breaking news?~Never miss a headline: download our app.") \
	    "\n" pick("Open app~Not now~Allow~Maybe later")
}

function fifteenA(title, k) {
	if (k == 0) rj15(title)
	else if (k == 1) sa15(title)
	else if (k == 2) adn15(title)
	else if (k == 3) ie15(title)
	else if (k == 4) tribune15(title)
	else if (k == 5) pk15(title)
	else if (k == 6) thai15(title)
	else tuoitre15(title)
}
function fifteenB(title, k) {
	if (k == 0) sg15(title)
	else if (k == 1) nz15(title)
	else if (k == 2) sbs15(title)
	else if (k == 3) ng15(title)
	else if (k == 4) ug15(title)
	else if (k == 5) za15(title)
	else if (k == 6) latam15(title)
	else euobs15(title)
}
function fifteen(title,    k) {	# variant 15: one of its sites, now and then an ad line and a banner, NAV filled
	TS = ""; DOM = ""; URL = ""; BYN = ""; DLX = ""; ISOT = ""; TAGX = ""
	k = rnd(16)
	if (k < 8) fifteenA(title, k); else fifteenB(title, k - 8)
	if (rnd(6) == 0) NAV = cat(NAV, pick("Advertisement~ADVERTISEMENT~Sponsored~Story continues after this ad"))
	if (rnd(4) == 0) banner(consent15(), 3, 30)
	fit("Menu~Search~Log in~Subscribe~Close~Skip to main content~Back to top~Toggle menu")
}

# Variant 15's layouts: variant 12's pages (lynx -dump with its numbered
# links, pandoc -t plain, and variant 9's layouts).
function layout15(title,    mode) {
	mode = rnd(7)
	if (mode == 0) return refs12(title)
	if (mode == 1) return stack(pan12(plain7(NAV, 0)), title, pan12(plain7(HEAD, 0)), wrapped("", 72), pan12(plain7(FOOT, 0)))
	return layout7(title, 0)
}

# Variant 16's sites, in 16 templates: the Post and Courier, a BH Media
# daily (the Richmond Times-Dispatch, the Tulsa World or the Omaha
# World-Herald), the Buffalo News, MaltaToday, in-cyprus or Greek
# Reporter, Duvar English, the Jordan Times, the Saudi Gazette or the Oman
# Observer, the Dhaka Tribune, Republica or the Nepali Times, the Daily
# Mirror (Sri Lanka), Taiwan News, the Namibian, the Herald (Zimbabwe) or
# Lusaka Times, Folha de S.Paulo in English, and Colombia Reports, in
# words written fresh: ordinary scraped news pages, menus before the title
# and share and footer lines after the body.  Each sets NAV, HEAD and FOOT
# and what layout7 needs (TS, DOM, URL, BYN, DLX, ISOT, TAGX).  Every date
# before the body is the article's day, in the site's form and zone, but
# for what says it is something else: an update on a later day printed
# beside the first ("Jan 4, 2019 Updated Jan 6, 2019", "Last updated at
# Jan 05,2019"), an AP file photo's own earlier day ("FILE - ... on Dec.
# 20, 2018. (AP Photo/X, File)"), relative times ("Updated 5 hrs ago"),
# and other stories' days.  A day without its year ("AMMAN, Jan 4 - ",
# "KATHMANDU, Jan 4: ") comes only below one with it; numbers alone
# ("14.01.2019") only where no other reading is possible; a year first
# ("2019/01/04 18:12") is read as year, month, day.

function top16(labels, forms,    s) {	# as top15, from variant 16's headlines
	s = above(labels, heads16, 5, forms, src16, "LIVE: ~VIDEO: ~~~UPDATED: ~")
	return s == "" ? "" : HD s
}
function bar16(labels, odds) {	# 1 in odds, a breaking-news bar: its label, another story's headline, now and then its age
	if (rnd(odds)) return ""
	return pick(labels) "\n" pick(heads16) pick("~~\n" (2 + rnd(50)) " minutes ago~\n" (1 + rnd(5)) " hrs ago")
}
function people16(pool,    a, b) {	# one name from pool, now and then two: "A and B"
	a = pick(pool)
	if (rnd(4)) return a
	b = pick(pool)
	return b == a ? a : a " and " b
}
function solo16(who) { return index(who, " and ") == 0 }	# a single author
function mail16(who, dom,    a, n) {	# "Haley Breland" -> "hbreland@dom"
	n = split(tolower(who), a, " ")
	return substr(a[1], 1, 1) a[n] "@" dom
}
function handle16(who,    s) { s = tolower(who); gsub(/[^a-z]/, "", s); return "@" s }	# "Haley Breland" -> "@haleybreland"
function wx16(city, lo, hi, unit) {	# weather: the city, the temperature, now and then the sky
	return city "\n" (lo + rnd(hi - lo + 1)) "°" unit (rnd(2) ? "\n" pick("Sunny~Clear~Partly cloudy~Mostly cloudy~Showers~Haze~Windy~Light rain~Fog") : "")
}
function dotted16(n) { return n >= 1000 ? int(n / 1000) "." sprintf("%03d", n % 1000) : n }	# 91564 -> "91.564"
function mkt16(name, lo, hi,    v) {	# a market line: "TASI 7,912.45 ▲ 0.62%"
	v = lo + rnd(hi - lo + 1)
	return name " " commas13(v) "." d2(rnd(100)) " " pick("▲~▼") " " rnd(3) "." d2(rnd(100)) "%"
}
function lead16(s) { BODY = s BODY }	# a dateline run into the first paragraph
function sig16(s) { BODY = BODY "\n" s }	# a line of its own after the last paragraph
function run16(s) { BODY = BODY s }	# a sign-off run onto the last paragraph
function eet16() { return eutz("+03:00", "+02:00") }	# Cyprus, Greece and Jordan, as the EU's summer time
function brt16() { return (Y == 2019 && (M == 1 || (M == 2 && D < 17))) ? "-02:00" : "-03:00" }	# Brasilia, summer time to Feb 17, 2019
function fmt16(style, y, m, d) {	# a day as variant 16's sites print it in their lists
	if (style == "blox") return abbr[m] " " d ", " y	# "Jan 3, 2019"
	if (style == "bn") return substr(dayname[wday(y, m, d) + 1], 1, 3) ", " abbr[m] " " d ", " y	# "Thu, Jan 3, 2019"
	if (style == "mt") return d " " month[m] " " y ", " clk(6 + rnd(16), rnd(60))	# "3 January 2019, 11:40am"
	if (style == "jt") return abbr[m] " " d2(d) "," y	# "Jan 03,2019"
	if (style == "dt") return month[m] " " ord(d) ", " y	# "January 3rd, 2019"
	if (style == "lk") return d2(d) " " month[m] " " y	# "03 January 2019"
	if (style == "tw") return y "/" d2(m) "/" d2(d)	# "2019/01/03"
	if (style == "folha") return abbr[m] "." d "." y	# "Jan.3.2019"
	if (style == "iso") return y "-" d2(m) "-" d2(d)	# "2019-01-03"
	if (style == "duvar") return d2(d) " " month[m] " " y " " dayname[wday(y, m, d) + 1]	# "03 January 2019 Thursday"
	return month[m] " " d ", " y	# "January 3, 2019"
}
# other stories, each 1 to gap days before the one above, days in fmt16's
# styles; form 0 headline over day (list), 1 day over headline (list), 2
# "headline | day" (list), 4 headline over day, 5 day over headline (unmarked)
function rel16(pool, lo, hi, gap, style, form,    a, n, i, s, k, t, h) {
	n = split(some(pool, lo, hi), a, "\n")
	s = ""; k = 0
	for (i = 1; i <= n; i++) {
		k += 1 + rnd(gap)
		shift(-k)
		t = fmt16(style, SY, SM, SD)
		h = substr(a[i], 2)
		if (form == 1) s = cat(s, LI t "\n" LC h)
		else if (form == 2) s = cat(s, LI h " | " t)
		else if (form == 4) s = cat(s, h "\n" t)
		else if (form == 5) s = cat(s, t "\n" h)
		else s = cat(s, LI h "\n" LC t)
	}
	return s
}

function pc16(title,    s, who, by, dl, st, sh, im, h, mi, k, w) {
	h = 5 + rnd(18); mi = rnd(60)
	site7(pick(" | World | postandcourier.com~ | News | postandcourier.com~"), "www.postandcourier.com", \
	    "/news/" pick("world~nation~politics") "/article_" hex7(8) "-" hex7(4) "-11e9-" hex7(4) "-" hex7(12) ".html")
	s = some("The Post and Courier~postandcourier.com~Subscribe~Log In~e-Edition~Search~Sections~Newsletters", 2, 5)
	s = cat(s, some("Local~Charleston~Summerville~Mount Pleasant~Columbia~Greenville~Myrtle Beach~Aiken~Politics~Business~Sports~" \
	    "Clemson~Gamecocks~Food~Arts & Travel~Opinion~Obituaries~Real Estate~Jobs~Classifieds", 5, 12))
	if (rnd(3) == 0) s = cat(s, wx16("Charleston, SC", 38, 96, "F"))
	if (rnd(5) == 0) s = cat(s, "Charleston Harbor tides\nHigh " clk(rnd(12), rnd(60)) " · Low " clk(12 + rnd(12), rnd(60)))
	s = cat(s, bar16("Breaking~BREAKING NEWS~Just in", 5))
	if (rnd(4) == 0) s = cat(s, pick("Unlimited digital access starts at 99 cents.~You are reading your last free story this month.~" \
	    "Subscribers get the e-Edition and every story on the site.") "\n" pick("Subscribe now~Log In~See offers"))
	s = cat(s, top16("Most Popular~Trending Now~Latest Headlines", "plain~num~under"))
	NAV = cat(s, pick("World~Nation/World~News\nWorld~Wire~Politics"))
	w = rnd(4) == 0	# wire copy
	if (w) { who = pick("The Associated Press~Reuters~The Washington Post~The New York Times"); by = "By " lk(who) }
	else {
		who = people16("Haley Breland~Jeremiah Coste~Mikala Tindall~Porter Ravenel~Danette Fludd~Ignatius Wyatt")
		by = "By " lk(who) (solo16(who) && rnd(2) ? " " mail16(who, "postandcourier.com") : "")
	}
	k = rnd(4)
	if (k == 0) dl = abbr[M] " " D ", " Y
	else if (k == 1) dl = abbr[M] " " D ", " Y " Updated " abbr[M] " " D ", " Y
	else if (k == 2) dl = abbr[M] " " D ", " Y "\nUpdated " (1 + rnd(11)) " hrs ago"
	else { shift(1 + rnd(3)); dl = abbr[M] " " D ", " Y " Updated " abbr[SM] " " SD ", " SY }	# updated on a later day, labelled
	st = rnd(3) ? standfirst(gen16) : ""
	im = rnd(2) ? CP pick(caps16) ". " pick(pick("Corbin Lasseter~Teal Hamby~Maren Oakes") "/Staff~Provided~File/Staff~" \
	    "AP Photo/" pick("Rhett Calloway~Jan Ostrowski") "~" pick(credits16)) : ""
	sh = rnd(2) ? some("Facebook~Twitter~Email~SMS~Print~Copy article link~Save", 2, 5) : ""
	HEAD = order("by dl sh im st~st by dl sh im~im by dl st sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Related coverage: " pick(heads16), 2 + rnd(3))
	s = ""
	if (!w && solo16(who) && rnd(2)) s = "Reach " who " at 843-937-" (4000 + rnd(2000)) ". Follow on Twitter at " handle16(who) "."
	TAGX = some(tags16, 2, 5)
	if (rnd(2)) s = cat(s, HD "Tags\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("More Nation/World~You might like~Latest Headlines") "\n" rel16(heads16, 2, 4, 4, "blox", 0))
	if (rnd(3) == 0) s = cat(s, "Start your morning with the Post and Courier's daily briefing. Sign up free.")
	s = cat(s, some("Contact Us~Advertise~Subscriber Services~Careers~Terms of Use~Privacy Policy~Accessibility~Corrections~Site Map", 3, 6))
	FOOT = cat(s, "© " Y " The Post and Courier, an Evening Post Industries company.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10("E"))
}

function bh16(title,    s, who, by, dl, st, sh, im, h, mi, k, w, p, paper, dom, zone, c) {
	h = 5 + rnd(18); mi = rnd(60)
	p = rnd(3)
	if (p == 0) { paper = "Richmond Times-Dispatch"; dom = "richmond.com"; zone = "E" }
	else if (p == 1) { paper = "Tulsa World"; dom = "tulsaworld.com"; zone = "C" }
	else { paper = "Omaha World-Herald"; dom = "omaha.com"; zone = "C" }
	site7(pick(" | National News | " dom "~ | World | " dom "~"), "www." dom, \
	    "/news/" pick("national~world~nationworld") "/" slug7(title) "/article_" hex7(8) "-" hex7(4) "-" hex7(4) "-" hex7(4) "-" hex7(12) ".html")
	s = some(paper "~Subscribe~Log In~Sign Up~Search~e-Edition~Today's Paper~Menu", 2, 5)
	if (p == 0) s = cat(s, some("Local~Virginia~Government & Politics~Crime~Education~Business~Sports~VCU~Spiders~Entertainment~Life~" \
	    "Food & Drink~Opinion~Obituaries~Weather~Photos", 5, 11))
	else if (p == 1) s = cat(s, some("Local~Oklahoma~Government~Crime & Courts~Education~Business~Energy~Sports~Sooners~Cowboys~Scene~" \
	    "Opinion~Obituaries~Weather~Video", 5, 11))
	else s = cat(s, some("Local~Nebraska~Iowa~Politics~Crime~Education~Money~Sports~Huskers~Creighton~Living~Opinion~Obituaries~Weather~Go", 5, 11))
	if (rnd(3) == 0) s = cat(s, wx16(p == 0 ? "Richmond, VA" : p == 1 ? "Tulsa, OK" : "Omaha, NE", p == 2 ? -4 : 18, p == 2 ? 94 : 102, "F"))
	s = cat(s, bar16("Breaking~Developing~Alert", 6))
	s = cat(s, top16("Most Popular~Latest~Top Stories", "plain~num~under"))
	NAV = cat(s, pick("National~World~National & World~Nation/World News"))
	w = rnd(3) == 0	# wire copy
	if (w) { who = pick("Associated Press~Bloomberg News~The Washington Post~Tribune News Service"); by = "By " lk(who) }
	else {
		who = pick(p == 0 ? "Wyatt Kessinger~Lorna Pettus~Desmond Achebe~Callie Vaughan~Graham Tuck" : \
		    p == 1 ? "Kimber Lowrey~Jace Holloway~Marisol Pruett~Dean Whitlock" : "Annika Brandt~Reid Kowalski~Tessa Vondracek~Hollis Grady")
		by = "By " lk(who) (p == 0 ? "\nRichmond Times-Dispatch" : p == 1 ? " Tulsa World" : " World-Herald staff writer")
	}
	k = rnd(4)
	if (k == 0) dl = abbr[M] " " D ", " Y
	else if (k == 1) dl = abbr[M] " " D ", " Y "\nUpdated " (2 + rnd(50)) " min ago"
	else if (k == 2) { by = by " " abbr[M] " " D ", " Y; dl = "" }
	else {
		if (rnd(3) == 0) shift(1 + rnd(2)); else shift(0)	# now and then updated on a later day
		dl = abbr[M] " " D ", " Y "\nUpdated " abbr[SM] " " SD ", " SY
	}
	st = rnd(3) ? standfirst(gen16) : ""
	if (w && rnd(2)) {	# an AP file photo, its own earlier day
		shift(-(2 + rnd(pick("10~60~400"))))
		im = CP "FILE - " pick(caps16) " on " ap[SM] " " SD ", " SY ". (AP Photo/" pick("Lou Ferrante~Idris Kamau~Beth Sandoval") ", File)"
	} else if (rnd(2)) {
		c = pick(p == 0 ? "SHELBY KNOX~ADRIAN FOLK~MARGO DREW" : p == 1 ? "IAN MAXWELL~CORA BENTLEY~LUIS PADGETT" : "BRYCE NOLTE~JUNE HARLAN~OTTO PRZYBYL")
		im = CP pick(caps16) ". " c (p == 0 ? "/TIMES-DISPATCH" : p == 1 ? "/Tulsa World" : "/THE WORLD-HERALD")
	} else im = ""
	sh = rnd(2) ? some("Facebook~Twitter~Email~SMS~Print~Save", 2, 5) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	s = ""
	if (!w && rnd(2)) {
		if (p == 0) s = who "\n(804) 649-" (6000 + rnd(1000)) "\n" mail16(who, "timesdispatch.com")
		else if (p == 1) s = mail16(who, "tulsaworld.com") "\n918-581-" (8300 + rnd(200))
		else s = mail16(who, "owh.com") ", 402-444-" (1000 + rnd(1000))
	}
	TAGX = some(tags16, 2, 5)
	if (rnd(2)) s = cat(s, HD pick("Tags~Related topics") "\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("Most Popular~Latest National~You may be interested") "\n" headlines(heads16, 2, 4))
	if (rnd(3) == 0) s = cat(s, "Sign up for our " pick("morning~evening~breaking news") " email and stay on top of the day's stories.")
	s = cat(s, some("Contact Us~Advertise With Us~Subscription Services~Terms of Service~Privacy Policy~Help~Jobs~Place an Ad", 3, 6))
	FOOT = cat(s, "© " Y " " paper ", a BH Media Group company.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10(zone))
}

function buffalo16(title,    s, who, by, dl, st, sh, im, h, mi, k, w, role, dw) {
	h = 5 + rnd(18); mi = rnd(60); later9(h, mi)
	site7(pick(" – The Buffalo News~~ | The Buffalo News"), "buffalonews.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
	s = some("The Buffalo News~Subscribe~Sign In~Search~Menu~E-Edition~Newsletters~Contests", 2, 5)
	s = cat(s, some("News~Local~City & Region~Crime~Politics~Business~Sports~Bills~Sabres~College~Gusto~Life & Arts~Opinion~Obituaries~" \
	    "Photos~Video~Cars~Homes", 5, 12))
	if (rnd(3) == 0) s = cat(s, wx16("Buffalo", 4, 86, "F"))
	if (rnd(5) == 0) s = cat(s, "Weather alert\nLake effect snow warning for " pick("the Southtowns~southern Erie County~the Boston Hills~" \
	    "northern Chautauqua County") " until " clock(1 + rnd(11), 0, "a.m.", "p.m."))
	s = cat(s, bar16("Breaking~BREAKING NEWS~News alert", 6))
	s = cat(s, top16("Most Read~Latest~Popular Now", "plain~num"))
	NAV = cat(s, pick("World~National~News\nWorld~Nation & World"))
	dw = substr(dayname[W + 1], 1, 3) ", " abbr[M] " " D ", " Y	# "Fri, Jan 4, 2019"
	w = rnd(4) == 0
	if (w) { who = pick("News wire services~Associated Press~The New York Times~The Washington Post"); role = "" }
	else {
		who = pick("Teagan Mulcahy~Rory Pietrzak~Deshawn Lyles~Francine Galka~Eamon Szymanski")
		role = pick("~ | News Staff Reporter~ | News Washington Bureau~ | News Business Reporter")
	}
	k = rnd(4)
	if (k == 0) { by = "By " lk(who) " | Published " dw; dl = "" }
	else if (k == 1) { by = "By " lk(who) " | Published " dw " | Updated " dw; dl = "" }
	else if (k == 2) { by = "By " lk(who) role; dl = "Published " dw "\nUpdated " aptime10(H2, MI2) }
	else { by = "By " lk(who) role; dl = "Published " aptime10(h, mi) " " dw }
	st = rnd(3) ? standfirst(gen16) : ""
	im = rnd(2) ? CP pick(caps16) ". " pick("(" pick("Mara Kolodziej~Jonah Wilcox~Perry Stanek") "/Buffalo News)~(Associated Press)~" \
	    "(Getty Images)~(News file photo)") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print~Comments", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im st by dl", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Related:~More coverage:") "\n" headlines(heads16, 1, 2), 2 + rnd(3))
	s = ""
	if (!w && rnd(2)) s = "Email " who " at " mail16(who, "buffnews.com") " or call 716-849-" (3400 + rnd(600)) "."
	if (rnd(2)) s = cat(s, "Share your thoughts below. Comments are moderated and may take a few minutes to appear.")
	if (rnd(2)) s = cat(s, HD pick("Latest News~More from The Buffalo News~Most Read") "\n" rel16(heads16, 2, 4, 3, "bn", 0))
	s = cat(s, some("About Us~Contact Us~Advertise~Subscriber Services~Careers~Privacy Policy~Terms of Use~Archives", 3, 6))
	FOOT = cat(s, "© " Y " The Buffalo News, Inc. · One News Plaza, Buffalo, N.Y.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff10("E")); TAGX = ""
}

function malta16(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	site7(pick(" - MaltaToday~~ | MaltaToday.com.mt"), "www.maltatoday.com.mt", "/news/" pick("world~europe~national") "/" \
	    (91000 + rnd(9000)) "/" slug7(title))
	s = some("MaltaToday~Subscribe~Log in~Search~Menu~e-paper~Newsletter", 2, 5)
	s = cat(s, some("News~National~Court & Police~Business~Europe~World~Comment~Editorial~Interview~Environment~Sports~Arts~Lifestyle~" \
	    "Xtra~Cartoon~Podcasts~Surveys", 5, 11))
	if (rnd(3) == 0) s = cat(s, wx16("Valletta", 9, 34, "C"))
	s = cat(s, bar16("Latest~Breaking~Watch", 6))
	s = cat(s, top16("Most Read~Latest News~Editor's Choice", "plain~num~under"))
	NAV = cat(s, pick("World~Europe~News\nWorld~National"))
	who = pick("Staff Reporter~Reuters~AFP~Miriam Zarb~Karl Agius~Nicole Cassar~Luke Vella~Giulia Mifsud")
	by = lk(who)
	k = rnd(3)
	if (k == 0) dl = D " " month[M] " " Y ", " clk(h, mi)
	else if (k == 1) dl = D " " month[M] " " Y ", " clk(h, mi) "\nLast updated on " D " " month[M] " " Y ", " clk(H2, MI2)
	else { by = by "\n" D " " month[M] " " Y ", " clk(h, mi); dl = "" }
	st = rnd(3) ? standfirst(gen16) : ""
	im = rnd(2) ? CP pick(caps16) ". " pick("Photo: " pick("Ramon Borg~Elaine Sciberras") "/MaltaToday~Photo: DOI/" pick("Stefan Farrugia~" \
	    "Clive Micallef") "~Photo: Reuters~Photo: AFP~File photo") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~WhatsApp~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Related Story\n" pick(heads16), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Independent journalism costs money. Support MaltaToday from as little as €5 a month."
	if (rnd(2)) s = cat(s, "Comments not showing? Try another browser, or switch javascript back on.")
	if (rnd(2)) s = cat(s, HD pick("Most Read~Latest News~More in World") "\n" rel16(heads16, 2, 4, 3, "mt", 0))
	s = cat(s, some("About Us~Contact~Advertise~Terms & Conditions~Privacy Policy~Cookie Policy~Jobs", 3, 5))
	FOOT = cat(s, "MaltaToday © " Y " MediaToday Co. Ltd. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+02:00", "+01:00")); TAGX = ""
}

function medgr16(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 6 + rnd(17); mi = rnd(60)
	st = rnd(3) ? standfirst(gen16) : ""
	if (rnd(2)) {	# in-cyprus
		site7(pick(" - in-cyprus.com~~ | in-cyprus"), "in-cyprus.philenews.com", "/" slug7(title) "/")
		s = some("in-cyprus~philenews~Ελληνικά~Search~Menu~Newsletter", 2, 5)
		s = cat(s, some("Local~Cyprus Problem~Politics~Economy~World~Greece~Opinion~Property~Life~Food~Travel~Sports~Weather", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx16(pick("Nicosia~Limassol~Larnaca~Paphos"), 8, 41, "C"))
		s = cat(s, top16("Most Read~Latest~Top Stories", "plain~num"))
		NAV = cat(s, pick("World~Local~News\nWorld~Greece"))
		who = pick("Newsroom~CNA~Reuters~AFP~Eleni Philippou~Marios Antoniades~Stella Loizou")
		by = pick("By ~") lk(who)
		k = rnd(3)
		if (k == 0) dl = month[M] " " D ", " Y
		else if (k == 1) dl = month[M] " " D ", " Y " | " hm(h, mi)
		else { by = by " | " month[M] " " D ", " Y; dl = "" }
		im = rnd(2) ? CP pick(caps16) " " pick("(CNA photo)~(File photo)~(Photo: " pick("Christos Avraam~Lia Georgiou") ")~(Reuters)") : ""
		if (who == "CNA" && rnd(2)) sig16("(CNA)")
		s = ""
		TAGX = some(tags16, 2, 4)
		if (rnd(2)) s = HD "Tags\n" TAGX
		if (rnd(2)) s = cat(s, HD pick("Related~More news~Latest") "\n" rel16(heads16, 2, 4, 3, "long", 0))
		s = cat(s, some("About~Contact~Advertise~Privacy Policy~Terms of Use~Philenews", 3, 5))
		FOOT = cat(s, "© " Y " in-cyprus, part of the Phileleftheros Group.")
	} else {	# Greek Reporter
		site7(pick(" - GreekReporter.com~~ | Greek Reporter"), "greekreporter.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("Greek Reporter~GreekReporter.com~Search~Menu~Newsletter~Donate", 2, 5)
		s = cat(s, some("Greece~Europe~World~Diaspora~Ancient Greece~Science~Travel~Sports~Food~Cyprus~US~Australia~Opinion~Podcast", 5, 10))
		s = cat(s, top16("Trending~Latest~Popular", "plain~num~under"))
		NAV = cat(s, pick("World~Europe~Greek News\nWorld~Greece"))
		who = pick("Anastasia Drakou~Yiannis Petrakis~Christina Vlachou~Philip Kouris~Greek Reporter")
		by = "By " lk(who)
		if (rnd(2)) dl = abbr[M] " " D ", " Y
		else { by = by " - " abbr[M] " " D ", " Y; dl = "" }
		im = rnd(2) ? CP pick(caps16) ". Credit: " pick("Greek Reporter~Public Domain~Wikimedia Commons/CC BY-SA 4.0~AMNA~Twitter~Facebook") : ""
		s = ""
		if (rnd(3) == 0) insert("Related: " pick(heads16), 2 + rnd(3))
		if (rnd(2)) s = HD pick("Related Posts~More World News~Latest") "\n" headlines(heads16, 2, 4)
		if (rnd(3) == 0) s = cat(s, "Greek Reporter has covered Greece and the Greek world since 2008. Keep us going with a small donation.")
		s = cat(s, some("About Us~Contact~Advertise~Privacy Policy~Terms~Careers", 3, 5))
		FOOT = cat(s, "© " Y " Greek Reporter. All rights reserved.")
		TAGX = ""
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Viber~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eet16())
}

function duvar16(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	site7(pick(" - Duvar English~~ | Duvar English"), "www.duvarenglish.com", "/" pick("politics~domestic~diplomacy~economy~world~media~" \
	    "human-rights") "/" Y "/" d2(M) "/" d2(D) "/" slug7(title))
	s = some("Duvar English~Gazete Duvar~Türkçe~Search~Menu~Newsletter", 2, 5)
	s = cat(s, some("Politics~Domestic~Diplomacy~Economy~Human Rights~Media~Culture~Sports~World~Columns~Interviews~Kurdish Issue~" \
	    "Environment~Podcast", 5, 10))
	if (rnd(3) == 0) s = cat(s, "USD/TRY\n" (5 + rnd(2)) "," d2(rnd(100)) "\nEUR/TRY\n" (6 + rnd(2)) "," d2(rnd(100)))
	if (rnd(3) == 0) s = cat(s, wx16(pick("Istanbul~Ankara~Izmir~Diyarbakir"), 1, 36, "C"))
	s = cat(s, top16("Most Read~Latest~Editor's Picks", "plain~num"))
	NAV = cat(s, pick("Politics~Diplomacy~World~Domestic~Human Rights"))
	who = pick("Duvar English~Reuters~AFP~ANKA~Deniz Yalcin~Mert Ozkan~Selin Arslan")
	by = lk(who) (who == "Duvar English" ? pick("~ with AFP~ with Reuters") : "")
	k = rnd(4)
	if (k == 0) dl = d2(D) " " month[M] " " Y " " dayname[W + 1] " " hm(h, mi)
	else if (k == 1) dl = "Published: " d2(D) " " month[M] " " Y " " hm(h, mi) "\nUpdated: " d2(D) " " month[M] " " Y " " hm(H2, MI2)
	else if (k == 2 && (D > 12 || D == M)) dl = d2(D) "." d2(M) "." Y " " hm(h, mi)	# day first, where it reads only so
	else dl = "Published: " d2(D) " " month[M] " " Y " " dayname[W + 1]
	st = rnd(3) ? standfirst(gen16) : ""
	im = rnd(2) ? CP pick(caps16) ". " pick("Photo: AA~Photo: DHA~Photo: Reuters~Photo: Twitter~Photo: Mezopotamya Agency~Photo: AFP") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Telegram~Email", 2, 4) : ""
	HEAD = order("dl by st im sh~st by dl im sh~im dl by st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Also read: " pick(heads16), 2 + rnd(3))
	s = ""
	TAGX = some(tags16, 2, 5)
	if (rnd(2)) s = HD "Tags\n" TAGX
	if (rnd(2)) s = cat(s, HD pick("More from Duvar English~Related~Most Read") "\n" rel16(heads16, 2, 4, 3, "duvar", 0))
	if (rnd(3) == 0) s = cat(s, "Duvar English is the English-language service of Gazete Duvar, an independent news outlet in Turkey.")
	s = cat(s, some("About~Contact~Privacy~Terms of Use~Newsletter~RSS", 3, 5))
	FOOT = cat(s, "© " Y " Duvar English")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+03:00")
}

function jordan16(title,    s, who, by, dl, st, sh, im, h, mi, k, jt) {
	h = 6 + rnd(17); mi = rnd(60)
	site7(pick(" | Jordan Times~~ - Jordan Times"), "www.jordantimes.com", "/news/" pick("local~region~world~business") "/" slug7(title))
	s = some("The Jordan Times~Search~Menu~Subscribe~e-Paper~عربي", 2, 5)
	s = cat(s, some("Home~Local~Region~World~Business~Opinion~Editorial~Columns~Features~Culture~Sports~Environment~Youth~Tourism~Archive", 5, 10))
	if (rnd(3) == 0) s = cat(s, wx16(pick("Amman~Aqaba~Irbid"), 3, 39, "C"))
	if (rnd(4) == 0) s = cat(s, mkt16("ASE", 1800, 2050))
	s = cat(s, top16("Most Read~Latest News~Most Commented", "plain~num"))
	NAV = cat(s, pick("Local~Region~World~News\nRegion"))
	who = pick("JT~AFP~Reuters~AP~Dana Haddad~Omar Obeidat~Nadine Khoury~Hazem Qudah")
	jt = abbr[M] " " d2(D) "," Y	# "Jan 04,2019"
	k = rnd(3)
	if (k == 0) { by = "By " lk(who) " - " jt " - Last updated at " jt; dl = "" }
	else if (k == 1) {
		if (rnd(3) == 0) shift(1 + rnd(2)); else shift(0)	# now and then updated on a later day
		by = "By " lk(who); dl = jt " - Last updated at " abbr[SM] " " d2(SD) "," SY
	} else { by = "By " lk(who); dl = jt }
	st = rnd(3) ? standfirst(gen16) : ""
	if (who ~ /^(JT|Dana|Omar|Nadine|Hazem)/) lead16(pick("AMMAN — ~IRBID — ~AQABA — ~ZARQA — ~MAFRAQ — "))
	else lead16(pick("BEIRUT~BAGHDAD~CAIRO~DAMASCUS~RAMALLAH~GENEVA~WASHINGTON") " — ")
	im = rnd(2) ? CP pick(caps16) " " pick("(Photo courtesy of Petra)~(AFP photo)~(JT photo)~(Photo by " pick("Rami Saleh~Hiba Nasser") ")~(Reuters photo)") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = HD pick("Related Articles~More from Region~Latest News") "\n" rel16(heads16, 2, 4, 4, "jt", 0)
	if (rnd(3) == 0) s = cat(s, "Send your letters to the editor through the form on our Contact page.")
	s = cat(s, some("About Us~Contact Us~Advertise~Subscriptions~Privacy Policy~Terms of Use", 3, 5))
	FOOT = cat(s, "© " Y " Jordan Press Foundation. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eet16()); TAGX = ""
}

function gulf16(title,    s, who, by, dl, st, sh, im, h, mi, k, off) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen16) : ""
	if (rnd(2)) {	# the Saudi Gazette
		off = "+03:00"
		site7(pick(" - Saudi Gazette~~ | Saudi Gazette"), "saudigazette.com.sa", "/article/" (556000 + rnd(30000)))
		s = some("Saudi Gazette~Okaz~عكاظ~Search~Menu~e-Paper", 2, 5)
		s = cat(s, some("Saudi Arabia~Gulf~Middle East~World~Business~Sports~Opinion~Editorial~Culture~Life~Technology~Variety~Real Estate", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx16(pick("Riyadh~Jeddah~Dammam~Makkah"), 9, 46, "C"))
		if (rnd(4) == 0) s = cat(s, mkt16("TASI", 7600, 9300))
		s = cat(s, top16("Most Read~Latest~Top Stories", "plain~num~under"))
		NAV = cat(s, pick("World~Middle East~Saudi Arabia~Gulf"))
		who = pick("Saudi Gazette report~Agencies~SPA~AFP~Reuters~Fahad Al-Harbi~Noura Al-Qahtani~Sameer Aziz~Layla Bakr")
		by = who ~ / report$/ ? lk(who) : "By " lk(who)
		k = rnd(3)
		if (k == 0) dl = month[M] " " d2(D) ", " Y
		else if (k == 1) dl = month[M] " " d2(D) ", " Y " " clock(h, mi, "AM", "PM")
		else dl = month[M] " " d2(D) ", " Y "\nLast Update: " month[M] " " d2(D) ", " Y " " clock(H2, MI2, "AM", "PM")
		if (who ~ /^(Saudi|SPA|Fahad|Noura|Sameer|Layla)/) lead16(pick("RIYADH — ~JEDDAH — ~MAKKAH — ~DAMMAM — ~MADINAH — "))
		else lead16(pick("DUBAI~BEIRUT~CAIRO~SANAA~ISLAMABAD~LONDON") " — ")
		im = rnd(2) ? CP pick(caps16) ". " pick("— Courtesy photo~— SPA photo~— AFP photo~— Reuters photo") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related~More World~Latest") "\n" rel16(heads16, 2, 4, 3, "long", 0)
		s = cat(s, some("About Us~Contact Us~Advertise~Subscriptions~Privacy Policy~Terms of Use", 3, 5))
		FOOT = cat(s, "© " Y " Saudi Gazette. All rights reserved.")
	} else {	# the Oman Observer
		off = "+04:00"
		site7(pick(" - Oman Observer~~ | Oman Observer"), "www.omanobserver.om", "/" slug7(title) "/")
		s = some("Oman Observer~Oman Daily Observer~Search~Menu~e-Paper~Subscribe", 2, 5)
		s = cat(s, some("Oman~Business~World~Sports~Opinion~Features~Happenings~Gulf~Entertainment~Health~Technology~Climate", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx16(pick("Muscat~Salalah~Sohar~Nizwa"), 15, 45, "C"))
		if (rnd(4) == 0) s = cat(s, mkt16("MSX 30", 3800, 4700))
		s = cat(s, top16("Most Read~Latest~Trending", "plain~num"))
		NAV = cat(s, pick("World~Oman~Gulf~Business"))
		who = pick("ONA~Observer Report~Reuters~AFP~Sarah Al Balushi~Hamed Al Rawahi~Vinod Nair")
		by = "By " lk(who)
		if (rnd(2)) dl = month[M] " " D ", " Y
		else dl = abbr[M] " " D ", " Y " - " clock(h, mi, "am", "pm")
		if (who ~ /^(ONA|Observer|Sarah|Hamed|Vinod)/) lead16(pick("MUSCAT~SALALAH~SOHAR~NIZWA") ", " abbr[M] " " D " - ")
		im = rnd(2) ? CP pick(caps16) ". " pick("- ONA~- File photo~- Supplied picture~- Reuters") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related Posts~More Stories~Latest") "\n" headlines(heads16, 2, 4)
		s = cat(s, some("About~Contact~Advertise~Privacy Policy~Terms~Oman Establishment for Press, Publication and Advertising", 3, 5))
		FOOT = cat(s, "© " Y " Oman Observer. All rights reserved.")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~LinkedIn~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~dl by st im", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off); TAGX = ""
}

function dhaka16(title,    s, who, by, dl, st, sh, im, h, mi, k, pub) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	site7(pick(" | Dhaka Tribune~~ - Dhaka Tribune"), "www.dhakatribune.com", "/world/" Y "/" d2(M) "/" d2(D) "/" slug7(title))
	s = some("Dhaka Tribune~Bangla Tribune~বাংলা~e-Paper~Search~Menu~Subscribe", 2, 5)
	s = cat(s, some("Bangladesh~Nation~Dhaka~World~South Asia~Business~Sport~Cricket~Opinion~Editorial~Showtime~Tech~Health~Education~" \
	    "Climate Change~Feature~Magazine~Photo~Video", 5, 12))
	if (rnd(3) == 0) s = cat(s, wx16(pick("Dhaka~Chittagong~Sylhet"), 11, 36, "C"))
	if (rnd(4) == 0) s = cat(s, mkt16("DSEX", 5100, 5950))
	s = cat(s, bar16("Breaking~Just In~Latest", 6))
	s = cat(s, top16("Most Read~Latest~Top News", "plain~num~under"))
	NAV = cat(s, pick("World~South Asia~World\nAsia~Nation"))
	who = pick("Tribune Desk~Tribune International Desk~Tribune Report~Reuters~AFP~UNB~BSS~Ashif Hossain~Farzana Rahman~Nusrat Jahan~Tanvir Ahmed")
	by = lk(who)
	pub = clock0(h, mi, "am", "pm") " " month[M] " " ord(D) ", " Y	# "06:12 pm January 4th, 2019"
	k = rnd(3)
	if (k == 0) dl = "Published at " pub
	else if (k == 1) dl = "Published at " pub "\nLast updated at " clock0(H2, MI2, "am", "pm") " " month[M] " " ord(D) ", " Y
	else dl = "Last updated at " clock0(H2, MI2, "am", "pm") " " month[M] " " ord(D) ", " Y "\nPublished at " pub
	st = rnd(3) ? standfirst(gen16) : ""
	im = rnd(2) ? CP pick(pick(caps16) " | " pick("Reuters~AFP~Collected~Dhaka Tribune~" pick("Rafiq Islam~Tahmina Akter") "/Dhaka Tribune") "~" \
	    "Representational photo | Bigstock~File photo | Dhaka Tribune") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~Email~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Also Read - " pick(heads16), 2 + rnd(3))
	s = ""
	TAGX = some(tags16, 2, 5)
	if (rnd(2)) s = HD "Topics:\n" TAGX
	if (rnd(2)) s = cat(s, HD pick("Read More~Related~More from World") "\n" rel16(heads16, 2, 4, 3, "dt", 0))
	s = cat(s, some("About Us~Contact~Advertise~Privacy Policy~Terms of Use~Corrections~Archive", 3, 5))
	FOOT = cat(s, "© " Y " Dhaka Tribune. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+06:00")
}

function nepal16(title,    s, who, by, dl, st, sh, im, h, mi) {
	h = 6 + rnd(17); mi = rnd(60)
	st = rnd(3) ? standfirst(gen16) : ""
	if (rnd(2)) {	# Republica
		site7(pick(" - myRepublica~~ | myRepublica - The New York Times Partner, Latest news of Nepal in English"), \
		    "myrepublica.nagariknetwork.com", "/news/" slug7(title) "/")
		s = some("myRepublica~Nagarik~Shukrabar~e-Paper~Search~Menu", 2, 5)
		s = cat(s, some("News~Politics~Economy~Society~World~Sports~Opinion~Editorial~Lifestyle~The Week~Diaspora~Interviews~Business~" \
		    "Education~Health", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx16("Kathmandu", 1, 31, "C") "\nAQI " (40 + rnd(180)))
		s = cat(s, top16("Most Read~Latest~Trending", "plain~num~under"))
		NAV = cat(s, pick("World~News~Politics~News\nWorld"))
		who = pick("Republica~Agencies~AFP~Reuters~Sagar Ghimire~Anjali Thapa~Roshan Karki")
		by = "By: " lk(who)
		dl = "Published On: " month[M] " " D ", " Y " " clock0(h, mi, "AM", "PM") " NPT"
		if (rnd(3)) by = cat(dl, by); else by = by " | " month[M] " " D ", " Y
		dl = ""
		if (who ~ /^(Republica|Sagar|Anjali|Roshan)/) lead16(pick("KATHMANDU~POKHARA~BIRATNAGAR~BIRGUNJ~DHANGADHI") ", " abbr[M] " " D ": ")
		im = rnd(2) ? CP pick(caps16) ". " pick("Photo: Republica~Photo: AFP~Photo: Reuters~File Photo") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related News~More from World~Latest") "\n" headlines(heads16, 2, 4)
		s = cat(s, some("About Us~Contact~Advertise~Privacy Policy~Terms~Nagarik Network", 3, 5))
		FOOT = cat(s, "© " Y " Nepal Republic Media Pvt. Ltd.")
	} else {	# the Nepali Times
		site7(pick(" | Nepali Times~~ - Nepali Times"), "www.nepalitimes.com", "/latest/" slug7(title) "/")
		s = some("Nepali Times~Subscribe~Search~Menu~Archives~Buzz", 2, 5)
		s = cat(s, some("Latest~Here and There~Nation~Editorial~Opinion~Review~Multimedia~Himalaya~Environment~Economy~Interviews~Tourism", 5, 9))
		if (rnd(3) == 0) s = cat(s, "Kathmandu\nAQI " (40 + rnd(180)))
		s = cat(s, top16("Most Read~Latest~Editor's Pick", "plain~num"))
		NAV = cat(s, pick("Latest~Nation~Here and There"))
		who = pick("Nepali Times~Ramesh Koirala~Tsering Lhamo~Bina Shrestha~AFP")
		by = lk(who)
		dl = month[M] " " D ", " Y
		im = rnd(2) ? CP pick(caps16) ". Photo: " pick("Nepali Times~" pick("Gopen Rai~Kunda Dixit-Rana") "~AFP~File") : ""
		s = ""
		if (rnd(3) == 0) s = "From issue #" (940 + rnd(50)) " of Nepali Times."
		if (rnd(2)) s = cat(s, HD pick("Most Read~Related~Latest") "\n" rel16(heads16, 2, 4, 5, "long", 0))
		s = cat(s, some("About~Contact~Subscribe~Advertise~Privacy~Himalmedia", 3, 5))
		FOOT = cat(s, "© " Y " Himalmedia Pvt Ltd | All Rights Reserved")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Viber", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+05:45"); TAGX = ""
}

function lanka16(title,    s, who, by, dl, st, sh, im, h, mi, k, v) {
	h = 6 + rnd(17); mi = rnd(60)
	site7(pick(" - Breaking News | Daily Mirror~~ | Daily Mirror"), "www.dailymirror.lk", "/" pick("breaking_news~international~top_story") "/" \
	    slug7(title) "/108-" (158000 + rnd(30000)))
	s = some("Daily Mirror~Online Edition~සිංහල~தமிழ்~E-Paper~Search~Menu", 2, 5)
	s = cat(s, some("Breaking News~Top Stories~Latest News~Sports~Business~International~Opinion~Editorial~Features~Life~Cafe Spectator~" \
	    "Print Edition~Video~Photo Stories~Obituaries", 5, 11))
	if (rnd(3) == 0) s = cat(s, mkt16("ASPI", 5200, 6300))
	if (rnd(3) == 0) s = cat(s, "USD\nRs. " (176 + rnd(10)) "." d2(rnd(100)))
	s = cat(s, bar16("Breaking News~Just In~LATEST", 5))
	s = cat(s, top16("Most Viewed~Latest~Top Stories", "plain~num"))
	NAV = cat(s, pick("International~Breaking News~Top Stories~News"))
	who = pick("Kasun Ranasinghe~Dilini Fernando~Tharindu Jayawardena~Sanjeewa Perera~Shehani Dias")
	v = rnd(3) ? "{{hitsCtrl.values.hits}}" : commas13(120 + rnd(30000))	# the views, or the template's unfilled tag
	dl = d2(D) " " month[M] " " Y " " clock0(h, mi, "am", "pm") " - " rnd(40) " - " v
	st = rnd(2) ? standfirst(gen16) : ""
	k = rnd(3)
	if (k == 0) { by = ""; insert("By " who, 0); BYN = who }	# the byline opens the story
	else if (k == 1) { by = ""; BYN = "" }
	else { by = "By " lk(who); BYN = who }
	if (k == 1 && rnd(2)) lead16(pick("Colombo~Kandy~Jaffna~Galle") ", " abbr[M] " " D " (Daily Mirror) - ")
	im = rnd(2) ? CP pick(caps16) ". " pick("Pic by " pick("Nimal Dayaratne~Ruwan Kulasekara~Pradeep Pathirana") "~Pix by " \
	    pick("Damith Wickramasinghe~Sameera Weerasekera") "~(File photo)~AFP~Reuters") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Viber~Email", 2, 4) : ""
	HEAD = order("dl by st im sh~by dl im st sh~im dl by st", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = "Comments - " rnd(40) "\nAdd comment\nComments are read before they appear. Daily Mirror Online may shorten, correct or leave out any comment."
	if (rnd(2)) s = cat(s, HD pick("You May Also Like~Latest News~Most Viewed") "\n" rel16(heads16, 2, 4, 3, "lk", 0))
	s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms of Use~Subscriptions~Career", 3, 5))
	FOOT = cat(s, "Copyright © " Y " Wijeya Newspapers Ltd. All rights reserved.")
	DLX = dlx(by, dl); ISOT = isot7(h, mi, "+05:30"); TAGX = ""
}

function taiwan16(title,    s, who, by, dl, st, sh, im, h, mi, ss) {
	h = 6 + rnd(17); mi = rnd(60); ss = d2(rnd(60))
	site7(pick(" | Taiwan News | " Y "-" d2(M) "-" d2(D) " " hm(h, mi) ":" ss "~~ | Taiwan News"), "www.taiwannews.com.tw", \
	    "/en/news/" (3600000 + rnd(250000)))
	s = some("Taiwan News~台灣英文新聞~English~日本語~Search~Menu~Subscribe", 2, 5)
	s = cat(s, some("Taiwan~Politics~Business~Society~Culture~Sports~World~Asia~China~Opinion~Travel~Food~Photos~Video~Weather", 5, 10))
	if (rnd(3) == 0) s = cat(s, wx16(pick("Taipei~Kaohsiung~Taichung~Hualien"), 11, 35, "C"))
	if (rnd(4) == 0) s = cat(s, "USD/TWD\n" (30 + rnd(2)) "." d2(rnd(100)))
	s = cat(s, top16("Most Read~Latest~Featured", "plain~num~under"))
	NAV = cat(s, pick("World~Asia~Taiwan~Politics~News\nWorld"))
	who = pick("Central News Agency~Reuters~Associated Press~Taiwan News~Lin Yu-ting~Marcus Hale~Chen Pei-hsuan~Daniel Wirth")
	by = "By " lk(who) (who ~ /^(Lin|Marcus|Chen|Daniel) / ? ", Taiwan News, Staff Writer" : "")
	dl = Y "/" d2(M) "/" d2(D) " " hm(h, mi)	# year, month, day
	st = rnd(3) ? standfirst(gen16) : ""
	if (who ~ /^(Taiwan News|Lin|Marcus|Chen|Daniel)/ && rnd(2)) lead16("TAIPEI (Taiwan News) — ")
	im = rnd(2) ? CP pick(caps16) ". " pick("(CNA photo)~(Taiwan News photo)~(AP photo)~(Reuters photo)~(Facebook photo)~" \
	    "(Flickr, Presidential Office photo)") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~LINE~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	s = ""
	TAGX = some(tags16, 2, 4)
	if (rnd(2)) s = HD "Tags\n" TAGX
	if (rnd(2)) s = cat(s, HD pick("Related News~Latest~Most Read") "\n" rel16(heads16, 2, 4, 3, "tw", 1))
	s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms of Service~Careers", 3, 5))
	FOOT = cat(s, "Copyright © " Y " Taiwan News. All Rights Reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+08:00")
}

function namib16(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 6 + rnd(17); mi = rnd(60)
	site7(pick(" - The Namibian~~ | The Namibian"), "www.namibian.com.na", "/" (184000 + rnd(9000)) "/archive-read/" slug7(title))
	s = some("The Namibian~Subscribe~Sign in~Search~Menu~e-Edition", 2, 5)
	if (rnd(3) == 0) s = cat(s, dayname[W + 1] ", " d2(D) " " month[M] " " Y)	# the site's date bar
	s = cat(s, some("National~Politics~Business~Crime~Sport~Africa~World~Opinion~Letters~Youth Paper~Environment~Health~Education~" \
	    "Lifestyle~Classifieds~Jobs~Tenders~SMSes", 5, 11))
	if (rnd(3) == 0) s = cat(s, wx16(pick("Windhoek~Walvis Bay~Oshakati~Keetmanshoop"), 8, 37, "C"))
	if (rnd(4) == 0) s = cat(s, "N$/US$\n" (13 + rnd(3)) "." d2(rnd(100)))
	s = cat(s, top16("Most Read~Latest~Top Stories", "plain~num"))
	NAV = cat(s, pick("World~Africa~National~News\nWorld"))
	who = pick("Nampa~AFP~Reuters~Namibian Reporter~Ndapewa Nakale~Iipumbu Shikongo~Adelheid Garoes~Jan van der Merwe")
	k = rnd(3)
	if (k == 0) { by = lk(who) " | " Y "-" d2(M) "-" d2(D); dl = "" }
	else if (k == 1) { by = pick("By ~") lk(who); dl = "Published " D " " month[M] " " Y }
	else { by = lk(who); dl = dayname[W + 1] ", " month[M] " " d2(D) ", " Y }
	st = rnd(3) ? standfirst(gen16) : ""
	im = rnd(2) ? CP pick(caps16) ". " pick("Photo: Contributed~Photo: Nampa~Photo: AFP~Photo: " pick("Helvi Amutenya~Tjipee Katjiuongua") "~Photo: File") : ""
	if (who ~ /^(Nampa|AFP|Reuters)$/ && rnd(2)) sig16("– " who)
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	s = ""
	if (rnd(3) == 0) s = "Have your say: SMS your views to the Namibian's reader line. Messages may be edited for length."
	if (rnd(2)) s = cat(s, HD pick("Related~More from World~Most Read") "\n" rel16(heads16, 2, 4, 4, "iso", 2))
	s = cat(s, some("About Us~Contact Us~Advertise~Subscriptions~Privacy Policy~Terms & Conditions~Careers", 3, 5))
	FOOT = cat(s, "© " Y " The Namibian Newspaper. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+02:00"); TAGX = ""
}

function zam16(title,    s, who, by, dl, st, sh, im, h, mi, k, n, i, c, d) {
	h = 6 + rnd(17); mi = rnd(60)
	st = rnd(3) ? standfirst(gen16) : ""
	if (rnd(2)) {	# the Herald (Zimbabwe)
		site7(pick(" | The Herald~~ - The Herald"), "www.herald.co.zw", "/" slug7(title) "/")
		s = some("The Herald~Zimpapers~Search~Menu~E-Paper~Subscribe", 2, 5)
		s = cat(s, some("News~Top Stories~Local~Business~Sport~Opinion~Entertainment~Health~Features~World~Africa~Politics~Crime & Courts~" \
		    "Agriculture~Columnists~Obituaries", 5, 11))
		if (rnd(3) == 0) s = cat(s, wx16(pick("Harare~Bulawayo~Mutare~Gweru"), 9, 33, "C"))
		s = cat(s, top16("Latest~Most Read~Top Stories", "plain~num"))
		NAV = cat(s, pick("World~Africa~Top Stories~News"))
		who = pick("Herald Reporter~Herald Correspondent~Herald Foreign Desk~Blessing Chikomba~Rutendo Mashiri~Tinashe Kunaka")
		by = ""
		if (rnd(2)) insert(who (who ~ /^Herald/ ? "" : "\n" pick("Senior Reporter~Political Editor~Foreign Editor~Features Writer")), 0)	# the byline opens the story
		else by = lk(who)
		dl = rnd(2) ? month[M] " " D ", " Y : abbr[M] " " D ", " Y
		if (rnd(3) == 0) sig16(pick("— New Ziana~— AFP~— Xinhua~— Reuters~— SAnews"))
		im = rnd(2) ? CP pick(caps16) " " pick("(Picture by " pick("Tawanda Mudimu~Kudzai Bhuka") ")~— AFP~— Reuters~— File picture") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related~More in World~You may also like") "\n" rel16(heads16, 2, 4, 3, "long", 0)
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms~Zimpapers", 3, 5))
		FOOT = cat(s, "© " Y " Zimpapers. All rights reserved.")
	} else {	# Lusaka Times
		site7(pick(" - Lusaka Times~~ | Lusaka Times"), "www.lusakatimes.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("Lusaka Times~Zambia news as it happens~Search~Menu~Advertise", 2, 5)
		s = cat(s, some("Home~General News~Politics~Economy~Sports~Feature Politics~Columns~Entertainment~Health~Education~Rural News~Africa~" \
		    "World~Business~Sci-Tech", 5, 10))
		s = cat(s, top16("Recent Posts~Popular~Latest", "plain~num"))
		NAV = cat(s, pick("World~Africa~General News~Headlines"))
		who = pick("Chief Editor~Lusaka Times~Reuters~AFP")
		by = "by " lk(who)
		n = rnd(60)
		dl = month[M] " " D ", " Y
		if (rnd(2)) { by = by "\n" dl "\n" n " " (n == 1 ? "Comment" : "Comments"); dl = "" }
		im = rnd(2) ? CP pick(caps16) : ""
		s = ""
		if (n > 0 && rnd(2)) {	# readers' comments, on the day and the days after
			s = HD n " " (n == 1 ? "COMMENT" : "COMMENTS")
			k = 1 + rnd(3); d = 0
			for (i = 0; i < k; i++) {
				d += rnd(2); shift(d)
				c = pick("Mwansa Kaunda~Concerned Citizen~Chanda M~Bana Mutale~Nkandu~Observer")
				s = s "\n" c "\n" month[SM] " " SD ", " SY " At " clock(6 + rnd(16), rnd(60), "am", "pm") "\n" \
				    pick("This is what happens when nobody plans ahead.~Let us wait for the full report before we judge.~" \
				    "Same story every year, nothing changes.~Good move, at last someone is listening.~Where are our leaders on this?") \
				    "\nReply"
			}
		}
		if (rnd(2)) s = cat(s, HD pick("Related Posts~More Stories") "\n" rel16(heads16, 2, 3, 4, "long", 0))
		s = cat(s, some("Home~About Us~Contact Us~Advertise~Privacy Policy~Terms of Use", 3, 5))
		FOOT = cat(s, "© " Y " Lusaka Times - Zambia's online newspaper")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+02:00"); TAGX = ""
}

function folha16(title,    s, who, by, dl, st, sh, im, h, mi, k, city) {
	h = 6 + rnd(17); mi = rnd(60); later9(h, mi)
	site7(pick(" - Folha de S.Paulo~~ | Folha"), "www1.folha.uol.com.br", "/internacional/en/" pick("brazil~world~business~scienceandhealth") \
	    "/" Y "/" d2(M) "/" slug7(title) ".shtml")
	s = some("Folha de S.Paulo~Português~Español~English~Search~Menu~Subscribe", 2, 5)
	s = cat(s, some("Brazil~Politics~Business~World~Science & Health~Environment~Culture~Sports~Opinion~Newsletter~Latin America", 5, 9))
	if (rnd(3) == 0) s = cat(s, "Ibovespa\n" dotted16(86000 + rnd(24000)) " pts\nDólar\nR$ " (3 + rnd(2)) "," d2(rnd(100)))
	if (rnd(3) == 0) s = cat(s, wx16(pick("São Paulo~Rio de Janeiro~Brasília"), 12, 35, "C"))
	s = cat(s, top16("Most Read~Latest~Highlights", "plain~num"))
	NAV = cat(s, pick("world~brazil~business~World\nLatin America"))
	who = pick("Renata Okumura~Thiago Bezerra~Luisa Campello~Caio Nogueira~Folhapress")
	city = pick("São Paulo~Brasília~Rio de Janeiro~Buenos Aires~Washington~Caracas")
	by = lk(who) (who == "Folhapress" ? "" : "\n" city)
	k = rnd(3)
	if (k == 0) dl = abbr[M] "." D "." Y " " ptclock(h, mi, ":", "AM", "PM")
	else if (k == 1) dl = abbr[M] "." D "." Y " " ptclock(h, mi, ":", "AM", "PM") "\nUpdated: " abbr[M] "." D "." Y " " ptclock(H2, MI2, ":", "AM", "PM")
	else dl = abbr[M] "." D "." Y " " hm(h, mi)
	st = rnd(3) ? standfirst(gen16) : ""
	im = rnd(2) ? CP pick(caps16) " - " pick(pick("Rafael Moreira~Beatriz Quental~Zanone Lima") "/Folhapress~Reuters~AFP~Divulgação") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Copy link", 2, 4) : ""
	HEAD = order("dl by st im sh~st by dl im sh~im dl by st", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = "Translated by " pick("Ana Tovar~Kim Schreiber~Paulo Migliacci~Leticia Vaz")
	if (rnd(2)) s = cat(s, "Read the article in the original language")
	if (rnd(2)) s = cat(s, HD pick("Latest~More in World~Read more") "\n" rel16(heads16, 2, 4, 4, "folha", 0))
	s = cat(s, some("About Folha~Contact~Subscribe~Privacy Policy~Terms of Use~Folha Topics", 3, 5))
	FOOT = cat(s, "Copyright Folha de S.Paulo. All rights reserved. No reproduction in any medium without written permission.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, brt16()); TAGX = ""
}

function colombia16(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 6 + rnd(17); mi = rnd(60)
	site7(pick(" | Colombia News | Colombia Reports~~ - Colombia Reports"), "colombiareports.com", "/" slug7(title) "/")
	s = some("Colombia Reports~Colombia News~Donate~Subscribe~Search~Menu", 2, 5)
	s = cat(s, some("News~Politics~Peace process~Crime~Drug trafficking~Economy~Business~Venezuela~Bogota~Medellin~Cali~Data~Opinion~Analysis~" \
	    "Travel", 5, 10))
	if (rnd(3) == 0) s = cat(s, "COP/USD\n" commas13(3050 + rnd(400)))
	if (rnd(3) == 0) s = cat(s, wx16(pick("Bogota~Medellin~Cali~Cartagena"), 9, 33, "C"))
	s = cat(s, top16("Most read~Latest~Popular", "plain~num~under"))
	NAV = cat(s, pick("News~Politics~Crime~World~Venezuela"))
	who = pick("Camila Ortiz~Tom Verhoeven~Daniela Rios~Colombia Reports~Felipe Arango")
	k = rnd(3)
	if (k == 0) { by = "by " lk(who) " " month[M] " " D ", " Y; dl = "" }
	else if (k == 1) { by = "by " lk(who); dl = month[M] " " D ", " Y }
	else { by = lk(who); dl = abbr[M] " " D ", " Y }
	st = rnd(3) ? standfirst(gen16) : ""
	im = rnd(2) ? CP pick(caps16) ". (Image: " pick("Presidency~Twitter~Wikimedia~Facebook~Police~Army~Colombia Reports") ")" : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Reddit~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Related\n" headlines(heads16, 1, 2), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = HD "Sources\n" some("El Tiempo~Semana~El Espectador~Caracol Radio~Blu Radio~RCN Radio~Noticias Caracol~Reuters~AFP", 1, 3)
	if (rnd(2)) s = cat(s, "Colombia Reports is funded by its readers. Become a member or make a one-off donation.")
	if (rnd(2)) s = cat(s, HD pick("Related posts~More news~Latest") "\n" rel16(heads16, 2, 4, 5, "long", 0))
	s = cat(s, some("About~Contact~Donate~Advertise~Privacy policy~Republishing", 3, 5))
	FOOT = cat(s, "© " Y " Colombia Reports")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "-05:00"); TAGX = ""
}

function consent16(    k) {	# a consent, meter or notification prompt
	k = rnd(3)
	if (k == 0)
		return ask("Cookies and your data~How we use your information~Cookie notice~Say yes or no to cookies",
		    "This site and " (20 + rnd(400)) " partners place cookies to keep pages working, count visits and show ads that pay " \
		    "for our journalism.~" \
		    "Click \"Agree\" to accept them all, or open the settings to pick the purposes you allow. Strictly necessary cookies are " \
		    "always on.~" \
		    "You can withdraw consent at any time from the privacy link in the footer.",
		    "Agree~Disagree~Settings~Only necessary~Partners~Save choices", 4)
	if (k == 1)
		return pick("You've reached your limit of free articles.~Only " (1 + rnd(5)) " free reads left this month.~" \
		    "Register to read more of our stories for free.") "\n" pick("Subscribe~Register~Sign in~View plans")
	return pick("Allow notifications for the latest news?~Read faster in our free app.~Add us to your home screen.") \
	    "\n" pick("Allow~Later~Install~No thanks")
}

function sixteenA(title, k) {
	if (k == 0) pc16(title)
	else if (k == 1) bh16(title)
	else if (k == 2) buffalo16(title)
	else if (k == 3) malta16(title)
	else if (k == 4) medgr16(title)
	else if (k == 5) duvar16(title)
	else if (k == 6) jordan16(title)
	else gulf16(title)
}
function sixteenB(title, k) {
	if (k == 0) dhaka16(title)
	else if (k == 1) nepal16(title)
	else if (k == 2) lanka16(title)
	else if (k == 3) taiwan16(title)
	else if (k == 4) namib16(title)
	else if (k == 5) zam16(title)
	else if (k == 6) folha16(title)
	else colombia16(title)
}
function sixteen(title,    k) {	# variant 16: one of its sites, now and then an ad line and a banner, NAV filled
	TS = ""; DOM = ""; URL = ""; BYN = ""; DLX = ""; ISOT = ""; TAGX = ""
	k = rnd(16)
	if (k < 8) sixteenA(title, k); else sixteenB(title, k - 8)
	if (rnd(6) == 0) NAV = cat(NAV, pick("Advertisement~ADVERTISEMENT~Ad Feedback~Paid content~Story continues after the ad"))
	if (rnd(4) == 0) banner(consent16(), 3, 30)
	fit("Menu~Search~Sign In~Subscribe~Close menu~Skip to content~Go to top~Navigation")
}

# Variant 16's layouts: variant 12's pages (lynx -dump with its numbered
# links, pandoc -t plain, and variant 9's layouts).
function layout16(title,    mode) {
	mode = rnd(7)
	if (mode == 0) return refs12(title)
	if (mode == 1) return stack(pan12(plain7(NAV, 0)), title, pan12(plain7(HEAD, 0)), wrapped("", 72), pan12(plain7(FOOT, 0)))
	return layout7(title, 0)
}

# Variant 17's sites, in 16 templates: the Kyiv Post, Meduza in English,
# Romania Insider, Hungary Today or Prague Morning, Notes from Poland, one
# of ERR News, LSM or the Baltic Times, Yle News or the Copenhagen Post, Le
# News, the Jakarta Globe, the Phnom Penh Post, Frontier Myanmar or Myanmar Now,
# GMA News or Philstar, the Malay Mail or the Borneo Post, the Fiji Times
# or the Samoa Observer, the Trinidad Guardian or the Nassau Guardian, and
# Barbados Today, in words written fresh: ordinary scraped news pages,
# menus before the title and share and footer lines after the body.  Each
# sets NAV, HEAD and FOOT and what layout7 needs (TS, DOM, URL, BYN, DLX,
# ISOT, TAGX).  Every date before the body is the article's day, in the
# site's form and zone, but for what says it is something else: an update
# on a later day printed beside the first ("Published Jan. 4, 2019" /
# "Updated Jan. 6, 2019"), a file photo's own earlier day ("File photo:
# ... on Dec. 20, 2018."), relative times ("Published 6 years ago on 04
# Jan 2019"), and other stories' days.  A day without its year ("Prague,
# Jan 4 (CTK) – ", "KUALA LUMPUR, Jan 4 — ") comes only below one with
# it; numbers alone ("14.01.2019", "14.1.2019") only where no other reading
# is possible; a year first ("2019.01.04.", "2019-01-04") is read as year,
# month, day.

function top17(labels, forms,    s) {	# as top16, from variant 17's headlines
	s = above(labels, heads17, 5, forms, src17, "LIVE: ~VIDEO: ~~~PHOTOS: ~")
	return s == "" ? "" : HD s
}
function bar17(labels, odds) {	# 1 in odds, a breaking-news bar: its label, another story's headline, now and then its age
	if (rnd(odds)) return ""
	return pick(labels) pick(": ~\n~ | ") pick(heads17) pick("~~\n" (1 + rnd(9)) " hours ago~ (" (5 + rnd(50)) " min)")
}
function people17(pool,    a, b) {	# one name from pool, now and then two: "A, B"
	a = pick(pool)
	if (rnd(5)) return a
	b = pick(pool)
	return b == a ? a : a ", " b
}
function solo17(who) { return index(who, ", ") == 0 }	# a single author
function mail17(who, dom,    a, n) {	# "Kristy Ramnarine" -> "kristy.ramnarine@dom"
	n = split(tolower(who), a, " ")
	return a[1] "." a[n] "@" dom
}
function wx17(city, lo, hi,    t) {	# weather: on one line, or the city and the temperature, now and then the sky, a line each
	t = lo + rnd(hi - lo + 1)
	if (rnd(2)) return city " " t "°C" (rnd(2) ? " " pick("☀~☁~☂~❄~⛅") : "")
	return pick("Weather~Today~Now") "\n" city "\n" t "°" (rnd(2) ? "\n" pick("Overcast~Sunny spells~Drizzle~Snow showers~" \
	    "Thunderstorms~Mist~Clear skies~Gusty winds") : "")
}
function mkt17(name, lo, hi,    v) {	# a market line: "BET 8,712.34 +0.48%"
	v = lo + rnd(hi - lo + 1)
	return name " " commas13(v) "." d2(rnd(100)) " " pick("+~-") rnd(2) "." d2(rnd(100)) "%"
}
function rate17(pair, lo, hi, dec,    v, f, i) {	# an exchange rate: "EUR/RON 4.6712"
	v = lo + rnd(hi - lo + 1); f = ""
	for (i = 0; i < dec; i++) f = f rnd(10)
	return pair " " v "." f
}
function lead17(s) { BODY = s BODY }	# a dateline run into the first paragraph
function sig17(s) { BODY = BODY "\n" s }	# a line of its own after the last paragraph
function run17(s) { BODY = BODY s }	# a sign-off run onto the last paragraph
function fmt17(style, y, m, d) {	# a day as variant 17's sites print it in their lists
	if (style == "kp") return ap[m] " " d ", " y	# "Jan. 3, 2019"
	if (style == "meduza") return clock(7 + rnd(16), rnd(60), "am", "pm") ", " month[m] " " d ", " y	# "11:40 am, January 3, 2019"
	if (style == "ri") return d2(d) " " month[m] " " y	# "03 January 2019"
	if (style == "hu") return y "." d2(m) "." d2(d) "."	# "2019.01.03."
	if (style == "uk") return d " " month[m] " " y	# "3 January 2019"
	if (style == "cph") return month[m] " " ord(d) ", " y	# "January 3rd, 2019"
	if (style == "mm") return d2(d) " " abbr[m] " " y	# "03 Jan 2019"
	if (style == "bt") return y "-" d2(m) "-" d2(d)	# "2019-01-03"
	if (style == "fj") return abbr[m] " " d ", " y	# "Jan 3, 2019"
	if (style == "yle") return dayname[wday(y, m, d) + 1] " " d " " month[m] " " y	# "Thursday 3 January 2019"
	return month[m] " " d ", " y	# "January 3, 2019"
}
# other stories, each 1 to gap days before the one above, days in fmt17's
# styles; form 0 headline over day (list), 1 day over headline (list), 2
# "headline (day)" (list), 4 headline over day, 5 day over headline (unmarked)
function rel17(pool, lo, hi, gap, style, form,    a, n, i, s, k, t, h) {
	n = split(some(pool, lo, hi), a, "\n")
	s = ""; k = 0
	for (i = 1; i <= n; i++) {
		k += 1 + rnd(gap)
		shift(-k)
		t = fmt17(style, SY, SM, SD)
		h = substr(a[i], 2)
		if (form == 1) s = cat(s, LI t "\n" LC h)
		else if (form == 2) s = cat(s, LI h " (" t ")")
		else if (form == 4) s = cat(s, h "\n" t)
		else if (form == 5) s = cat(s, t "\n" h)
		else s = cat(s, LI h "\n" LC t)
	}
	return s
}

function kyiv17(title,    s, who, by, dl, st, sh, im, h, mi, k, c) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	site7(pick(" | KyivPost~~ - Kyiv Post"), "www.kyivpost.com", "/" pick("ukraine-politics~world~business~kyiv") "/" slug7(title) ".html")
	s = some("Kyiv Post~Ukraine's Global Voice~Українською~Subscribe~Log in~Search~Menu", 2, 5)
	s = cat(s, some("Ukraine~Politics~War~Business~Kyiv~World~Opinion~Lifestyle~Technology~Multimedia~Podcasts~Jobs~Classifieds~Events", 5, 11))
	if (rnd(3) == 0) s = cat(s, "USD " (26 + rnd(3)) "." d2(rnd(100)) " UAH\nEUR " (29 + rnd(4)) "." d2(rnd(100)) " UAH")
	if (rnd(3) == 0) s = cat(s, wx17(pick("Kyiv~Lviv~Odesa~Kharkiv~Dnipro"), -14, 32))
	s = cat(s, bar17("Breaking~BREAKING~Live", 6))
	s = cat(s, top17("Most Read~Latest~Editor's Choice", "plain~num~under"))
	NAV = cat(s, pick("Ukraine Politics~World~Business~Ukraine\nPolitics~War"))
	who = pick("Yuliia Marchuk~Bohdan Ostapenko~Nataliia Horobets~Artem Dovzhenko~Sofiia Klymenko~Interfax-Ukraine~Reuters~Kyiv Post")
	by = "By " lk(who)
	k = rnd(4)
	if (k == 0) dl = "Published " ap[M] " " D ", " Y
	else if (k == 1) dl = "Published " ap[M] " " D ", " Y ". Updated " ap[M] " " D " at " clock(H2, MI2, "am", "pm")
	else if (k == 2) { shift(1 + rnd(4)); dl = "Published " ap[M] " " D ", " Y "\nUpdated " ap[SM] " " SD ", " SY }	# updated on a later day, labelled
	else { by = by ". Published " ap[M] " " D ", " Y ", " clock(h, mi, "am", "pm"); dl = "" }
	st = rnd(3) ? standfirst(gen17) : ""
	c = pick("Kostiantyn Rybak~Oleh Pereverziev~Mariia Tkach~UNIAN~Ukrinform~AFP~president.gov.ua~Courtesy")
	if (rnd(4) == 0) {	# a file photo, its own earlier day
		shift(-(3 + rnd(pick("20~90~500"))))
		im = CP "File photo: " pick(caps17) " on " ap[SM] " " SD ", " SY ". (" c ")"
	} else im = rnd(2) ? CP pick(caps17) ". (" c ")" : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Telegram~LinkedIn~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("READ MORE: " pick(heads17), 2 + rnd(3))
	s = ""
	if (who ~ /^(Yuliia|Bohdan|Nataliia|Artem|Sofiia) / && rnd(2)) s = "Kyiv Post staff writer " who " can be reached at " mail17(who, "kyivpost.com") "."
	if (rnd(2)) s = cat(s, "Spotted a mistake? Select the text and press Ctrl+Enter to let our editors know.")
	TAGX = some(tags17, 2, 5)
	if (rnd(2)) s = cat(s, HD "Tags:\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("More Kyiv Post stories~Latest~Most Read") "\n" rel17(heads17, 2, 4, 4, "kp", 0))
	if (rnd(3) == 0) s = cat(s, "Independent journalism from Ukraine needs independent money. Become a Kyiv Post member.")
	s = cat(s, some("About us~Contact~Advertising~Subscriptions~Terms of use~Privacy policy~Careers", 3, 5))
	FOOT = cat(s, "© 1995–" Y " Kyiv Post. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+03:00", "+02:00"))
}

function meduza17(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 7 + rnd(16); mi = rnd(60)
	site7(pick(" — Meduza~~ | Meduza"), "meduza.io", "/en/" pick("news~feature~cards") "/" Y "/" d2(M) "/" d2(D) "/" slug7(title))
	s = some("Meduza~Русская версия~English~Search~Menu~Support us", 2, 5)
	s = cat(s, some("News~Features~Analysis~Explainers~Podcasts~Opinion~Culture~Russia~Ukraine~World~The Real Russia. Today.~Archive", 4, 9))
	if (rnd(3) == 0) s = cat(s, "$ " (63 + rnd(8)) "." d2(rnd(100)) " ₽\n€ " (71 + rnd(9)) "." d2(rnd(100)) " ₽")
	s = cat(s, bar17("Breaking~Urgent~Just in", 6))
	s = cat(s, top17("Top stories~Latest~Most read", "plain~num"))
	NAV = cat(s, pick("News~Feature~Analysis~Explainer"))
	dl = clock(h, mi, "am", "pm") ", " month[M] " " D ", " Y	# "6:12 pm, January 4, 2019"
	k = rnd(3)
	if (k == 0) { who = ""; by = "Source: " lk(pick("Meduza~Interfax~TASS~RIA Novosti~Reuters~Kommersant~RBC~Novaya Gazeta")) }
	else if (k == 1) { who = ""; by = "" }
	else { who = pick("Anna Volkova~Ilya Sorokin~Daria Belova~Pavel Gromov~Ksenia Orlova"); by = "Story by " lk(who) }
	st = rnd(2) ? standfirst(gen17) : ""
	im = rnd(2) ? CP pick(caps17) pick(" ~\n") pick("Alexander Petrov~Yulia Gusarova~Dmitry Lebedev~Sergei Karpov") " / " \
	    pick("Reuters~AP~Kommersant~TASS~AFP") " / Scanpix / LETA" : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~VK~Telegram~Copy link", 2, 4) : ""
	HEAD = order("dl by st im sh~st dl by im sh~im dl st by", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = (k == 2 ? "Translation by " : "Summary by ") pick("Hannah Lerner~Sam Whitby~Olga Korneva~Peter Dunn")
	if (rnd(2)) s = cat(s, "Meduza answers to its readers, not to a government or an owner. Back us with a monthly donation.")
	if (rnd(2)) s = cat(s, HD pick("More from Meduza~Read next~Latest") "\n" rel17(heads17, 2, 4, 3, "meduza", 0))
	s = cat(s, some("About~Contact~Advertising~Privacy policy~RSS~Telegram~Newsletter", 3, 5))
	FOOT = cat(s, "© 2014–" Y " Meduza")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+03:00"); TAGX = ""
}

function romania17(title,    s, who, by, dl, st, sh, im, h, mi, k, ph) {
	h = 7 + rnd(16); mi = rnd(60)
	site7(pick(" | Romania Insider~~ - Romania Insider"), "www.romania-insider.com", "/" slug7(title))
	s = some("Romania Insider~Newsletter~Events~Search~Menu~Log in~Subscribe", 2, 5)
	s = cat(s, some("News~Politics~Business~Real Estate~Tech~Energy~Travel~Culture~Sports~Bucharest~Cluj~Timisoara~Iasi~Guides~Jobs", 5, 11))
	if (rnd(3) == 0) s = cat(s, rate17("EUR/RON", 4, 4, 4))
	if (rnd(4) == 0) s = cat(s, mkt17("BET", 6900, 10300))
	if (rnd(3) == 0) s = cat(s, wx17(pick("Bucharest~Cluj-Napoca~Constanta~Iasi~Brasov"), -12, 37))
	s = cat(s, bar17("Breaking~Latest~Update", 7))
	s = cat(s, top17("Most Read~Latest News~Editor's Picks", "plain~num~under"))
	NAV = cat(s, pick("Politics~Business~World~News\nPolitics~Society"))
	who = pick("Andrei Voicu~Ioana Dinu~Radu Stanciu~Elena Murgu~Mihaela Tudor~Romania Insider")
	k = rnd(3)
	if (k == 0) { by = "by " lk(who); dl = d2(D) " " month[M] " " Y }
	else if (k == 1) { by = lk(who) " | " d2(D) " " month[M] " " Y; dl = "" }
	else { by = lk(who); dl = d2(D) " " month[M] " " Y "\n" (2 + rnd(5)) " min read" }
	st = rnd(3) ? standfirst(gen17) : ""
	ph = pick("Inquam Photos/" pick("Octavian Dragan~Liviu Ilie~Sabina Preda") "~Shutterstock~Dreamstime~gov.ro~Facebook page of the ministry~" \
	    "Wikimedia Commons")
	im = rnd(2) ? CP pick(caps17) " (Photo source: " ph ")" : ""
	if (rnd(2)) sig17("(" pick("Photo source: ~Opening photo source: ") ph ")")
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~Email~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	s = ""
	if (who != "Romania Insider" && rnd(2)) s = mail17(who, "romania-insider.com")
	TAGX = some(tags17, 2, 5)
	if (rnd(2)) s = cat(s, HD "Tags\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("Related Stories~Latest News~Most Read") "\n" rel17(heads17, 2, 4, 3, "ri", 0))
	if (rnd(3) == 0) s = cat(s, "Get the morning's Romania news in your inbox. Sign up for our free newsletter.")
	s = cat(s, some("About us~Contact~Advertise~Terms and conditions~Privacy policy~Cookies", 3, 5))
	FOOT = cat(s, "© " Y " Romania Insider. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+03:00", "+02:00"))
}

function cee17(title,    s, who, by, dl, st, sh, im, h, mi, k, hu) {
	h = 7 + rnd(16); mi = rnd(60)
	st = rnd(3) ? standfirst(gen17) : ""
	if (rnd(2)) {	# Hungary Today
		site7(pick(" - Hungary Today~~"), "hungarytoday.hu", "/" slug7(title) "/")
		s = some("Hungary Today~About Hungary~Magyar~Newsletter~Search~Menu", 2, 5)
		s = cat(s, some("Politics~Economy~Society~Culture~Sports~Foreign Affairs~Budapest~Tourism~Tech~Opinion~Interviews~Podcast~Video", 5, 10))
		if (rnd(3) == 0) s = cat(s, rate17("EUR/HUF", 315, 333, 2))
		if (rnd(4) == 0) s = cat(s, mkt17("BUX", 37000, 44000))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Budapest~Debrecen~Szeged~Pécs~Győr"), -10, 35))
		s = cat(s, top17("Most Read~Latest~Trending", "plain~num"))
		NAV = cat(s, pick("Politics~Society~Foreign Affairs~World~Economy"))
		who = pick("Ádám Kertész~Zsófia Varga~Bence Molnár~Réka Szalai~Hungary Today")
		hu = Y "." d2(M) "." d2(D) "."	# year, month, day
		k = rnd(3)
		if (k == 0) { by = "By " lk(who) " | " hu; dl = "" }
		else if (k == 1) { by = "By " lk(who); dl = hu " " hm(h, mi) }
		else { by = lk(who); dl = month[M] " " D ", " Y }
		im = rnd(2) ? CP pick(caps17) ". " pick("Featured photo via MTI/" pick("Ferenc Halmi~Edit Rácz~Márton Gyenes") "~" \
		    "Featured photo illustration via Pixabay~Photo via Facebook~Image via MTI") : ""
		if (rnd(2)) sig17("via " pick("MTI~MTI, hirado.hu~Magyar Nemzet, MTI~index.hu~444.hu, MTI~Reuters"))
		s = ""
		TAGX = some(tags17, 2, 5)
		if (rnd(2)) s = HD "Tags:\n" TAGX
		if (rnd(2)) s = cat(s, HD pick("Related Articles~Latest~Most Read") "\n" rel17(heads17, 2, 4, 3, "hu", 0))
		if (rnd(3) == 0) s = cat(s, "Want Hungary's news every weekday morning? Sign up for our newsletter.")
		s = cat(s, some("About Us~Contact~Impressum~Privacy Policy~Advertise~Podcast", 3, 5))
		FOOT = cat(s, "© " Y " Hungary Today")
	} else {	# Prague Morning
		site7(pick(" | Prague Morning~~ - Prague Morning"), "www.praguemorning.cz", "/" slug7(title) "/")
		s = some("Prague Morning~Czech Republic News in English~Newsletter~Search~Menu~Jobs", 2, 5)
		s = cat(s, some("Prague~Czech Republic~Business~Tech~Culture~Travel~Expats~Events~Europe~World~Opinion~Health~Real Estate", 5, 10))
		if (rnd(3) == 0) s = cat(s, rate17("EUR/CZK", 25, 25, 3))
		if (rnd(4) == 0) s = cat(s, mkt17("PX", 960, 1120))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Prague~Brno~Ostrava~Plzeň"), -12, 34))
		s = cat(s, top17("Most Popular~Latest~Don't Miss", "plain~num~under"))
		NAV = cat(s, pick("World~Europe~Czech Republic~Prague"))
		who = pick("Prague Morning~ČTK~Tereza Holubová~Jakub Marek~Lucie Dvořáková")
		by = "by " lk(who)
		if (rnd(2)) dl = month[M] " " D ", " Y
		else { by = by " | " month[M] " " D ", " Y; dl = "" }
		if (who == "ČTK" || rnd(5) == 0) lead17("Prague, " abbr[M] " " D " (CTK) – ")
		im = rnd(2) ? CP pick(caps17) ". " pick("Photo credit: ČTK/" pick("Ondřej Hájek~Vít Šimánek") "~Photo credit: Prague Morning~" \
		    "Photo credit: Pixabay~Photo credit: Government of the Czech Republic") : ""
		s = ""
		if (rnd(2)) s = HD pick("You may also like~Related~More in World") "\n" rel17(heads17, 2, 4, 4, "long", 0)
		if (rnd(3) == 0) s = cat(s, "Prague Morning is free to read. A small contribution helps keep it that way.")
		s = cat(s, some("About~Contact~Advertise~Privacy Policy~Terms~Jobs in Prague", 3, 5))
		FOOT = cat(s, "© " Y " Prague Morning. All Rights Reserved.")
		TAGX = ""
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~WhatsApp~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+02:00", "+01:00"))
}

function poland17(title,    s, who, by, dl, st, sh, im, h, mi, k, cr) {
	h = 7 + rnd(16); mi = rnd(60)
	site7(pick(" - Notes from Poland~~"), "notesfrompoland.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
	s = some("Notes from Poland~Support us~Newsletter~Podcast~Search~Menu", 2, 5)
	s = cat(s, some("News~Politics~Society~Economy~Business~Culture~History~Foreign policy~Law~Environment~Opinion~Explainers~Features~Sport", 5, 10))
	if (rnd(3) == 0) s = cat(s, rate17("EUR/PLN", 4, 4, 4))
	if (rnd(4) == 0) s = cat(s, mkt17("WIG20", 2100, 2500))
	if (rnd(3) == 0) s = cat(s, wx17(pick("Warsaw~Kraków~Gdańsk~Wrocław~Poznań"), -12, 34))
	s = cat(s, top17("Most read~Latest~Popular", "plain~num"))
	NAV = cat(s, pick("News~Politics~Society~Foreign policy~World"))
	who = rnd(4) ? people17("Daniel Kerr~Agnieszka Pilch~Tomasz Wrona~Marta Zielinska") : "Notes from Poland staff"
	k = rnd(3)
	if (k == 0) { by = "By " lk(who); dl = month[M] " " D ", " Y }
	else if (k == 1) { by = lk(who); dl = D " " month[M] " " Y }
	else { by = "By " lk(who); dl = month[M] " " D ", " Y "\n" (3 + rnd(8)) " min read" }
	st = rnd(3) ? standfirst(gen17) : ""
	cr = pick("Kamil Ostrowski/KPRM~Jan Wasik/KPRP~Kancelaria Sejmu/Flickr~Ewa Lipska/East News~Pawel Mroz/Agencja Gazeta")
	im = rnd(2) ? CP pick(caps17) " (Photo: " cr ")" : ""
	if (rnd(2)) sig17("Main image credit: " cr pick("~ (under CC BY-NC-ND 2.0)~ (under CC BY 3.0 PL)"))
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Read also: " pick(heads17), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Notes from Poland is independent and funded by its readers. Help keep it free to read: become a Patron."
	if (solo17(who) && who != "Notes from Poland staff" && rnd(2)) s = cat(s, who " covers politics and society for Notes from Poland from Warsaw.")
	if (rnd(2)) s = cat(s, HD pick("Related articles~More from Notes from Poland~Latest") "\n" rel17(heads17, 2, 3, 4, "long", 4))
	s = cat(s, some("About us~Team~Contact~Support us~Privacy policy~Republishing", 3, 5))
	FOOT = cat(s, "© " Y " Notes from Poland")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+02:00", "+01:00")); TAGX = ""
}

function baltic17(title,    s, who, by, dl, st, sh, im, h, mi, p, off) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen17) : ""
	off = eutz("+03:00", "+02:00")
	p = rnd(3)
	if (p == 0) {	# ERR News
		site7(pick(" | News | ERR~~"), "news.err.ee", "/" (880000 + rnd(150000)) "/" slug7(title))
		s = some("ERR News~ERR~Eesti~Русский~Search~Menu", 2, 5)
		s = cat(s, some("News~Politics~Economy~Society~Culture~Opinion~Sports~Feature~Interview~Weekend~Tallinn~Tartu~Ida-Viru County~Podcast", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Tallinn~Tartu~Pärnu~Narva"), -20, 29))
		if (rnd(4) == 0) s = cat(s, mkt17("OMX Tallinn", 1150, 1300))
		s = cat(s, bar17("Breaking~News flash~Latest", 7))
		s = cat(s, top17("Most read~Latest news~Editor's picks", "plain~num~under"))
		NAV = cat(s, pick("News~Politics~Economy~Society~World"))
		who = pick("ERR News~BNS~Kertu Saar~Priit Lepik~Helen Tamm~Andres Kask")
		by = who == "BNS" ? "" : lk(who)
		if (D > 12 || D == M) dl = d2(D) "." d2(M) "." Y " " hm(h, mi)	# day first, where it reads only so
		else dl = D " " month[M] " " Y " " hm(h, mi)
		if (rnd(3) == 0) dl = dl "\nUpdated: " hm(H2, MI2)
		im = rnd(2) ? CP pick(caps17) ". " pick("Source: " pick("ERR~Postimees/Scanpix~Riigikogu~BNS") "~Author: " \
		    pick("Siim Lõvi~Ken Mürk~Priit Mürk") "/ERR") : ""
		s = "Editor: " pick("Kristjan Tamm~Roberta Kask~Mari Lepp~Andrew Whyte")
		if (rnd(2)) s = cat(s, "Source: " pick("BNS~ERR~ETV~Vikerraadio~Postimees~Aktuaalne kaamera~ERR News"))
		if (rnd(2)) s = cat(s, "Find ERR News on Facebook and Twitter for the day's Estonian news as it breaks.")
		TAGX = some(tags17, 2, 5)
		if (rnd(2)) s = cat(s, HD "Tags\n" TAGX)
		if (rnd(2)) s = cat(s, HD pick("Related~Latest news~Most read") "\n" rel17(heads17, 2, 4, 3, "uk", 0))
		s = cat(s, some("About ERR News~Contact~ERR~Privacy~Terms of use~RSS", 3, 5))
		FOOT = cat(s, "© " Y " ERR")
	} else if (p == 1) {	# LSM, Latvian Public Broadcasting
		site7(pick(" / Article~~ | LSM"), "eng.lsm.lv", "/article/" pick("politics~economy~society~culture") "/" \
		    pick("politics~economy~society~culture") "/" slug7(title) ".a" (305000 + rnd(30000)) "/")
		s = some("LSM.lv~Latvian Public Broadcasting~Latviski~Русский~Search~Menu", 2, 5)
		s = cat(s, some("Politics~Economy~Society~Culture~Sport~Features~Latvia~Baltic~World~Weather~Video~Radio", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Riga~Daugavpils~Liepāja~Jelgava"), -18, 30))
		s = cat(s, bar17("Breaking~Latest~Live", 7))
		s = cat(s, top17("Most read~Latest~Featured", "plain~num"))
		NAV = cat(s, pick("Politics~Society~Economy~World~Culture"))
		who = pick("LSM English~LETA~Latvian Radio~Laura Ozola~Edgars Berzins~Ilze Kalnina")
		by = lk(who)
		dl = month[M] " " D ", " Y " " hm(h, mi)	# "January 4, 2019 18:12"
		im = rnd(2) ? CP pick(caps17) ". Photo: " pick("LETA~LSM~Latvian Television~Valdis Ozols/Saeima~Arnis Dzenis/LETA") : ""
		s = ""
		if (rnd(3) == 0) s = "If you'd like to keep up with Latvian news, sign up for our weekly e-mail."
		TAGX = some(tags17, 2, 4)
		if (rnd(2)) s = cat(s, HD "Tags\n" TAGX)
		if (rnd(2)) s = cat(s, HD pick("Related news~Latest~More") "\n" rel17(heads17, 2, 4, 3, "long", 0))
		s = cat(s, some("About~Contact~Privacy policy~Cookies~Latvian Radio~Latvian Television", 3, 5))
		FOOT = cat(s, "© " Y " Latvian Public Broadcasting")
	} else {	# the Baltic Times
		site7(pick(" | The Baltic Times~~"), "www.baltictimes.com", "/" slug7(title) "/")
		s = some("The Baltic Times~Subscribe~Log in~Search~Menu~Print edition", 2, 5)
		s = cat(s, some("Estonia~Latvia~Lithuania~Baltic~Business~Politics~Society~Opinion~Culture~Sports~Conferences~World", 5, 9))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Vilnius~Riga~Tallinn~Kaunas"), -18, 30))
		s = cat(s, top17("Most read~Latest~Top stories", "plain~num~under"))
		NAV = cat(s, pick("World~Baltic~Lithuania~Latvia~Estonia"))
		who = pick("TBT Staff~BNS/TBT Staff~LETA/TBT Staff~ELTA")
		by = lk(who)
		dl = Y "-" d2(M) "-" d2(D)	# year, month, day
		if (rnd(2)) lead17(pick("VILNIUS – ~RIGA – ~TALLINN – ~KAUNAS – "))
		im = rnd(2) ? CP pick(caps17) ". " pick("Scanpix~BNS~LETA~Wikimedia Commons~TBT") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related~Latest~Most read") "\n" rel17(heads17, 2, 4, 3, "bt", 2)
		s = cat(s, some("About~Contact~Advertise~Subscribe~Privacy~Terms", 3, 5))
		FOOT = cat(s, "© " Y " The Baltic Times")
		TAGX = ""
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off)
}

function nordic17(title,    s, who, by, dl, st, sh, im, h, mi, off) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen17) : ""
	if (rnd(2)) {	# Yle News
		off = eutz("+03:00", "+02:00")
		site7(pick(" | Yle News~~ | News | Yle"), "yle.fi", "/a/3-" (10590000 + rnd(500000)))
		s = some("Yle~Yle News~Areena~Uutiset~Svenska Yle~Search~Menu~Log in", 2, 5)
		s = cat(s, some("News~Finland~Politics~Business~Culture~Science~Sports~Climate~Nordics~Helsinki~Newsletter~Podcasts~Easy Finnish", 4, 9))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Helsinki~Tampere~Turku~Oulu~Rovaniemi"), -25, 31))
		s = cat(s, bar17("Breaking news~Latest~Live", 7))
		s = cat(s, top17("Most read~Latest news~Editors' picks", "plain~num"))
		NAV = cat(s, pick("News~Politics~Business~Finland~World"))
		who = pick("Yle News~STT~Reuters~Aino Lehtonen~Mikko Saarinen~Johanna Virta~Eero Kallio")
		by = lk(who)
		if (D > 12 || D == M) {	# day first, where it reads only so
			dl = D "." M "." Y " " hm(h, mi)
			if (rnd(2)) dl = dl "\nUpdated " D "." M "." Y " " hm(H2, MI2)
		} else {
			dl = D " " month[M] " " Y " at " hm(h, mi)
			if (rnd(2)) dl = dl "\nUpdated " hm(H2, MI2)
		}
		im = rnd(2) ? CP pick(caps17) ". Image: " pick(pick("Antti Nurmi~Laura Kivelä~Jussi Harju") " / " pick("Yle~Lehtikuva~AOP") "~Yle~Reuters") : ""
		s = ""
		if (rnd(2)) s = "Yle News brings you the news from Finland in English every weekday. Listen to our podcast on Yle Areena."
		TAGX = some(tags17, 2, 4)
		if (rnd(2)) s = cat(s, HD "Topics\n" TAGX)
		if (rnd(2)) s = cat(s, HD pick("Read more~Latest news~Most read") "\n" rel17(heads17, 2, 4, 3, "yle", 0))
		s = cat(s, some("About Yle~Contact~Privacy~Accessibility~Cookie settings~Yle Areena", 3, 5))
		FOOT = cat(s, "© Yle " Y)
	} else {	# the Copenhagen Post
		off = eutz("+02:00", "+01:00")
		site7(pick(" - The Post~~ | The Copenhagen Post"), "cphpost.dk", "/?p=" (112000 + rnd(9000)))
		s = some("The Copenhagen Post~CPH POST~Subscribe~Jobs~Search~Menu", 2, 5)
		s = cat(s, some("News~Denmark~Politics~Business~Culture~Education~Opinion~Copenhagen~Sport~Events~Expat Life~Weekly Digest", 5, 10))
		if (rnd(3) == 0) s = cat(s, rate17("EUR/DKK", 7, 7, 4))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Copenhagen~Aarhus~Odense~Aalborg"), -9, 30))
		s = cat(s, top17("Most Read~Latest~Featured", "plain~num~under"))
		NAV = cat(s, pick("News~Politics~Business~World~Denmark"))
		who = pick("Mette Holm~Lars Bak~Sara Nygaard~Thomas Reid~CPH POST")
		dl = month[M] " " ord(D) ", " Y " " clock(h, mi, "am", "pm")	# "January 4th, 2019 6:12 pm"
		if (rnd(2)) { by = "by " lk(who); }
		else { by = dl " | by " lk(who); dl = "" }
		im = rnd(2) ? CP pick(caps17) " (photo: " pick("Pixabay~Ritzau Scanpix~Kristian Holm~Flickr~Wikimedia Commons~Folketinget") ")" : ""
		s = ""
		if (rnd(3) == 0) s = "Got a story for us? Write to the newsdesk at news@cphpost.dk."
		if (rnd(2)) s = cat(s, HD pick("Related posts~More news~Latest") "\n" rel17(heads17, 2, 4, 4, "cph", 0))
		s = cat(s, some("About~Contact~Advertise~Subscribe~Privacy~Terms", 3, 5))
		FOOT = cat(s, "© " Y " The Copenhagen Post")
		TAGX = ""
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off)
}

function swiss17(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 7 + rnd(16); mi = rnd(60)
	site7(pick(" - Le News~~ | Le News"), "lenews.ch", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
	s = some("Le News~Swiss news in English~Subscribe~Learn French~Search~Menu", 2, 5)
	s = cat(s, some("News~Switzerland~Geneva~Lausanne~Vaud~Valais~Business~Personal finance~Health~Politics~Swiss life~Travel~Culture~" \
	    "Opinion~Events", 5, 10))
	if (rnd(3) == 0) s = cat(s, rate17("EUR/CHF", 1, 1, 4))
	if (rnd(4) == 0) s = cat(s, mkt17("SMI", 8400, 10400))
	if (rnd(3) == 0) s = cat(s, wx17(pick("Geneva~Lausanne~Bern~Zurich~Sion"), -8, 34))
	s = cat(s, top17("Most read~Latest~Popular this week", "plain~num"))
	NAV = cat(s, pick("News~Switzerland~World~Swiss life"))
	who = pick("Le News~Céline Morel~Paul Hadley~Nadia Berset")
	k = rnd(3)
	if (k == 0) { by = "by " lk(who); dl = D " " month[M] " " Y }
	else if (k == 1) { by = ""; dl = "Posted " D " " month[M] " " Y " by " lk(who) }
	else { by = lk(who); dl = D " " month[M] " " Y }
	st = rnd(3) ? standfirst(gen17) : ""
	im = rnd(2) ? CP pick(caps17) " " pick("© Keystone / " pick("Martial Trezzini~Anthony Anex~Jean-Christophe Bott") "~© Keystone-ATS~" \
	    "© " pick("Anna Wirz~Marc Ruedi") " | Dreamstime.com~© Le News") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~WhatsApp~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im dl st", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) {
		s = "More on this:\nArticle in " pick("Le Temps~24 heures~RTS~Tribune de Genève~Le Matin~NZZ~Tages-Anzeiger") " (in " pick("French~German") ")"
		if (rnd(2)) s = s "\nArticle in " pick("Swissinfo~Keystone-ATS~Le Temps~RTS") " (in " pick("French~English") ")"
	}
	if (rnd(3) == 0) s = cat(s, "Want to read Swiss news in French? Try a week of our French lessons, free.")
	if (rnd(2)) s = cat(s, "Like this story? Follow Le News on Facebook and Twitter.")
	if (rnd(2)) s = cat(s, HD pick("Related~Latest~You may also like") "\n" rel17(heads17, 2, 4, 4, "uk", 0))
	s = cat(s, some("About~Contact~Advertise~Subscribe~Privacy~Terms of use", 3, 5))
	FOOT = cat(s, "© " Y " Le News")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+02:00", "+01:00")); TAGX = ""
}

function jakarta17(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	site7(pick(" | Jakarta Globe~~ - Jakarta Globe"), "jakartaglobe.id", "/" pick("news~business~context~international") "/" slug7(title) "/")
	s = some("Jakarta Globe~Beritasatu~Investor Daily~Search~Menu~Subscribe", 2, 5)
	s = cat(s, some("News~Business~Tech~Lifestyle~Sports~Opinion~Context~Special Updates~Multimedia~Jakarta~Politics~International", 5, 10))
	if (rnd(4) == 0) s = cat(s, mkt17("JCI", 5800, 6700))
	if (rnd(3) == 0) s = cat(s, "USD/IDR " commas13(13800 + rnd(700)))
	if (rnd(3) == 0) s = cat(s, wx17(pick("Jakarta~Surabaya~Bandung~Denpasar~Medan"), 23, 35))
	s = cat(s, bar17("Breaking News~Flash~Latest", 6))
	s = cat(s, top17("Most Popular~Latest News~Editor's Choice", "plain~num~under"))
	NAV = cat(s, pick("News~International~Business~Politics"))
	who = pick("Dewi Anggraini~Rangga Prakoso~Yudha Baskoro~Novita Sari~Jakarta Globe~Antara~Reuters")
	k = rnd(3)
	if (k == 0) { by = "By : " lk(who) " | on " clock0(h, mi, "AM", "PM") " " month[M] " " d2(D) ", " Y; dl = "" }	# "By : X | on 06:12 PM January 04, 2019"
	else if (k == 1) { by = lk(who); dl = dayname[W + 1] ", " month[M] " " D ", " Y " | " hm(h, mi) " WIB" }
	else { by = lk(who); dl = month[M] " " D ", " Y " | " hm(h, mi) " WIB\nUpdated: " hm(H2, MI2) " WIB" }
	st = rnd(3) ? standfirst(gen17) : ""
	if (who !~ /^(Antara|Reuters)$/ || rnd(2)) lead17(pick("Jakarta~Bandung~Surabaya~Denpasar~Medan~Makassar") ". ")
	im = rnd(2) ? CP pick(caps17) ". (" pick("Antara Photo~JG Photo~B1 Photo~Reuters") "/" pick("Aditya Pradana~Sigit Nugroho~Wahyu Putro") \
	    pick("~~, file") ")" : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Line~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Read also: " pick(heads17), 2 + rnd(3))
	s = ""
	TAGX = some(tags17, 2, 5)
	if (rnd(2)) s = HD "Keywords:\n" TAGX
	if (rnd(2)) s = cat(s, HD pick("Latest News~Read More~Most Popular") "\n" rel17(heads17, 2, 4, 3, "long", rnd(2)))
	s = cat(s, some("About Us~Contact~Advertise~Careers~Privacy Policy~Terms~Cyber Media Guidelines", 3, 5))
	FOOT = cat(s, "Copyright © " Y " Jakarta Globe. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+07:00")
}

function cambodia17(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 7 + rnd(16); mi = rnd(60)
	site7(pick(" | Phnom Penh Post~~"), "www.phnompenhpost.com", "/" pick("national~national-politics~business~international") "/" slug7(title))
	s = some("Phnom Penh Post~ភ្នំពេញ ប៉ុស្តិ៍~E-paper~Subscribe~Sign in~Search~Menu", 2, 5)
	s = cat(s, some("National~Politics~Business~Post Property~Opinion~Lifestyle~Sport~International~Special Reports~Multimedia~Travel~" \
	    "Supplements", 5, 10))
	if (rnd(3) == 0) s = cat(s, "USD/KHR " commas13(3990 + rnd(120)))
	if (rnd(3) == 0) s = cat(s, wx17(pick("Phnom Penh~Siem Reap~Sihanoukville~Battambang"), 22, 38))
	s = cat(s, bar17("Breaking~Latest~Hot News", 7))
	s = cat(s, top17("Most Viewed~Latest~Trending", "plain~num"))
	NAV = cat(s, pick("National~International~Politics~Business"))
	who = people17("Sok Dara~Meas Sophea~Chhim Rithy~Hin Pisei~Kong Sokun~Xinhua~AFP")
	dl = "Publication date " d2(D) " " month[M] " " Y " | " hm(h, mi) " ICT"	# "Publication date 04 January 2019 | 18:12 ICT"
	k = rnd(3)
	if (k == 0) { by = "Reporter : " lk(who); }
	else if (k == 1) { dl = dl " | Reporter : " lk(who); by = "" }
	else { by = "Reporter : " lk(who); dl = dl "\n" commas13(200 + rnd(9000)) " views" }
	st = rnd(3) ? standfirst(gen17) : ""
	im = rnd(2) ? CP pick(caps17) ". " pick("Sam Vuthy~Pen Sokhom~Supplied~AFP~Post staff~Xinhua") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Telegram~LINE~Email", 2, 4) : ""
	HEAD = order("dl by st im sh~st dl by im sh~im dl by st", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = "Get the Post's top stories on Telegram and on our LINE channel."
	TAGX = some(tags17, 2, 5)
	if (rnd(2)) s = cat(s, HD "More Topics\n" TAGX)
	if (rnd(2)) s = cat(s, HD pick("Related Stories~Latest Stories~Most Viewed") "\n" rel17(heads17, 2, 4, 3, "ri", 1))
	s = cat(s, some("About Us~Contact Us~Advertise~Subscribe~Privacy Policy~Terms and Conditions", 3, 5))
	FOOT = cat(s, "© " Y " Post Media Co Ltd. All rights reserved.")
	BYN = solo17(who) ? who : ""; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+07:00")
}

function myanmar17(title,    s, who, by, dl, st, sh, im, h, mi) {
	h = 7 + rnd(16); mi = rnd(60)
	st = rnd(3) ? standfirst(gen17) : ""
	if (rnd(2)) {	# Frontier Myanmar
		site7(pick(" | Frontier Myanmar~~"), "www.frontiermyanmar.net", "/en/" slug7(title) "/")
		s = some("Frontier Myanmar~မြန်မာ~English~Subscribe~Search~Menu~Donate", 2, 5)
		s = cat(s, some("News~Politics~Business~Conflict~Features~Opinion~Culture~Podcast~Investigations~Photo essays~Frontier Weekly", 4, 9))
		if (rnd(3) == 0) s = cat(s, "USD/MMK " commas13(1500 + rnd(90)))
		s = cat(s, top17("Most read~Latest~Editor's picks", "plain~num~under"))
		NAV = cat(s, pick("News~Politics~Conflict~Business"))
		who = pick("Frontier~Thant Zin~Htet Aung~Nandar Win~Samuel Crane~AFP")
		by = "By " lk(who) (who ~ /^(Frontier|AFP)$/ ? "" : pick("~ | FRONTIER"))
		dl = rnd(2) ? month[M] " " D ", " Y : d2(D) " " month[M] " " Y
		im = rnd(2) ? CP pick(caps17) ". " pick(pick("Kaung Htet~Nyein Su~Hkun Lat") " | Frontier~AFP~Reuters~Supplied") : ""
		s = ""
		if (rnd(2)) s = "Frontier is independent and reader-supported. Subscribe to Frontier Weekly for the week's reporting in one place."
		if (rnd(2)) s = cat(s, HD pick("Related~More from Frontier~Latest") "\n" rel17(heads17, 2, 4, 5, "uk", 0))
		s = cat(s, some("About~Contact~Advertise~Subscribe~Privacy~Careers", 3, 5))
		FOOT = cat(s, "© " Y " Frontier Myanmar")
	} else {	# Myanmar Now
		site7(pick(" - Myanmar Now~~"), "myanmar-now.org", "/en/news/" slug7(title) "/")
		s = some("Myanmar Now~Burmese~English~Search~Menu~Donate", 2, 5)
		s = cat(s, some("News~Politics~Conflict~Rakhine~Economy~Environment~Investigations~Features~Opinion~Photo~Video", 4, 9))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Yangon~Mandalay~Naypyitaw~Sittwe"), 18, 38))
		s = cat(s, bar17("Breaking~Latest~Update", 7))
		s = cat(s, top17("Latest~Most read~Top stories", "plain~num"))
		NAV = cat(s, pick("News~Politics~Conflict~Economy"))
		who = pick("Myanmar Now~Nyein Chan~Aye Mya~Zaw Lin Htet~AFP")
		by = "By " lk(who)
		if (rnd(2)) dl = month[M] " " D ", " Y
		else { by = by " | " month[M] " " D ", " Y; dl = "" }
		im = rnd(2) ? CP pick(caps17) " (" pick("Myanmar Now~" pick("Thura Aung~Htoo Lin") "/Myanmar Now~AFP~EPA~Facebook") ")" : ""
		s = ""
		if (rnd(2)) s = "Support independent reporting in Myanmar: donate to Myanmar Now."
		if (rnd(2)) s = cat(s, HD pick("Related news~Latest~More stories") "\n" rel17(heads17, 2, 4, 4, "long", 0))
		s = cat(s, some("About us~Contact~Donate~Privacy policy~Terms", 3, 5))
		FOOT = cat(s, "© " Y " Myanmar Now. All rights reserved.")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Telegram~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+06:30"); TAGX = ""
}

function phil17(title,    s, who, by, dl, st, sh, im, h, mi, k, w) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen17) : ""
	if (rnd(2)) {	# GMA News
		site7(pick(" | GMA News Online~~"), "www.gmanetwork.com", "/news/news/" pick("world~nation~metro~regions") "/" (681000 + rnd(40000)) "/" \
		    slug7(title) "/story/")
		s = some("GMA News Online~GMA Network~Live~Search~Menu~Sign in", 2, 5)
		s = cat(s, some("News~Nation~World~Metro~Regions~Money~Sports~Pinoy Abroad~SciTech~Showbiz~Lifestyle~Opinion~Hashtag~" \
		    "Serbisyo Publiko~Videos", 5, 11))
		if (rnd(4) == 0) s = cat(s, mkt17("PSEi", 7300, 8500))
		if (rnd(3) == 0) s = cat(s, rate17("USD/PHP", 50, 53, 2))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Manila~Quezon City~Cebu~Davao~Baguio"), 17, 35))
		s = cat(s, bar17("Breaking~Just in~Developing", 6))
		s = cat(s, top17("Most Popular~Latest~Trending", "plain~num~under"))
		NAV = cat(s, pick("News~World~Nation~Metro"))
		w = rnd(3) == 0	# wire copy
		if (w) { who = pick("Reuters~Agence France-Presse~Associated Press"); by = lk(who) }
		else { who = pick("Katrina Domingo~Ralph Villanueva~Mia Santos~Paolo Reyes~Liezel Bautista"); by = "By " lk(toupper(who)) ", GMA News" }
		k = rnd(3)
		if (k == 0) dl = "Published " month[M] " " D ", " Y " " clk(h, mi)
		else if (k == 1) dl = "Published " month[M] " " D ", " Y " " clk(h, mi) "\nUpdated " month[M] " " D ", " Y " " clk(H2, MI2)
		else { shift(1 + rnd(3)); dl = "Published " month[M] " " D ", " Y " " clk(h, mi) "\nUpdated " month[SM] " " SD ", " SY " " clk(rnd(24), rnd(60)) }
		if (w) run17(" —" pick("Reuters~Agence France-Presse~AP"))
		else run17(" —" pick("KG~LBG~DVM~RSJ~NB~AOL~JST~BM") ", GMA News")
		im = rnd(2) ? CP pick(caps17) ". " pick("Reuters~AFP~AP~GMA News~Photo: " pick("Danny Pata~Jun Mendoza~Ryan Lopez")) : ""
		s = ""
		TAGX = some(tags17, 2, 5)
		if (rnd(2)) s = HD "Tags:\n" TAGX
		if (rnd(2)) s = cat(s, HD pick("More Videos~Read more~Latest") "\n" rel17(heads17, 2, 4, 3, "long", 0))
		if (rnd(3) == 0) s = cat(s, "Comments are moderated. Keep it civil and on topic.")
		s = cat(s, some("About GMA~Contact Us~Advertise~Privacy Policy~Terms of Use~Careers", 3, 5))
		FOOT = cat(s, "© " Y " GMA Network Inc. All rights reserved.")
	} else {	# Philstar
		site7(pick(" | Philstar.com~~"), "www.philstar.com", "/" pick("headlines~nation~world~business") "/" Y "/" d2(M) "/" d2(D) "/" \
		    (1880000 + rnd(30000)) "/" slug7(title))
		s = some("Philstar.com~The Philippine STAR~Pilipino Star Ngayon~Pang-Masa~Search~Menu~Sign in", 2, 5)
		s = cat(s, some("Headlines~Opinion~Nation~World~Business~Sports~Entertainment~Lifestyle~Metro~Cebu News~Other Sections", 5, 10))
		if (rnd(3) == 0) s = cat(s, rate17("USD/PHP", 50, 53, 2))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Manila~Cebu~Davao"), 21, 35))
		s = cat(s, top17("Most Read~Latest~Recommended", "plain~num"))
		NAV = cat(s, pick("Headlines~World~Nation~Business"))
		w = rnd(3) == 0
		if (w) { who = pick("Agence France-Presse~Associated Press~Reuters"); by = lk(who) }
		else { who = pick("Patricia Lim~Jerome Cruz~Angela Tolentino~Marco Javier"); by = lk(who) " (Philstar.com)" }
		k = rnd(2)
		if (k == 0) { by = by " - " month[M] " " D ", " Y " - " clk(h, mi); dl = "" }	# "X (Philstar.com) - January 4, 2019 - 6:12pm"
		else dl = month[M] " " D ", " Y " | " clk(h, mi)
		if (!w && rnd(2)) lead17("MANILA, Philippines — ")
		im = rnd(2) ? CP pick(caps17) ". " pick("Philstar.com/" pick("Efigenio Toledo~Jesse Ortiz") "~AFP/" pick("Noel Celis~Ted Aljibe") \
		    "~Presidential Photo~The STAR/" pick("Michael Varcas~Boy Santos")) : ""
		s = ""
		if (rnd(2)) s = "Philstar.com is on Telegram. Join our channel for the day's top stories."
		if (rnd(2)) s = cat(s, HD pick("Recommended~Latest~More in World") "\n" headlines(heads17, 2, 4))
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms and Conditions~Careers", 3, 5))
		FOOT = cat(s, "Copyright © " Y " Philstar Global Corp. All rights reserved.")
		TAGX = ""
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Viber~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+08:00")
}

function malaysia17(title,    s, who, by, dl, st, sh, im, h, mi, w) {
	h = 7 + rnd(16); mi = rnd(60)
	st = rnd(3) ? standfirst(gen17) : ""
	if (rnd(2)) {	# the Malay Mail
		site7(pick(" | Malay Mail~~"), "www.malaymail.com", "/news/" pick("world~malaysia~money") "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/" \
		    (1700000 + rnd(90000)))
		s = some("Malay Mail~Search~Menu~Sign in~Newsletter~Subscribe", 2, 5)
		s = cat(s, some("Malaysia~World~Money~Sports~Showbiz~Life~Tech & Gadgets~Opinion~What You Think~Drive~Eat & Drink~Videos", 5, 10))
		if (rnd(3) == 0) s = cat(s, rate17("USD/MYR", 4, 4, 3))
		if (rnd(4) == 0) s = cat(s, mkt17("FBM KLCI", 1590, 1730))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Kuala Lumpur~Petaling Jaya~Penang~Johor Baru"), 23, 35))
		s = cat(s, bar17("Breaking~Latest~Live", 6))
		s = cat(s, top17("Most Read~Latest~Trending", "plain~num~under"))
		NAV = cat(s, pick("World~Malaysia~Money~News\nWorld"))
		w = rnd(2)
		who = w ? pick("Reuters~AFP~Bernama") : pick("Farah Azmi~Jason Lee~Nurul Huda~Devan Raj")
		by = "By " lk(who)
		dl = "Published " (5 + rnd(2)) " years ago on " d2(D) " " abbr[M] " " Y	# "Published 6 years ago on 04 Jan 2019"
		if (w) {
			if (rnd(2)) lead17(pick("LONDON~BRUSSELS~WASHINGTON~SYDNEY~GENEVA~TOKYO~BANGKOK~SINGAPORE") ", " abbr[M] " " D " — ")
			sig17("— " who)
		} else lead17(pick("KUALA LUMPUR~PUTRAJAYA~GEORGE TOWN~JOHOR BARU~KOTA KINABALU") ", " abbr[M] " " D " — ")
		im = rnd(2) ? CP pick(caps17) ". — " pick("Picture by " pick("Hari Anand~Shafwan Zaidon~Yusof Mat Isa") "~Reuters pic~Bernama pic~" \
		    "AFP pic~Picture via Facebook") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related Articles~Latest~Most Read") "\n" rel17(heads17, 2, 4, 3, "mm", 0)
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms of Use~Careers", 3, 5))
		FOOT = cat(s, "Copyright © " Y " Malay Mail. All rights reserved.")
		TAGX = ""
	} else {	# the Borneo Post
		site7(pick(" | Borneo Post Online~~"), "www.theborneopost.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("Borneo Post Online~Utusan Borneo~See Hua~e-Paper~Search~Menu", 2, 5)
		s = cat(s, some("Sarawak~Sabah~Nation~World~Business~Sports~Columns~Opinion~Features~Lifestyle~Property~Entertainment~Education", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Kuching~Kota Kinabalu~Miri~Sibu~Sandakan"), 22, 34))
		s = cat(s, bar17("Breaking~Latest~Just in", 7))
		s = cat(s, top17("Popular~Latest News~Top Stories", "plain~num"))
		NAV = cat(s, pick("World~Nation~Sarawak~Sabah"))
		who = pick("Wilfred Jinggut~Chang Siew Ling~Nur Ain Shahrul~Ronald Ngui~Bernama~Reuters")
		by = "by " lk(who)
		dl = month[M] " " D ", " Y ", " dayname[W + 1] " at " clock(h, mi, "AM", "PM")	# "January 4, 2019, Friday at 6:12 PM"
		if (who !~ /^(Bernama|Reuters)$/ && rnd(2)) lead17(pick("KUCHING: ~KOTA KINABALU: ~MIRI: ~SIBU: ~BINTULU: ~SANDAKAN: "))
		im = rnd(2) ? CP (rnd(3) ? pick(caps17) ". — " pick("Bernama photo~Photo by " pick("Mohd Alif~Jeffery Mostapa") "~AFP photo~Reuters photo") : \
		    "Photo for illustration purposes only.") : ""
		s = ""
		TAGX = some(tags17, 2, 4)
		if (rnd(2)) s = HD "Tags:\n" TAGX
		if (rnd(2)) s = cat(s, HD pick("Related News~Latest~Most Popular") "\n" headlines(heads17, 2, 4))
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms~Subscribe", 3, 5))
		FOOT = cat(s, "© " Y " Borneo Post Online. All rights reserved.")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Telegram~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+08:00")
}

function pacific17(title,    s, who, by, dl, st, sh, im, h, mi, off) {
	h = 7 + rnd(16); mi = rnd(60)
	st = rnd(3) ? standfirst(gen17) : ""
	if (rnd(2)) {	# the Fiji Times
		off = "+12:00"
		site7(pick(" | The Fiji Times~~ - The Fiji Times"), "www.fijitimes.com", "/" slug7(title) "/")
		s = some("The Fiji Times~Fiji's Best Selling Newspaper~Nai Lalakai~Shanti Dut~e-Edition~Subscribe~Search~Menu", 2, 5)
		s = cat(s, some("News~Local~Nation~Pacific~World~Business~Sport~Rugby~Opinion~Editorial~Features~Letters~Entertainment~Classifieds~" \
		    "Obituaries", 5, 11))
		if (rnd(3) == 0) s = cat(s, rate17("FJD/USD", 0, 0, 4))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Suva~Nadi~Lautoka~Labasa"), 20, 33))
		s = cat(s, bar17("Breaking~Latest~Alert", 7))
		s = cat(s, top17("Most Read~Latest~Editor's Picks", "plain~num~under"))
		NAV = cat(s, pick("World~Pacific~News~Local"))
		who = pick("Salote Qalo~Avinesh Kumar~Litia Vuniwai~Josaia Tikoduadua~AP~Reuters~AFP")
		by = pick("By ~") lk(who)
		dl = rnd(2) ? month[M] " " D ", " Y " " clock(h, mi, "am", "pm") : month[M] " " D ", " Y
		im = rnd(2) ? CP pick(caps17) ". Picture: " pick(toupper(pick("Atasa Moceituba~Jone Luvenitoga~Ropate Valemei")) "~AP~REUTERS~SUPPLIED~FILE") : ""
		s = ""
		if (who !~ /^(AP|Reuters|AFP)$/ && rnd(2)) s = "Feedback: " mail17(who, "fijitimes.com.fj")
		TAGX = some(tags17, 2, 4)
		if (rnd(2)) s = cat(s, HD "Tags\n" TAGX)
		if (rnd(2)) s = cat(s, HD pick("Related Stories~Latest~Most Read") "\n" rel17(heads17, 2, 4, 3, "fj", 0))
		s = cat(s, some("About Us~Contact~Advertise~Subscriptions~Privacy Policy~Terms", 3, 5))
		FOOT = cat(s, "© " Y " The Fiji Times Limited. All Rights Reserved.")
	} else {	# the Samoa Observer
		off = "+13:00"
		site7(pick(" | Samoa Observer~~"), "www.samoaobserver.ws", "/category/" pick("samoa~pacific~world") "/" (40000 + rnd(30000)))
		s = some("Samoa Observer~Sunday Samoan~Subscribe~Login~Search~Menu", 2, 5)
		s = cat(s, some("Samoa~Pacific~World~Sport~Business~Opinion~Editorial~Letters~In Focus~Weekend~Podcasts~Obituaries", 5, 10))
		if (rnd(3) == 0) s = cat(s, rate17("WST/USD", 0, 0, 4))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Apia~Salelologa"), 22, 32))
		s = cat(s, top17("Latest~Most Read~Trending", "plain~num"))
		NAV = cat(s, pick("World~Pacific~Samoa"))
		who = pick("Lagi Tuimavave~Sina Faalogo~Peni Leota~Samoa Observer~AFP")
		by = "By " lk(who)
		dl = d2(D) " " month[M] " " Y ", " ptclock(h, mi, ":", "AM", "PM")	# "04 January 2019, 6:12PM"
		im = rnd(2) ? CP pick(caps17) ". (Photo: " pick(pick("Aufai Areta~Lumepa Ioane") "~Samoa Observer~AFP~Supplied~File") ")" : ""
		s = ""
		if (rnd(3) == 0) s = "Have something to say? Letters to the editor are welcome; keep them under 300 words."
		if (rnd(2)) s = cat(s, HD pick("Related Stories~Latest~More from the Pacific") "\n" rel17(heads17, 2, 4, 3, "ri", 0))
		s = cat(s, some("About~Contact~Advertise~Subscribe~Privacy~Terms", 3, 5))
		FOOT = cat(s, "© " Y " Samoa Observer. All rights reserved.")
		TAGX = ""
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off)
}

function carib17(title,    s, who, by, dl, st, sh, im, h, mi, k, off, w) {
	h = 7 + rnd(16); mi = rnd(60)
	st = rnd(3) ? standfirst(gen17) : ""
	if (rnd(2)) {	# the Trinidad and Tobago Guardian
		off = "-04:00"
		site7(pick(" | Trinidad and Tobago Guardian~~"), "www.guardian.co.tt", "/news/" slug7(title) "-6.2." (760000 + rnd(400000)) "." hex7(10))
		s = some("Guardian~Trinidad and Tobago Guardian~E-Paper~Subscribe~Search~Menu~Guardian Jobs", 2, 5)
		s = cat(s, some("News~Business~Sport~Entertainment~Lifestyle~Opinion~Letters~Columnists~Caribbean~World~Obituaries~Classifieds", 5, 10))
		if (rnd(3) == 0) s = cat(s, "US$1 = TT$6." (74 + rnd(6)))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Port of Spain~San Fernando~Scarborough~Chaguanas"), 22, 33))
		s = cat(s, bar17("Breaking News~Latest~Update", 6))
		s = cat(s, top17("Most Read~Latest~Editor's Picks", "plain~num~under"))
		NAV = cat(s, pick("News~World~Caribbean"))
		w = rnd(3) == 0
		who = w ? pick("AP~Reuters~CMC") : pick("Kristy Ramnarine~Marcus Alleyne~Renuka Singh~Shaliza Mohammed")
		by = lk(who) (w ? "" : "\n" mail17(who, "guardian.co.tt"))
		k = rnd(3)
		if (k == 0) dl = "Published: " dayname[W + 1] ", " month[M] " " D ", " Y " @ " clock0(h, mi, "AM", "PM")
		else if (k == 1) dl = month[M] " " D ", " Y
		else dl = dayname[W + 1] ", " month[M] " " D ", " Y
		im = rnd(2) ? CP pick(caps17) ". " pick("PICTURE " toupper(pick("Anil Rampersad~Nicole Drayton~Kerwin Pierre")) "~AP PHOTO~REUTERS~" \
		    "PICTURE COURTESY THE MINISTRY") : ""
		s = ""
		TAGX = some(tags17, 2, 4)
		if (rnd(2)) s = HD "Tags\n" TAGX
		if (rnd(2)) s = cat(s, HD pick("Related Articles~Latest News~Most Read") "\n" rel17(heads17, 2, 4, 3, "long", 0))
		if (rnd(3) == 0) s = cat(s, "Join the conversation. Comments are moderated and may take a while to show.")
		s = cat(s, some("About Us~Contact Us~Advertise~Terms of Use~Privacy Policy~Guardian Media", 3, 5))
		FOOT = cat(s, "© " Y " Guardian Media Limited. All rights reserved.")
	} else {	# the Nassau Guardian
		off = "-05:00"
		site7(pick(" - The Nassau Guardian~~"), "thenassauguardian.com", "/" slug7(title) "/")
		s = some("The Nassau Guardian~The Freeport News~E-Edition~Subscribe~Search~Menu", 2, 5)
		s = cat(s, some("National Review~News~Business~Sports~Opinion~Editorials~Letters~Lifestyles~Arts & Culture~Obituaries~Classifieds~World", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx17(pick("Nassau~Freeport~Marsh Harbour"), 17, 33))
		s = cat(s, top17("Most Read~Latest~Top Stories", "plain~num"))
		NAV = cat(s, pick("News~World~National Review"))
		w = rnd(3) == 0
		who = w ? pick("AP~Reuters") : pick("Keva Lightbourne~Travis Munnings~Leandra Sands~Dorian Kemp")
		by = w ? lk(who) : "By " lk(who) pick("~\nStaff Reporter~\nStaff Reporter\n" mail17(who, "nasguard.com"))
		dl = month[M] " " D ", " Y
		im = rnd(2) ? CP pick(caps17) ". " pick("PHOTO: " toupper(pick("Lydia Bethel~Dion Ferguson")) "~FILE~AP PHOTO~REUTERS") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related~Latest~More News") "\n" rel17(heads17, 2, 4, 3, "long", 0)
		s = cat(s, some("About~Contact~Advertise~Subscribe~Privacy Policy~Terms", 3, 5))
		FOOT = cat(s, "© " Y " The Nassau Guardian")
		TAGX = ""
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, off)
}

function barbados17(title,    s, who, by, dl, st, sh, im, h, mi, k, n, i, d, c) {
	h = 7 + rnd(16); mi = rnd(60)
	site7(pick(" - Barbados Today~~ | Barbados Today"), "barbadostoday.bb", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
	s = some("Barbados Today~BT Digital~E-Paper~Advertise~Contact Us~Search~Menu", 2, 5)
	s = cat(s, some("Local News~Business~Sports~Regional~International~Opinion~Editorial~Entertainment~Lifestyle~Obituaries~Classifieds~" \
	    "Video~Court~Politics", 5, 11))
	if (rnd(3) == 0) s = cat(s, wx17(pick("Bridgetown~Holetown~Speightstown~Oistins"), 23, 32))
	if (rnd(4) == 0) s = cat(s, "BDS$2.00 = US$1.00")
	s = cat(s, bar17("Breaking~BT Breaking~Latest", 6))
	s = cat(s, top17("Trending~Latest~Most Popular", "plain~num~under"))
	NAV = cat(s, pick("International~Regional~Local News~News"))
	who = pick("Barbados Today~CMC~AP~Reuters~Kemar Holder~Latoya Greaves~Ryan Alleyne~Shanice Clarke")
	k = rnd(3)
	if (k == 0) { by = "by " lk(who); dl = month[M] " " D ", " Y }
	else if (k == 1) { by = "Posted by " lk(who) " on " month[M] " " D ", " Y; dl = "" }
	else { by = "By " lk(who); dl = "Published on " month[M] " " D ", " Y " at " clock(h, mi, "am", "pm") }
	st = rnd(3) ? standfirst(gen17) : ""
	if (who == "CMC" || rnd(5) == 0) lead17(pick("BRIDGETOWN, Barbados~KINGSTON, Jamaica~PORT OF SPAIN, Trinidad~GEORGETOWN, Guyana~" \
	    "CASTRIES, St Lucia") ", " abbr[M] " " D ", CMC – ")
	if (who ~ /^(CMC|AP|Reuters)$/ && rnd(2)) sig17("(" who ")")
	im = rnd(2) ? CP pick(caps17) ". " pick("(FILE)~(GIS)~(Photo: " pick("Morissa Neblett~Javon Kellman") ")~(AP Photo)~(Reuters)") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Print", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	s = ""
	n = rnd(4)
	if (n > 0) {	# readers' comments, on the day and the days after
		s = HD n " " (n == 1 ? "Comment" : "Comments") " on \"" title "\""
		d = 0
		for (i = 0; i < n; i++) {
			d += rnd(2); shift(d)
			c = pick("Tony Webster~Islander~Bajan Abroad~Carl B~Mary Ann~Watcher")
			s = s "\n" c " says:\n" month[SM] " " SD ", " SY " at " clock(6 + rnd(16), rnd(60), "am", "pm") "\n" \
			    pick("Been saying this for years.~Let the facts come out first.~Nobody in charge ever learns.~" \
			    "Good news for a change.~Who is going to pay for all this?") "\nReply"
		}
	}
	s = cat(s, "Leave a Reply\nYour email address stays private. Fields marked * are required.")
	if (rnd(2)) s = cat(s, HD pick("Related~More from Barbados Today~Latest") "\n" rel17(heads17, 2, 4, 3, "fj", 0))
	s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms of Use~Careers", 3, 5))
	FOOT = cat(s, "© " Y " Barbados Today. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "-04:00"); TAGX = ""
}

function consent17(    k) {	# a consent, meter or notification prompt
	k = rnd(3)
	if (k == 0)
		return ask("We respect your privacy~Your choices about cookies~Cookies help us~Privacy and cookies",
		    "We use cookies and similar tools, with " (30 + rnd(600)) " vendors, to run this site, learn how it is read and pay for " \
		    "our reporting with ads.~" \
		    "Press \"Accept\" to allow all of them, or \"Customise\" to choose for yourself. Essential cookies cannot be switched off.~" \
		    "Your settings can be changed later from the cookie link at the foot of any page.",
		    "Accept~Reject~Customise~Essential only~See vendors~Confirm", 4)
	if (k == 1)
		return pick("This is one of your " (3 + rnd(5)) " free stories this month.~Subscribe for unlimited access to our journalism.~" \
		    "Sign in to keep reading for free.") "\n" pick("Subscribe~Sign in~See plans~Create account")
	return pick("Turn on notifications to hear about breaking news first?~Get our app for a faster read.~" \
	    "Follow us on Telegram for the day's top stories.") "\n" pick("Yes~Not now~Download~Join")
}

function seventeenA(title, k) {
	if (k == 0) kyiv17(title)
	else if (k == 1) meduza17(title)
	else if (k == 2) romania17(title)
	else if (k == 3) cee17(title)
	else if (k == 4) poland17(title)
	else if (k == 5) baltic17(title)
	else if (k == 6) nordic17(title)
	else swiss17(title)
}
function seventeenB(title, k) {
	if (k == 0) jakarta17(title)
	else if (k == 1) cambodia17(title)
	else if (k == 2) myanmar17(title)
	else if (k == 3) phil17(title)
	else if (k == 4) malaysia17(title)
	else if (k == 5) pacific17(title)
	else if (k == 6) carib17(title)
	else barbados17(title)
}
function seventeen(title,    k) {	# variant 17: one of its sites, now and then an ad line and a banner, NAV filled
	TS = ""; DOM = ""; URL = ""; BYN = ""; DLX = ""; ISOT = ""; TAGX = ""
	k = rnd(16)
	if (k < 8) seventeenA(title, k); else seventeenB(title, k - 8)
	if (rnd(6) == 0) NAV = cat(NAV, pick("Advertisement~ADVERTISEMENT~Sponsored~Continue reading below~Promoted content"))
	if (rnd(4) == 0) banner(consent17(), 3, 30)
	fit("Menu~Search~Log in~Subscribe~Close~Skip to main content~Back to top~Toggle menu")
}

# Variant 17's layouts: variant 12's pages (lynx -dump with its numbered
# links, pandoc -t plain, and variant 9's layouts), as variant 16's.
function layout17(title,    mode) {
	mode = rnd(7)
	if (mode == 0) return refs12(title)
	if (mode == 1) return stack(pan12(plain7(NAV, 0)), title, pan12(plain7(HEAD, 0)), wrapped("", 72), pan12(plain7(FOOT, 0)))
	return layout7(title, 0)
}

# Variant 18's sites, in 16 templates: the Pittsburgh Post-Gazette, the
# Arkansas Democrat-Gazette, WRAL or a TEGNA station (KARE 11, WFAA,
# KING 5, 9NEWS, 11Alive, WUSA9), KQED or WBUR, New York magazine's
# Intelligencer or Texas Monthly, the Harvard Crimson or the Michigan
# Daily, a GOV.UK or Canada.ca news release, CityNews (often Canadian
# Press copy), ITV News, the Canberra Times, Phys.org or New Scientist,
# China Daily, Japan Today or the Hankyoreh, the New Indian Express,
# Asharq Al-Awsat and SABC News or the New Times (Rwanda), in words
# written fresh.  Each sets NAV, HEAD and FOOT and what layout7 needs
# (TS, DOM, URL, BYN, DLX, ISOT, TAGX).  Every date before the body is
# the article's day, in the site's form and zone; later days come only
# labelled as such (an update, a page's "Last updated", a citation's
# "retrieved" day, a reader's comment), other stories' days are earlier.

function top18(labels, forms,    s) {	# as top17, from variant 18's headlines
	s = above(labels, heads18, 5, forms, src18, "LIVE: ~WATCH: ~~~UPDATE: ~")
	return s == "" ? "" : HD s
}
function bar18(labels, odds) {	# 1 in odds, a breaking-news bar: its label, another story's headline, now and then its age
	if (rnd(odds)) return ""
	return pick(labels) pick(": ~\n~ | ") pick(heads18) pick("~~\n" (2 + rnd(8)) " hours ago~ (" (4 + rnd(50)) " minutes ago)")
}
function people18(pool,    a, b) {	# one name from pool, now and then two: "A and B"
	a = pick(pool)
	if (rnd(5)) return a
	b = pick(pool)
	return b == a ? a : a " and " b
}
function solo18(who) { return index(who, " and ") == 0 }	# a single author
function mail18(who, dom,    a, n) {	# "Molly Brennan" -> "mbrennan@dom"
	n = split(tolower(who), a, " ")
	return substr(a[1], 1, 1) a[n] "@" dom
}
function dotmail18(who, dom,    a, n) {	# "Molly Brennan" -> "molly.brennan@dom"
	n = split(tolower(who), a, " ")
	return a[1] "." a[n] "@" dom
}
function wx18(city, lo, hi, unit, south,    t, m, sp) {	# weather on one line, or the city, the temperature and now and then the sky, a line each
	m = south ? (M + 5) % 12 + 1 : M	# the season: the year's coldest and warmest parts of lo..hi
	sp = hi - lo
	if (m == 12 || m <= 2) hi = lo + int(sp * 0.45)
	else if (m >= 6 && m <= 8) lo = hi - int(sp * 0.45)
	else { lo += int(sp * 0.2); hi -= int(sp * 0.2) }
	t = lo + rnd(hi - lo + 1)
	if (rnd(2)) return city " " t "°" unit
	return city "\n" t "°" (rnd(2) ? "\n" pick("Cloudy~Sunny~Showers~Light snow~Partly cloudy~Fog~Breezy~Clear") : "")
}
function ustz18(c) { return c (usdst(Y, M, D) ? "DT" : "ST") }	# "EST", "CDT"
function usoff18(c,    n) {	# the zone's offset, "-05:00"
	n = c == "E" ? 5 : c == "C" ? 6 : c == "M" ? 7 : c == "A" ? 4 : 8
	if (usdst(Y, M, D)) n--
	return "-0" n ":00"
}
function ampm18(h, mi) { return clock(h, mi, "a.m.", "p.m.") }	# "6:12 p.m."
function lead18(s) { BODY = s BODY }	# a dateline run into the first paragraph
function sig18(s) { BODY = BODY "\n" s }	# a line of its own after the last paragraph
function run18(s) { BODY = BODY s }	# a sign-off run onto the last paragraph
function fmt18(style, y, m, d) {	# a day as variant 18's sites print it in their lists
	if (style == "pg") return toupper(abbr[m]) " " d ", " y	# "JAN 3, 2019"
	if (style == "abbr") return abbr[m] " " d ", " y	# "Jan 3, 2019"
	if (style == "ap") return ap[m] " " d ", " y	# "Jan. 3, 2019"
	if (style == "uk") return d " " month[m] " " y	# "3 January 2019"
	if (style == "acm") return month[m] " " d " " y	# "January 3 2019"
	if (style == "iso") return y "-" d2(m) "-" d2(d)	# "2019-01-03"
	if (style == "nie") return d2(d) substr(ord(d), length(d "") + 1) " " month[m] " " y	# "03rd January 2019"
	if (style == "asharq") return dayname[wday(y, m, d) + 1] ", " d " " month[m] ", " y " - " hm(7 + rnd(15), rnd(60))	# "Thursday, 3 January, 2019 - 11:40"
	if (style == "hani") return abbr[m] "." d "," y	# "Jan.3,2019"
	if (style == "itv") return dayname[wday(y, m, d) + 1] " " d " " month[m] " " y	# "Thursday 3 January 2019"
	if (style == "long0") return month[m] " " d2(d) ", " y	# "January 03, 2019"
	return month[m] " " d ", " y	# "January 3, 2019"
}
# other stories, each 1 to gap days before the one above, days in fmt18's
# styles; form 0 headline over day (list), 1 day over headline (list), 2
# "headline (day)" (list), 3 "headline - day" (list), 4 headline over
# day, 5 day over headline (unmarked)
function rel18(pool, lo, hi, gap, style, form,    a, n, i, s, k, t, h) {
	n = split(some(pool, lo, hi), a, "\n")
	s = ""; k = 0
	for (i = 1; i <= n; i++) {
		k += 1 + rnd(gap)
		shift(-k)
		t = fmt18(style, SY, SM, SD)
		h = substr(a[i], 2)
		if (form == 1) s = cat(s, LI t "\n" LC h)
		else if (form == 2) s = cat(s, LI h " (" t ")")
		else if (form == 3) s = cat(s, LI h " - " t)
		else if (form == 4) s = cat(s, h "\n" t)
		else if (form == 5) s = cat(s, t "\n" h)
		else s = cat(s, LI h "\n" LC t)
	}
	return s
}

function pg18(title,    s, who, by, dl, st, sh, im, h, mi, k, w) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	site7(pick(" | Pittsburgh Post-Gazette~~"), "www.post-gazette.com", "/news/" pick("world~nation~politics-nation~health~environment~science") \
	    "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/stories/" Y d2(M) d2(D) (1000 + rnd(9000)))
	s = some("Pittsburgh Post-Gazette~post-gazette.com~Subscribe~Log In~Today's Paper~Search~Sections", 2, 5)
	s = cat(s, some("News~Local~Sports~Business~Opinion~A&E~Life~Obituaries~Classifieds~Marketplace~Steelers~Penguins~Pirates~Pitt~" \
	    "Weather~Good Company~Photos~Video", 5, 11))
	if (rnd(3) == 0) s = cat(s, wx18("Pittsburgh", 8, 90, "F"))
	s = cat(s, bar18("BREAKING~Breaking News~DEVELOPING", 6))
	s = cat(s, top18("Most Read~Latest~Trending Now", "plain~num~under"))
	NAV = cat(s, pick("News~World~Nation~Politics~Health~Science~Environment~News\nWorld"))
	w = rnd(3) == 0	# wire copy
	if (w) { who = pick("The Associated Press~The Washington Post~Bloomberg News~The New York Times~Reuters"); by = lk(who) }
	else {
		who = people18("Molly Brennan~Darnell Pruitt~Sean Kowalczyk~Teresa Gallo~Ruth Ann Mihalik~Jerry Voytek")
		by = lk(who) (rnd(3) ? "\nPittsburgh Post-Gazette" : "")
	}
	dl = toupper(abbr[M]) " " D ", " Y " " clock(h, mi, "AM", "PM")	# "JAN 4, 2019 6:12 PM"
	if (rnd(3) == 0) dl = dl "\nUPDATED: " toupper(abbr[M]) " " D ", " Y " " clock(H2, MI2, "AM", "PM")
	st = rnd(3) ? standfirst(gen18) : ""
	im = rnd(2) ? CP pick(caps18) ". (" pick(pick("Lena Drobick~Marcus Altieri~Hope Wendel~Craig Stasko") "/Post-Gazette~" \
	    "Associated Press~Getty Images~Reuters~Post-Gazette file photo") ")" : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print~Comments", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im st by dl sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("ADVERTISEMENT", 2 + rnd(3))
	s = ""
	if (!w && solo18(who) && rnd(2)) s = who ": " mail18(who, "post-gazette.com") pick("~ or 412-263-" (1000 + rnd(9000)) "~; Twitter @" \
	    tolower(substr(who, 1, 1)) tolower(substr(who, index(who, " ") + 1)))
	if (w && rnd(2)) s = pick("The Associated Press contributed.~Post-Gazette staff writer " pick("Teresa Gallo~Jerry Voytek") " contributed.")
	if (rnd(2)) s = cat(s, "First Published " month[M] " " D ", " Y ", " clk(h, mi))
	TAGX = some(tags18, 2, 4)
	if (rnd(2)) s = cat(s, HD pick("Most Read~Recommended~Latest") "\n" rel18(heads18, 2, 4, 3, "pg", 0))
	if (rnd(3) == 0) s = cat(s, "Comments\nSign in to comment. Comments are moderated and reviewed before they appear.")
	s = cat(s, some("About Us~Contact Us~Advertise~Subscriber Services~Privacy Policy~Terms of Use~Careers~Site Map", 3, 5))
	FOOT = cat(s, "Copyright © 1997-" Y " PG Publishing Co., Inc. All Rights Reserved.")
	BYN = w || solo18(who) ? who : ""; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff18("E"))
}

function adg18(title,    s, who, by, dl, st, sh, im, h, mi, k, w) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	site7(pick(" | The Arkansas Democrat-Gazette - Arkansas' Best News Source~~ | Arkansas Democrat-Gazette"), "www.arkansasonline.com",
	    "/news/" Y "/" tolower(abbr[M]) "/" d2(D) "/" slug7(title) "/")
	s = some("Arkansas Democrat-Gazette~Arkansas Online~Subscribe~Sign in~e-Edition~Today's Paper~Search~Menu", 2, 5)
	s = cat(s, some("News~Arkansas~National~World~Politics~Sports~Hogs~Features~Opinion~Obituaries~Business~Religion~Style~Weather~" \
	    "Traffic~Photos~Puzzles~Events", 5, 11))
	if (rnd(3) == 0) s = cat(s, wx18(pick("Little Rock~Fayetteville~Fort Smith~Jonesboro~Pine Bluff"), 18, 99, "F"))
	s = cat(s, bar18("BREAKING~Breaking News~Latest", 7))
	s = cat(s, top18("Most Popular~Latest Stories~Top Picks", "plain~num"))
	NAV = cat(s, pick("World~National~News~Politics~Arkansas"))
	w = rnd(3) == 0
	if (w) who = pick("The Associated Press~The New York Times~The Washington Post~Bloomberg News")
	else who = people18("Jeannie Roberts~Clint Ashby~Marisa Delgado~Wes Pendergrass~Hunter Falwell~Eleanor Tackett")
	by = "by " lk(who)
	k = rnd(3)
	if (k == 0) dl = month[M] " " D ", " Y " at " ampm18(h, mi)	# "January 4, 2019 at 6:12 p.m."
	else if (k == 1) dl = "Originally Published " month[M] " " D ", " Y " at " ampm18(h, mi) " | Updated " month[M] " " D ", " Y " at " ampm18(H2, MI2)
	else { by = by " | " month[M] " " D ", " Y " at " ampm18(h, mi); dl = "" }
	st = rnd(3) ? standfirst(gen18) : ""
	im = rnd(2) ? CP pick(caps18) ". (" pick("Arkansas Democrat-Gazette/" pick("Dale Whitcombe~Rhea Tatum~Boyd Fenner") \
	    "~AP/" pick("Wendell Price~Karen Oyler") "~Special to the Democrat-Gazette~Arkansas Democrat-Gazette file photo") ")" : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print~Comments", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert("Advertisement", 2 + rnd(3))
	s = ""
	if (w && rnd(2)) s = "Information for this article was contributed by " pick("Dorothy Keane~Joanna Brill~Ruth Kasinga~Paolo Benetti") \
	    " of The Associated Press."
	else if (!w && rnd(3) == 0) s = "Compiled by Democrat-Gazette staff members from wire reports"
	if (rnd(2)) s = cat(s, HD pick("More headlines~Latest~Top Picks") "\n" rel18(heads18, 2, 4, 3, "long", 0))
	if (rnd(3) == 0) s = cat(s, "Get the day's top stories from the Democrat-Gazette in your inbox each morning. Sign up now.")
	s = cat(s, some("About Us~Contact Us~Advertise~Subscriber Services~Terms of Use~Privacy Policy~Jobs~Archive", 3, 5))
	FOOT = cat(s, "Copyright © " Y ", Arkansas Democrat-Gazette, Inc. All rights reserved.\n" \
	    "No part of this page may be reprinted without the written permission of Arkansas Democrat-Gazette, Inc.")
	BYN = solo18(who) ? who : ""; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff18("C")); TAGX = ""
}

function tv18(title,    s, who, by, dl, st, sh, im, h, mi, k, w, st9, c, z, dom) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen18) : ""
	if (rnd(2)) {	# WRAL
		z = ustz18("E")
		site7(pick(" :: WRAL.com~~ - WRAL.com"), "www.wral.com", "/" slug7(title) "/" (18050000 + rnd(200000)) "/")
		s = some("WRAL.com~WRAL News~Watch Live~WRAL+~Search~Menu~Sign in", 2, 5)
		s = cat(s, some("News~Local News~Weather~Traffic~Sports~Politics~Education~Health~5 On Your Side~Out and About~WRAL TechWire~" \
		    "Community~Video~Contests~Closings", 5, 11))
		if (rnd(3) == 0) s = cat(s, wx18(pick("Raleigh~Durham~Fayetteville~Chapel Hill~Cary"), 20, 95, "F"))
		if (rnd(4) == 0) s = cat(s, "Closings & Delays: " (2 + rnd(80)) " listings")
		s = cat(s, bar18("BREAKING~LIVE~Weather Alert", 6))
		s = cat(s, top18("Most Popular~Top Stories~Latest News", "plain~num~under"))
		NAV = cat(s, pick("News~National~World~Local News"))
		w = rnd(3) == 0
		who = w ? pick("CNN~The Associated Press~Reuters") : pick("Lorna Pettiford~Keith Abernathy~Delia Spruill~Tamara Lindell~Omar Bledsoe~WRAL staff")
		if (w || who == "WRAL staff") by = "By " lk(who)
		else by = "By " lk(who) pick(", WRAL reporter~, WRAL anchor~, WRAL.com~")
		k = rnd(2)
		if (k == 0) dl = "Posted " month[M] " " D ", " Y " " ampm18(h, mi) " " z "\nUpdated " month[M] " " D ", " Y " " ampm18(H2, MI2) " " z
		else dl = "Posted " ampm18(h, mi) " " abbr[M] " " D ", " Y " — Updated " ampm18(H2, MI2) " " abbr[M] " " D ", " Y	# the older form
		im = rnd(2) ? CP pick(caps18) ". " pick("(Photo courtesy of " pick("the county~a viewer~the sheriff's office") ")~(WRAL)~(AP Photo)~(CNN)") : ""
		s = ""
		if (rnd(2)) s = pick("The Associated Press contributed to this report.~CNN contributed to this report.~WRAL's " \
		    pick("Lorna Pettiford~Delia Spruill") " contributed to this report.")
		TAGX = some(tags18, 2, 4)
		if (rnd(2)) s = cat(s, HD "Tags\n" TAGX)
		if (rnd(2)) s = cat(s, HD pick("More Stories~Latest News~Most Popular") "\n" rel18(heads18, 2, 4, 3, "abbr", 0))
		s = cat(s, some("About Us~Contact Us~Advertise~FCC Public File~EEO Report~Closed Captioning~Privacy Policy~Terms of Use", 3, 5))
		FOOT = cat(s, "Copyright " Y " by Capitol Broadcasting Company. All rights reserved.")
		ISOT = isot7(h, mi, usoff18("E"))
	} else {	# a TEGNA station
		k = rnd(6)
		st9 = k == 0 ? "KARE 11" : k == 1 ? "WFAA" : k == 2 ? "KING 5" : k == 3 ? "9NEWS" : k == 4 ? "11Alive" : "WUSA9"
		c = k < 2 ? "C" : k == 2 ? "P" : k == 3 ? "M" : "E"
		z = ustz18(c)
		dom = k == 0 ? "www.kare11.com" : k == 1 ? "www.wfaa.com" : k == 2 ? "www.king5.com" : k == 3 ? "www.9news.com" : k == 4 ? "www.11alive.com" : \
		    "www.wusa9.com"
		site7(pick("~ | " st9 "~ | " substr(dom, 5)), dom, "/article/news/" pick("nation-world~local~politics~health") "/" slug7(title) "/" (89 + rnd(400)) "-" hex7(8) "-" hex7(4))
		s = some(st9 "~Watch Live~Weather~Traffic~Search~Menu~Download the app", 2, 5)
		s = cat(s, some("Local News~Nation World~Weather~Sports~Entertainment~Health~Politics~Verify~Community~Features~Video~Contests~" \
		    "Investigations~Traffic~Station Info", 5, 11))
		if (rnd(3) == 0) s = cat(s, wx18(k == 0 ? "Minneapolis" : k == 1 ? "Dallas" : k == 2 ? "Seattle" : k == 3 ? "Denver" : k == 4 ? "Atlanta" : \
		    "Washington", k == 0 ? -15 : 20, k == 0 ? 88 : 100, "F"))
		if (rnd(4) == 0) s = cat(s, pick("Weather Alerts~Closings~Traffic Alert") " " (1 + rnd(9)))
		s = cat(s, bar18("BREAKING~LIVE~ALERT", 6))
		s = cat(s, top18("Trending~Latest~Top Stories", "plain~num"))
		NAV = cat(s, pick("Nation World~Local News~Politics~Health"))
		who = pick("Associated Press~" st9 " Staff~CNN~Lindsey Harlan~Marco Quiroga~Tasha Brightwell~Devin Ostrander")
		by = "Author: " lk(who)
		dl = "Published: " clock(h, mi, "AM", "PM") " " z " " month[M] " " D ", " Y	# "Published: 6:12 PM CST January 4, 2019"
		if (rnd(3)) dl = dl "\nUpdated: " clock(H2, MI2, "AM", "PM") " " z " " month[M] " " D ", " Y
		im = rnd(2) ? CP pick(caps18) "\nCredit: " pick("AP~" st9 "~Getty Images~Reuters~AP Photo/" pick("Lars Engstrom~Ray Castaneda~Hollis Kemp")) : ""
		if (who == "Associated Press" && rnd(2)) lead18(pick("WASHINGTON~NEW YORK~LOS ANGELES~CHICAGO~MIAMI~HOUSTON") " (AP) — ")
		s = ""
		if (rnd(2)) s = HD pick("Related Articles~More Videos~Latest") "\n" headlines(heads18, 2, 4)
		if (rnd(3) == 0) s = cat(s, "Download the " st9 " app for breaking news alerts, live video and weather on the go.")
		s = cat(s, some("Terms of Service~Privacy Policy~Ad Choices~EEO Public File Report~FCC Public Inspection File~" \
		    "Closed Captioning Contact~Do Not Sell My Personal Information", 3, 5))
		FOOT = cat(s, "© " Y " " st9 ". All Rights Reserved.")
		TAGX = ""; ISOT = isot7(h, mi, usoff18(c))
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(4) == 0) insert(pick("RELATED: ~READ MORE: ~WATCH: ") pick(heads18), 1 + rnd(3))
	BYN = who; DLX = dlx(by, dl)
}

function radio18(title,    s, who, by, dl, st, sh, im, h, mi, w) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen18) : ""
	if (rnd(2)) {	# KQED
		site7(pick(" | KQED~~ | KQED News"), "www.kqed.org", "/news/" (11720000 + rnd(60000)) "/" slug7(title))
		s = some("KQED~Donate~Listen Live~KQED 88.5 FM~Newsletters~Search~Menu~Sign In", 2, 5)
		s = cat(s, some("News~Arts & Culture~Science~Food~Podcasts~Politics~Housing~Education~Bay Area~California~Forum~" \
		    "The California Report~Perspectives~TV~Events", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx18(pick("San Francisco~Oakland~San Jose~Sacramento"), 40, 92, "F"))
		s = cat(s, bar18("Breaking~Live Updates~Latest", 7))
		s = cat(s, top18("Most Read~Latest~Top Stories", "plain~num"))
		NAV = cat(s, pick("News~Politics~Science~California~News\nPolitics"))
		w = rnd(3) == 0
		who = w ? pick("Associated Press~Reuters") : people18("Alexis Thornbury~Daniel Maciel~Priya Venkat~Gus Hallett~KQED News Staff")
		by = lk(who)
		dl = rnd(2) ? abbr[M] " " D ", " Y : abbr[M] " " D ", " Y "\nUpdated " abbr[M] " " D ", " Y " " clock(H2, MI2, "AM", "PM")
		im = rnd(2) ? CP pick(caps18) ". (" pick(pick("Marisol Duenas~Theo Rask~June Halvorsen") "/KQED~Carl Ostrow/Getty Images~" \
		    "AP Photo~Courtesy of the city") ")" : ""
		sh = rnd(2) ? some("Save Article~Share~Facebook~Twitter~Email~Copy Link", 2, 4) : ""
		s = ""
		if (w && rnd(2)) s = "This story includes reporting from " pick("the Associated Press~Reuters~KQED's " pick("Priya Venkat~Gus Hallett")) "."
		if (rnd(2)) s = cat(s, "KQED's journalism is supported by listeners like you. Make a donation today to keep local reporting strong.")
		TAGX = some(tags18, 2, 4)
		if (rnd(2)) s = cat(s, HD "Tags:\n" TAGX)
		if (rnd(2)) s = cat(s, HD pick("Sponsored~Latest News~More from KQED") "\n" rel18(heads18, 2, 3, 3, "abbr", 0))
		s = cat(s, some("Terms of Service~Privacy Policy~Contact Us~TV Schedules~Radio Schedules~FCC Public Files~Careers~Accessibility", 3, 5))
		FOOT = cat(s, "Copyright © " Y " KQED Inc. All Rights Reserved.")
		ISOT = isot7(h, mi, usoff18("P"))
	} else {	# WBUR
		site7(pick(" | WBUR News~~"), "www.wbur.org", "/news/" Y "/" d2(M) "/" d2(D) "/" slug7(title))
		s = some("WBUR~Boston's NPR News Station~Listen Live~Donate~Newsletters~Search~Menu", 2, 5)
		s = cat(s, some("News~Here & Now~On Point~Radio Boston~Cognoscenti~The ARTery~CommonHealth~Edify~Politicker~Podcasts~Schedule~" \
		    "Events~Programs", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx18(pick("Boston~Worcester~Cambridge"), 5, 94, "F"))
		s = cat(s, top18("Most Viewed~Latest~Editor's Picks", "plain~num~under"))
		NAV = cat(s, pick("News~Here & Now~Politics~Science"))
		w = rnd(3) == 0
		who = w ? pick("The Associated Press~NPR~Reuters") : people18("Callum Breen~Simone Achterberg~Walter Ng~Hannah Ferris~WBUR Newsroom")
		by = lk(who)
		dl = month[M] " " d2(D) ", " Y	# "January 04, 2019"
		if (rnd(3) == 0) dl = dl "\nUpdated " month[M] " " d2(D) ", " Y " " clock(H2, MI2, "AM", "PM")
		im = rnd(2) ? CP pick(caps18) ". (" pick(pick("Peter Almeida~Nora Quist~Evan Sheehy") "/WBUR~Dennis Furlong/AP~Getty Images") ")" : ""
		sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link", 2, 4) : ""
		s = ""
		if (who == "NPR") s = "Copyright " Y " NPR. To see more, visit https://www.npr.org."
		else if (rnd(3) == 0) s = "This article was originally published on " month[M] " " d2(D) ", " Y "."
		if (rnd(2)) s = cat(s, "Support the news: WBUR depends on donations from readers and listeners. Give now.")
		if (rnd(2)) s = cat(s, HD pick("More from WBUR~Related~Latest") "\n" rel18(heads18, 2, 4, 3, "long0", 0))
		s = cat(s, some("About~Careers~Contact~Corporate Sponsorship~Privacy Policy~Public Files~Terms of Use", 3, 5))
		FOOT = cat(s, "© Copyright WBUR " Y)
		TAGX = ""; ISOT = isot7(h, mi, usoff18("E"))
	}
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st~dl by st im sh", st, by, dl, sh, im)
	BYN = solo18(who) ? who : ""; DLX = dlx(by, dl)
}

function mag18(title,    s, who, by, dl, st, sh, im, h, mi, k, c) {
	h = 7 + rnd(16); mi = rnd(60)
	st = standfirst(gen18)
	if (rnd(2)) {	# New York magazine's Intelligencer
		site7(pick(" - New York Magazine~~ | Intelligencer"), "nymag.com", "/intelligencer/" Y "/" d2(M) "/" slug7(title) ".html")
		s = some("New York Magazine~Intelligencer~The Cut~Vulture~The Strategist~Curbed~Grub Street~Subscribe~Sign In~Search", 3, 6)
		s = cat(s, some("Politics~Tech~Business~Crime~Media~New York~Power~The National Interest~Early and Often~Climate~Health", 3, 7))
		s = cat(s, top18("Latest News~Most Viewed Stories~Trending", "plain~num"))
		NAV = cat(s, pick("early and often~the national interest~the money game~intelligencer~crime~climate~foreign interests"))
		who = pick("Elise Kornbluth~Ramon Valdivia~Josh Tepper~Naomi Friedland~Ezra Whitcomb")
		k = rnd(3)
		if (k == 0) { by = "By " lk(who); dl = ap[M] " " D ", " Y }
		else if (k == 1) { by = "By " lk(who) ", " pick("a features writer~a staff writer~a national correspondent") " for Intelligencer"; dl = ap[M] " " D ", " Y }
		else { by = "By " lk(who); dl = ap[M] " " D ", " Y "\n" ampm18(h, mi) }
		im = rnd(2) ? CP pick("Photo: " pick("Glenn Rauch~Tessa Marlow~Oscar Linde~Bram Keller") "/Getty Images~Photo: " \
		    pick("Miles Corbin~Rita Fong") "/AP/Shutterstock~Photo-Illustration: Intelligencer; Photos: Getty Images") : ""
		s = ""
		TAGX = some(tags18, 2, 5)
		if (rnd(2)) { c = TAGX; gsub(LI, "", c); c = tolower(c); gsub(/\n/, "\n" LI, c); s = HD "Tags:\n" LI c "\nShow All" }
		if (rnd(2)) s = cat(s, "Sign up for the Intelligencer newsletter: the day's politics and business, in your inbox each afternoon.")
		if (rnd(2)) s = cat(s, HD pick("More Stories~Most Viewed Stories~Latest News") "\n" headlines(heads18, 2, 4))
		s = cat(s, some("About New York~Contact~Media Kit~Ad Choices~Terms~Privacy~Subscribe", 3, 5))
		FOOT = cat(s, "© " Y ", New York Media LLC. All Rights Reserved.")
		BYN = who; ISOT = isot7(h, mi, usoff18("E"))
	} else {	# Texas Monthly
		site7(pick(" – Texas Monthly~~"), "www.texasmonthly.com", "/news-politics/" slug7(title) "/")
		s = some("Texas Monthly~Subscribe~Give a Gift~Sign In~Search~Menu~Newsletters", 2, 5)
		s = cat(s, some("Politics & Policy~News~Food~BBQ~Travel & Outdoors~Arts & Entertainment~Style & Design~Being Texan~Podcasts~Video~" \
		    "Magazine", 4, 8))
		s = cat(s, top18("Most Popular~Latest~Editors' Picks", "plain~num"))
		NAV = cat(s, pick("Politics & Policy~News~Being Texan~Politics"))
		who = pick("Cassidy Rourke~Miguel Arredondo~Leah Vanderhoof~Grant Easley")
		by = "By " lk(who)
		dl = month[M] " " D ", " Y
		im = rnd(2) ? CP pick(caps18) ". " pick("Photograph by " pick("Wade Hollister~Noemi Carrasco~Sarah Lim") "~Illustration by Texas Monthly; " \
		    "Getty~Courtesy of the governor's office~AP Photo/" pick("Ray Castaneda~Hollis Kemp")) : ""
		s = ""
		if (rnd(2)) s = who " is a " pick("senior editor~staff writer~writer-at-large~contributing editor") " at Texas Monthly."
		if (rnd(2)) s = cat(s, "Get the week's best Texas stories in your inbox. Sign up for the Texas Monthly newsletter.")
		if (rnd(2)) s = cat(s, HD pick("Read Next~More From Texas Monthly~Popular") "\n" rel18(heads18, 2, 3, 5, "long", 4))
		s = cat(s, some("About~Advertise~Careers~Contact~Privacy~Terms~Subscribe~Customer Service", 3, 5))
		FOOT = cat(s, "© " Y " Texas Monthly, LLC. All Rights Reserved.")
		BYN = who; TAGX = ""; ISOT = isot7(h, mi, usoff18("C"))
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy Link", 2, 4) : ""
	HEAD = order("st by dl im sh~st im by dl sh~by dl st im sh", st, by, dl, sh, im)
	DLX = dlx(by, dl)
}

function student18(title,    s, who, by, dl, st, sh, im, h, mi, k, two) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen18) : ""
	if (rnd(2)) {	# the Harvard Crimson
		site7(pick(" | News | The Harvard Crimson~~"), "www.thecrimson.com", "/article/" Y "/" M "/" D "/" slug7(title) "/")
		s = some("The Harvard Crimson~Subscribe~Donate~Newsletters~Search~Menu", 2, 5)
		s = cat(s, some("News~Opinion~Arts~Blog~Magazine~Multimedia~Sports~Video~Flyby~Fifteen Minutes~Admissions~Commencement", 5, 10))
		s = cat(s, top18("Most Read~Latest~Editors' Picks", "plain~num"))
		NAV = cat(s, pick("News~University News~Cambridge~World~Features"))
		who = people18("Nadia Okafor~Theodore Liang~Isabel Marchetti~Kwame Osei-Bonsu~Claire Hutchins")
		two = !solo18(who)
		k = rnd(3)
		by = "By " lk(who) ", " pick("Crimson Staff Writer~Contributing Writer")
		if (two) sub(/Writer$/, "Writers", by)
		if (k == 0) dl = month[M] " " D ", " Y
		else if (k == 1) dl = month[M] " " D ", " Y "\nUpdated: " month[M] " " D ", " Y ", at " ampm18(H2, MI2)
		else { by = by " " month[M] " " D ", " Y; dl = "" }
		im = rnd(2) ? CP pick(caps18) ". By " pick("Sofia Andrade~Ruben Oyelaran~Megan Ko~Julian Petrakis") : ""
		if (solo18(who) && rnd(2))
			sig18("—Staff writer " who " can be reached at " dotmail18(who, "thecrimson.com") ". Follow " pick("her~him~them") \
			    " on Twitter " handle16(who) ".")
		s = ""
		TAGX = some(tags18, 2, 4)
		if (rnd(2)) s = HD "Tags\n" TAGX
		if (rnd(2)) s = cat(s, HD pick("Read more in News~Most Read~Related") "\n" headlines(heads18, 2, 4))
		if (rnd(3) == 0) s = cat(s, "Want to keep up with breaking news? Subscribe to our email newsletter.")
		s = cat(s, some("About~Privacy~Copyright~Advertise~Archives~Contact~Join", 3, 5))
		FOOT = cat(s, "Copyright © " Y " The Harvard Crimson, Inc.\n14 Plympton St., Cambridge, MA 02138")
	} else {	# the Michigan Daily
		site7(pick(" - The Michigan Daily~~"), "www.michigandaily.com", "/" pick("news~government~campus-life~ann-arbor") "/" slug7(title) "/")
		s = some("The Michigan Daily~Subscribe~Donate~Search~Menu~Newsletter", 2, 5)
		s = cat(s, some("News~Sports~Arts~Opinion~MiC~Statement~Multimedia~Podcasts~Special Editions~Ann Arbor~Government~Campus Life~" \
		    "Research", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx18("Ann Arbor", 0, 88, "F"))
		s = cat(s, top18("Most Read~Latest~Trending", "plain~num~under"))
		NAV = cat(s, pick("News~Government~Research~Campus Life"))
		who = people18("Ava Lindqvist~Jordan Whitfield~Samira Haddad~Connor Bialek~Maya Ostrowski")
		two = !solo18(who)
		by = lk(who) ", " pick("Daily Staff Reporter~Daily News Editor~Summer News Editor~Daily News Contributor")
		if (two) { sub(/Reporter$/, "Reporters", by); sub(/Editor$/, "Editors", by); sub(/Contributor$/, "Contributors", by) }
		dl = "Published " month[M] " " D ", " Y
		im = rnd(2) ? CP pick(caps18) ". " pick("Photo by " pick("Grace Beal~Tomas Ruiz~Anika Shah") "/Daily~File Photo/Daily~Courtesy of the University") : ""
		if (solo18(who) && rnd(2)) sig18("Daily Staff Reporter " who " can be reached at " tolower(substr(who, 1, 1)) \
		    tolower(substr(who, index(who, " ") + 1, 5)) "@umich.edu.")
		s = ""
		if (rnd(2)) s = "The Michigan Daily is an independent, student-run newspaper. Support our work with a donation."
		if (rnd(2)) s = cat(s, HD pick("Related~More in News~Latest") "\n" rel18(heads18, 2, 4, 4, "long", 0))
		s = cat(s, some("About~Contact~Advertise~Join the Daily~Privacy Policy~Archives", 3, 5))
		FOOT = cat(s, "© " Y " The Michigan Daily\n420 Maynard St., Ann Arbor, MI 48109")
		TAGX = ""
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = solo18(who) ? who : ""; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff18("E"))
}

function gov18(title,    s, who, by, dl, st, sh, im, h, mi, k, org, min, kind, dept, city) {
	h = 7 + rnd(12); mi = rnd(60)
	if (rnd(2)) {	# GOV.UK
		k = rnd(6)
		org = k == 0 ? "Foreign & Commonwealth Office" : k == 1 ? "Department for International Development" : k == 2 ? "Ministry of Defence" : \
		    k == 3 ? "Home Office" : k == 4 ? "Department of Health and Social Care" : "Department for Environment, Food & Rural Affairs"
		min = pick("The Rt Hon Alistair Penrose MP~Harriet Coldwell MP~Lord Ashcombe~The Rt Hon Imran Siddiqui MP~Baroness Whitlow")
		kind = pick("News story~Press release~Press release~Speech~World news story")
		site7(" - GOV.UK", "www.gov.uk", "/government/news/" slug7(title))
		s = rnd(3) ? "" : "Cookies on GOV.UK\nWe use some essential cookies to make this site work.\n" \
		    "We'd also like to set analytics cookies to learn how you use GOV.UK and improve it.\n" \
		    some("Accept analytics cookies~Reject analytics cookies~View cookies", 2, 3)
		s = cat(s, some("Skip to main content~GOV.UK~Menu~Search GOV.UK~Topics~Government activity", 2, 5))
		s = cat(s, some("Home~Government~World~International aid and development~Defence and armed forces~Crime, justice and law~" \
		    "Health and social care~Environment~Foreign affairs", 2, 4))
		NAV = cat(s, kind)
		who = org
		by = "From:\n" lk(org) (rnd(2) ? "\nand " lk(min) : "")
		k = rnd(2)	# dt and dd on lines of their own, or on one
		dl = "Published" (k ? "\n" : " ") D " " month[M] " " Y
		if (rnd(4) == 0) {	# a later update, labelled
			shift(1 + rnd(40))
			dl = dl "\nLast updated" (k ? "\n" : " ") SD " " month[SM] " " SY " — " pick("See all updates~see all updates")
		}
		if (!k) gsub(/\n/, " ", by)
		st = standfirst(gen18)
		im = rnd(3) == 0 ? CP pick(caps18) : ""
		HEAD = order("st by dl im~st by dl", st, by, dl, "", im)
		s = ""
		if (rnd(2)) s = HD "Further information\n" pick("Follow the " org " on Twitter and Facebook.~" \
		    "Media enquiries should go to the press office on 020 7008 " (1000 + rnd(9000)) ".~" \
		    "For journalists: the newsdesk is staffed from 7am to 10pm every day.")
		if (rnd(3) == 0) s = cat(s, "Published " D " " month[M] " " Y)
		s = cat(s, "Share this page\nFacebook\nTwitter")
		if (rnd(2)) s = cat(s, HD "Explore the topic\n" some("Foreign affairs~Defence and armed forces~International aid and development~" \
		    "Public health~Emergency planning~Immigration and borders", 1, 3))
		s = cat(s, "Is this page useful?\nMaybe\nYes this page is useful\nNo this page is not useful\nReport a problem with this page")
		if (rnd(2)) s = cat(s, HD "Topics\n" some("Benefits~Births, death, marriages and care~Business and self-employed~Childcare and parenting~" \
		    "Citizenship and living in the UK~Crime, justice and the law~Disabled people~Driving and transport~Education and learning~" \
		    "Employing people~Environment and countryside~Housing and local services~Money and tax~Passports, travel and living abroad~" \
		    "Visas and immigration~Working, jobs and pensions", 6, 16))
		if (rnd(2)) s = cat(s, HD "Government activity\n" some("Departments~News~Guidance and regulation~Research and statistics~" \
		    "Policy papers and consultations~Transparency~How government works~Get involved", 4, 8))
		s = cat(s, some("Help~Privacy~Cookies~Accessibility statement~Contact~Terms and conditions~Rhestr o Wasanaethau Cymraeg~" \
		    "Government Digital Service", 4, 8))
		FOOT = cat(s, "All content is available under the Open Government Licence v3.0, except where otherwise stated\n© Crown copyright")
		BYN = ""; ISOT = isot7(h, mi, eutz("+01:00", "+00:00"))
	} else {	# a Canada.ca news release
		k = rnd(5)
		dept = k == 0 ? "Global Affairs Canada" : k == 1 ? "Health Canada" : k == 2 ? "Environment and Climate Change Canada" : \
		    k == 3 ? "Public Safety Canada" : "Natural Resources Canada"
		city = pick("Ottawa, Ontario~Gatineau, Quebec~Vancouver, British Columbia~Toronto, Ontario~Halifax, Nova Scotia")
		kind = pick("News release~News release~Statement~Backgrounder")
		site7(" - Canada.ca", "www.canada.ca", "/en/" slug7(dept) "/news/" Y "/" d2(M) "/" slug7(title) ".html")
		s = some("Skip to main content~Skip to \"About government\"~Language selection~Français~Government of Canada~Gouvernement du Canada", 2, 5)
		s = cat(s, some("Search~Search Canada.ca~Menu~Main Menu~Jobs~Immigration and citizenship~Travel and tourism~Business and industry~" \
		    "Benefits~Health~Taxes~Environment and natural resources~National security and defence~Culture, history and sport~" \
		    "Policing, justice and emergencies~Transport and infrastructure~Canada and the world~Money and finances~Science and innovation", 4, 10))
		NAV = cat(s, "Canada.ca\n" dept "\nNews")
		who = dept
		by = "From: " lk(dept)
		dl = kind
		HEAD = by "\n" dl
		if (kind == "Statement") lead18(city "\n" month[M] " " D ", " Y "\n")
		else lead18(month[M] " " D ", " Y " " pick("-~–~—") " " city " " pick("-~–~—") " " dept "\n")
		s = ""
		if (rnd(2)) s = HD "Quick facts\n" LI pick(gen18) ".\n" LI pick(gen18) "."
		if (rnd(2)) s = cat(s, HD "Associated links\n" LI lk(pick("Canada's international assistance~Travel advice and advisories~" \
		    "Emergency preparedness~Canada's response")))
		s = cat(s, HD "Contacts\n" pick("Media Relations Office~Media Relations~Press Secretary") "\n" dept "\n" \
		    pick("343~613~819") "-" (200 + rnd(800)) "-" (1000 + rnd(9000)) "\n" pick("media@international.gc.ca~media@hc-sc.gc.ca~" \
		    "ec.media.ec@canada.ca~ps.media@canada.ca~nrcan.media.rncan@canada.ca"))
		if (rnd(2)) s = cat(s, "Follow us on Twitter: @" pick("CanadaFP~GovCanHealth~environmentca~Safety_Canada~NRCan"))
		TAGX = some(tags18, 2, 4)
		if (rnd(2)) { k = TAGX; gsub(LI, "", k); gsub(/\n/, ", ", k); s = cat(s, "Search for related information by keyword: " k) }
		s = cat(s, "Report a problem or mistake on this page\nShare this page")
		s = cat(s, "Date modified:\n" Y "-" d2(M) "-" d2(D))
		s = cat(s, HD "About government\n" some("Contact us~Departments and agencies~Public service and military~News~" \
		    "Treaties, laws and regulations~Government-wide reporting~Prime Minister~How government works~Open government", 4, 9))
		FOOT = cat(s, some("Social media~Mobile applications~About Canada.ca~Terms and conditions~Privacy", 3, 5))
		BYN = ""; TAGX = ""; ISOT = isot7(h, mi, usoff18("E"))
	}
	DLX = dlx(by, dl)
}

function citynews18(title,    s, who, by, dl, st, sh, im, h, mi, k, c, z, city, cp) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	k = rnd(7)
	city = k == 0 ? "Vancouver" : k == 1 ? "Calgary" : k == 2 ? "Edmonton" : k == 3 ? "Winnipeg" : k == 4 ? "Halifax" : k == 5 ? "Ottawa" : "Toronto"
	c = k == 0 ? "P" : k <= 2 ? "M" : k == 3 ? "C" : k == 4 ? "A" : "E"
	z = ustz18(c)
	site7(pick(" - CityNews " city "~~"), tolower(city) ".citynews.ca", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
	s = some("CityNews " city "~" pick("680 NEWS~News 1130~CityNews 95.7~NEWS 1310") "~Watch Live~Listen Live~Search~Menu", 2, 5)
	s = cat(s, some("Toronto~Vancouver~Calgary~Edmonton~Winnipeg~Ottawa~Montreal~Halifax~Kitchener", 0, 4))
	s = cat(s, some("News~Local~Canada~World~Politics~Business~Sports~Entertainment~Weather~Traffic~Video~Contests~Community", 4, 9))
	if (rnd(3) == 0) s = cat(s, wx18(city, -28, 31, "C"))
	if (rnd(4) == 0) s = cat(s, "Traffic: " pick("Collision blocks two lanes~Delays on the bridge~Road closed for repairs"))
	s = cat(s, bar18("BREAKING~LIVE~DEVELOPING", 6))
	s = cat(s, top18("Most Read~Latest News~Trending", "plain~num~under"))
	NAV = cat(s, pick("World~Canada~News~Politics"))
	cp = rnd(3)
	if (cp) { who = rnd(3) ? "The Canadian Press" : pick("Stefanie Marchand~Ravi Gill~Brett Lavoie~Ingrid Olafson") ", The Canadian Press" }
	else who = pick("The Associated Press~CityNews Staff~" pick("Lena Fiorucci~Adrian Kwok~Mireille Gagnon") ", CityNews")
	by = "BY " lk(toupper(who))
	k = rnd(3)
	if (k == 0) dl = "Posted " abbr[M] " " D ", " Y " " clk(h, mi) " " z
	else if (k == 1) dl = "Posted " abbr[M] " " D ", " Y " " clk(h, mi) " " z "\nLast Updated " abbr[M] " " D ", " Y " at " clk(H2, MI2) " " z
	else { by = by "\nPosted " abbr[M] " " D ", " Y ", " toupper(clk(h, mi)) " " z ". Last Updated " abbr[M] " " D ", " Y ", " \
	    toupper(clk(H2, MI2)) " " z "."; dl = "" }
	st = rnd(2) ? standfirst(gen18) : ""
	if (cp && rnd(3)) lead18(pick("OTTAWA~TORONTO~VANCOUVER~MONTREAL~EDMONTON~HALIFAX~WINNIPEG~CALGARY") " — ")
	if (cp && rnd(3) == 0) sig18("This report by The Canadian Press was first published " ap[M] " " D ", " Y ".")
	if (index(who, ", The Canadian Press") && rnd(2)) sig18(pick("— With files from " pick("Ravi Gill~Ingrid Olafson") " in " \
	    pick("Ottawa~Toronto~Victoria") "~" who))
	im = rnd(2) ? CP pick(caps18) ". " pick("THE CANADIAN PRESS/" pick("Nathan Hartwell~Colette Brandt~Gordon Pike~Shauna Tait") "~" \
	    "AP Photo/" pick("Miles Corbin~Joan Castellano") "~CityNews~Handout") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Reddit~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Advertisement~RELATED: " pick(heads18)), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = HD pick("Related Stories~Top Stories~More from CityNews") "\n" headlines(heads18, 2, 4)
	if (rnd(3) == 0) s = cat(s, "Get the latest from CityNews delivered to your inbox. Sign up for our morning newsletter.")
	s = cat(s, some("About Us~Contact~Advertise~Careers~Privacy Policy~Terms of Use~Accessibility~Ad Choices", 3, 5))
	FOOT = cat(s, "© " Y " Rogers Media. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff18(c)); TAGX = ""
}

function itv18(title,    s, who, by, dl, st, sh, im, h, mi, k, r) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	site7(pick(" | ITV News~~"), "www.itv.com", "/news/" (rnd(3) ? "" : pick("london~calendar~granada~meridian~anglia~wales") "/") \
	    Y "-" d2(M) "-" d2(D) "/" slug7(title))
	s = some("ITV News~ITV Hub~Search~Menu~Sign in~Watch live", 2, 5)
	s = cat(s, some("Home~UK~World~Politics~Money~Health~Climate~Science~Technology~Entertainment~Sport~Good News~Explainers", 4, 9))
	if (rnd(2)) s = cat(s, some("London~Anglia~Border~Calendar~Central~Granada~Meridian~Tyne Tees~Wales~West Country~Channel~UTV", 3, 8))
	s = cat(s, bar18("Breaking~LIVE~Latest", 6))
	s = cat(s, top18("Most Read~Latest~Top Stories", "plain~num"))
	NAV = cat(s, pick("World~UK~Politics~Health~Science"))
	r = pick("Correspondent~Reporter~Producer~Editor")
	k = rnd(5)
	who = pick("Harriet Moorcroft~Dev Anand~Callum Whitelaw~Siobhan Keogh~Nathan Oduya")
	if (k == 0) by = "Report by ITV News " pick("International~Political~Health~Science") " " r " " lk(who)
	else if (k == 1) by = "By ITV News " r " " lk(who)
	else if (k == 2) by = "Words by " lk(who) ", ITV News " r
	else { who = "ITV News"; by = pick("ITV News~By ITV News") }
	dl = dayname[W + 1] " " D " " month[M] " " Y ", " clk(h, mi)	# "Friday 4 January 2019, 6:12pm"
	if (rnd(3) == 0) dl = dl "\nUpdated " clk(H2, MI2)
	st = rnd(3) ? standfirst(gen18) : ""
	im = rnd(2) ? CP pick(caps18) (rnd(2) ? " " : "\n") "Credit: " pick("PA~AP~Reuters~ITV News~EPA~PA Images~AFP") : ""
	if (rnd(3) == 0) im = cat(im, "Video report by ITV News " pick("Correspondent~Reporter") " " pick("Dev Anand~Siobhan Keogh~Callum Whitelaw"))
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im dl by st~dl by st im sh", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Read more: ~Watch: ~Listen: ") pick(heads18), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Catch up on the day's biggest stories with our daily news podcast, What You Need To Know."
	if (rnd(2)) s = cat(s, HD pick("More from World~Latest~Most Read") "\n" rel18(heads18, 2, 4, 2, "itv", rnd(2)))
	s = cat(s, some("About ITV News~Contact us~Privacy policy~Cookie policy~Terms of use~Accessibility~Modern Slavery Statement", 3, 5))
	FOOT = cat(s, "© ITV plc " Y)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+01:00", "+00:00")); TAGX = ""
}

function canberra18(title,    s, who, by, dl, st, sh, im, h, mi, k, w) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	site7(pick(" | The Canberra Times | Canberra, ACT~~ | The Canberra Times"), "www.canberratimes.com.au", "/story/" (5830000 + rnd(90000)) \
	    "/" slug7(title) "/")
	s = some("The Canberra Times~Subscribe~Log in~Today's Paper~Search~Menu~Notifications", 2, 5)
	s = cat(s, some("News~ACT News~National~World~Politics~Federal Politics~Business~Sport~Opinion~Lifestyle~Entertainment~Property~" \
	    "Comics & Puzzles~Photos~Obituaries~Weather", 5, 11))
	if (rnd(3) == 0) s = cat(s, wx18("Canberra", -3, 40, "C", 1))
	s = cat(s, bar18("BREAKING~Breaking News~Live", 7))
	s = cat(s, top18("Most Popular~Latest News~Editor's Picks", "plain~num"))
	NAV = cat(s, pick("World~National~News~Federal Politics"))
	w = rnd(3) == 0
	who = w ? pick("Australian Associated Press~Reuters~AFP~Associated Press") : people18("Bridget Kilmartin~Lachlan Ferrier~Anh Nguyen~Pip Halloran~Tom Esposito")
	by = (rnd(2) ? "By " : "") lk(who)
	k = rnd(3)
	if (k == 0) dl = "Updated " month[M] " " D " " Y " - " clk(H2, MI2) ", first published " clk(h, mi)	# "Updated January 4 2019 - 7:05pm, first published 6:12pm"
	else if (k == 1) dl = month[M] " " D " " Y " - " toupper(clk(h, mi))	# "January 4 2019 - 6:12PM"
	else dl = month[M] " " D " " Y " - " clk(h, mi)
	st = rnd(3) ? standfirst(gen18) : ""
	im = rnd(2) ? CP pick(caps18) ". " pick("Picture: " pick("Fiona Reddan~Callum Brierley~Maja Novak~Sunil Perera") "~" \
	    "Picture: Getty Images~Photo: AP~Picture: Shutterstock~Picture: Supplied") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Advertisement~ADVERTISEMENT~Read more: " pick(heads18)), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Local news needs local readers. Subscribe to keep reading The Canberra Times."
	if (!w && solo18(who) && rnd(3) == 0) s = cat(s, who " is a reporter at The Canberra Times.")
	TAGX = some(tags18, 2, 4)
	if (rnd(2)) s = cat(s, HD "Discuss \"" title "\"\nCommenting is closed on this story.")
	if (rnd(2)) s = cat(s, HD pick("More from national~Latest~Most Popular") "\n" rel18(heads18, 2, 4, 3, "acm", 0))
	s = cat(s, some("About us~Contact us~Advertise~Terms of use~Privacy policy~Conditions of use~Help", 3, 5))
	FOOT = cat(s, "© " Y " Australian Community Media. All rights reserved.")
	BYN = solo18(who) ? who : ""; DLX = dlx(by, dl); ISOT = isot7(h, mi, autz() == "AEDT" ? "+11:00" : "+10:00")
}

function sci18(title,    s, who, by, dl, st, sh, im, h, mi, k, afp) {
	h = 7 + rnd(16); mi = rnd(60)
	if (rnd(2)) {	# Phys.org
		site7(pick(" - Phys.org~~"), "phys.org", "/news/" Y "-" d2(M) "-" substr(slug7(title), 1, 40) ".html")
		s = some("Phys.org~Science X~Sign in~Sign up~Search~Menu~Newsletter", 2, 5)
		s = cat(s, some("Home~Nanotechnology~Physics~Earth~Astronomy & Space~Chemistry~Biology~Other Sciences~Medical Xpress~Tech Xplore", 4, 9))
		s = cat(s, top18("Popular~Latest news~Editorial picks", "plain~num"))
		s = cat(s, pick("Home\nEarth\nEnvironment~Home\nOther Sciences\nSocial Sciences~Earth / Environment~Home\nEarth\nEarth Sciences~" \
		    "Other Sciences / Political science"))
		k = rnd(3)
		afp = rnd(2)
		who = afp ? pick("Hugo Valentin~Marta Rivas~Kenji Ota~Sandra Boateng") ", Agence France-Presse" : \
		    pick("University of Leeds~University of Washington~American Geophysical Union~Cornell University~Ingrid Fahey, Phys.org")
		if (k == 0) { by = "by " lk(who); dl = month[M] " " D ", " Y }
		else if (k == 1) { by = month[M] " " D ", " Y " by " lk(who); dl = "" }
		else { s = cat(s, toupper(month[M]) " " D ", " Y pick("~ report~ feature")); by = "by " lk(who); dl = "" }	# the day above the title
		DLX = k == 2 ? month[M] " " D ", " Y : ""
		NAV = s
		st = ""
		im = rnd(2) ? CP pick(caps18) ". Credit: " pick("CC0 Public Domain~AFP~Pixabay/CC0 Public Domain~Unsplash/CC0 Public Domain~" \
		    pick("University of Leeds~NASA~NOAA")) : ""
		sh = rnd(2) ? some("share~tweet~email~print", 2, 4) : ""
		HEAD = order("dl by im sh~by dl sh im~dl by sh im", st, by, dl, sh, im)
		s = ""
		if (rnd(2)) s = HD "Explore further\n" pick(heads18)
		if (afp) s = cat(s, "© " Y " AFP")
		shift(rnd(3) == 0 ? 0 : 1 + rnd(700))
		if (rnd(2)) s = cat(s, "Citation: " title " (" Y ", " month[M] " " D ") retrieved " SD " " month[SM] " " SY " from " URL)
		if (rnd(2)) s = cat(s, "This document is subject to copyright. Apart from fair dealing for private study or research, no part may " \
		    "be reproduced without written permission. The content is provided for information purposes only.")
		if (rnd(2)) s = cat(s, "Feedback to editors")
		if (rnd(2)) s = cat(s, HD pick("More from Earth~Trending~Latest") "\n" rel18(heads18, 2, 4, 1, "long", 0))
		s = cat(s, some("About~Contact~Privacy policy~Terms of use~Help~Sitemap~Newsletter", 3, 5))
		FOOT = cat(s, "© Phys.org 2003 - " Y " powered by Science X Network")
		BYN = who; TAGX = ""; ISOT = isot7(h, mi, usoff18("E"))
		if (DLX != "") return
	} else {	# New Scientist
		site7(pick(" | New Scientist~~"), "www.newscientist.com", "/article/" (2190000 + rnd(9000)) "-" substr(slug7(title), 1, 60) "/")
		s = some("New Scientist~Subscribe~Log in~Search~Menu~Shop~Courses~Events~Jobs", 2, 5)
		s = cat(s, some("News~Features~Newsletters~Podcasts~Video~Comment~Space~Physics~Health~Environment~Technology~Life~Humans~Mind~Earth", 4, 9))
		s = cat(s, top18("Trending~Latest~Most Read", "plain~num"))
		who = people18("Adam Vaughan-Reid~Chelsea Whitmore~Karl Lindgren~Priyanka Basu~Rowan Hurst")
		k = rnd(3)
		if (k == 2) { NAV = cat(s, pick("Environment~Health~Space~Humans~Earth") " " D " " month[M] " " Y); by = "By " lk(who); dl = "" }
		else { NAV = cat(s, pick("News~Environment~Health~Space~Humans~Earth")); by = "By " lk(who); dl = D " " month[M] " " Y }
		st = standfirst(gen18)
		im = rnd(2) ? CP pick(caps18) "\n" pick(pick("Owen Falk~Petra Lind~Simon Oduya") "/Getty Images~" pick("Reuters~AP") "/" \
		    pick("Noel Harte~Lee Ji-hoon") "~Alamy~NASA") : ""
		sh = rnd(2) ? some("Facebook~Twitter~LinkedIn~Reddit~Email", 2, 4) : ""
		HEAD = order("st by dl im sh~st dl by im sh~st im by dl", st, by, dl, sh, im)
		if (rnd(3) == 0) insert("Read more: " pick(heads18), 2 + rnd(3))
		s = ""
		if (rnd(3) == 0) s = "Journal reference: " pick("Nature~Science~PNAS~The Lancet~Nature Climate Change") ", DOI: 10." \
		    (1000 + rnd(9000)) "/" hex7(8)
		if (rnd(2)) s = cat(s, "Sign up to our weekly newsletter: the week's science news, free in your inbox every Thursday.")
		TAGX = some(tags18, 2, 4)
		if (rnd(2)) s = cat(s, HD "More on these topics:\n" TAGX)
		if (rnd(2)) s = cat(s, HD pick("More from New Scientist~Popular articles~Trending") "\n" headlines(heads18, 2, 4))
		s = cat(s, some("About us~Contact us~Advertise~Subscribe~Cookie settings~Privacy policy~Terms & conditions", 3, 5))
		FOOT = cat(s, "© Copyright New Scientist Ltd.")
		BYN = solo18(who) ? who : ""; ISOT = isot7(h, mi, eutz("+01:00", "+00:00"))
	}
	DLX = dlx(by, dl)
}

function chinadaily18(title,    s, who, by, dl, st, sh, im, h, mi, k, w, src) {
	h = 7 + rnd(16); mi = rnd(60)
	site7(pick(" - Chinadaily.com.cn~~"), "www.chinadaily.com.cn", "/a/" Y d2(M) "/" d2(D) "/WS5c" hex7(6) "a3101" hex7(6) ".html")
	s = some("China Daily~Global Edition~中文~China Daily PDF~China Daily E-paper~Newsletter~Search~Sign in", 2, 5)
	s = cat(s, some("Global~China~US~Europe~Asia~Africa", 0, 4))
	s = cat(s, some("HOME~CHINA~WORLD~BUSINESS~LIFESTYLE~CULTURE~TRAVEL~VIDEO~SPORTS~OPINION~REGIONAL~FORUM~NEWSPAPER~MOBILE", 5, 11))
	s = cat(s, top18("Top News~Editor's Picks~Most Viewed", "plain~num"))
	NAV = cat(s, pick("Home / World / Europe~Home / World / Americas~Home / World / Asia-Pacific~Home / China / Society~World~" \
	    "Home / World / Middle East~Home / World / Africa"))
	w = rnd(3)
	if (w == 0) { who = "Xinhua"; by = "Xinhua" }
	else if (w == 1) { who = ""; by = pick("Agencies~Reuters~Xinhua~chinadaily.com.cn") }
	else {
		who = pick("ZHOU JIN~LI XIAOMEI~WANG QINGYUN~CHEN WEIHUA~ZHAO HUANXIN~XU JINGXI")
		src = pick("China Daily~chinadaily.com.cn~China Daily Global")
		by = "By " lk(who) pick("~~ in Beijing~ in Washington~ in London~ in Brussels") " | " src
	}
	dl = "Updated: " Y "-" d2(M) "-" d2(D) " " hm(h, mi)	# "Updated: 2019-01-04 18:12"
	by = by " | " dl; dl = ""
	st = ""
	im = rnd(2) ? CP pick(caps18) ". " pick("[Photo/Xinhua]~[Photo/Agencies]~[Photo/IC]~[Photo/VCG]~[Photo by " \
	    pick("Gao Ruiqing~Sun Lihua~Tang Weiming") "/China Daily]") : ""
	sh = rnd(2) ? some("Share~WeChat~Weibo~Facebook~Twitter~LinkedIn~Mail", 2, 5) : ""
	HEAD = order("by im sh~by sh im~by im", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = HD pick("Related Stories~Top News~Editor's Picks") "\n" headlines(heads18, 2, 5)
	if (rnd(2)) s = cat(s, HD "Most Viewed in 24 Hours\n" numbered(headlines(heads18, 3, 6)))
	s = cat(s, some("About China Daily~Advertise on Site~Contact Us~Job Offer~Expat Employment~Mobile", 3, 5))
	FOOT = cat(s, "Copyright 1995 - " Y ". All rights reserved. Content on this site may not be republished or used without written " \
	    "permission from China Daily Information Co (CDIC).\nLicense for publishing multimedia online " (100000 + rnd(900000)))
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+08:00"); TAGX = ""
}

function east18(title,    s, who, by, dl, st, sh, im, h, mi, k, n, i, c, d) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen18) : ""
	if (rnd(2)) {	# Japan Today
		site7(pick(" - Japan Today~~"), "japantoday.com", "/category/" pick("world~national~politics~crime~business") "/" slug7(title))
		s = some("Japan Today~GPlus Media~Login~Sign up~Search~Menu", 2, 5)
		s = cat(s, some("National~Politics~Crime~Business~Tech~Entertainment~Sports~World~Features~Lifestyle~Travel~Food~Events~Jobs~Podcasts", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx18(pick("Tokyo~Osaka~Sapporo~Fukuoka~Nagoya"), -4, 35, "C"))
		s = cat(s, top18("Most Popular~Latest News~Trending", "plain~num"))
		NAV = cat(s, pick("World~National~Politics~Crime"))
		who = pick("AFP~AP~Jiji Press~Reuters~Japan Today")
		by = ""
		dl = ap[M] " " D ", " Y " " clock0(h, mi, "am", "pm") " JST"	# "Jan. 4, 2019 06:12 pm JST"
		n = rnd(40)
		if (rnd(2)) dl = dl "\n" n " " (n == 1 ? "Comment" : "Comments")
		if (rnd(2)) lead18(pick("TOKYO~OSAKA~WASHINGTON~BEIJING~SEOUL~PARIS~LONDON~NEW YORK") "\n")
		im = rnd(2) ? CP pick(caps18) " " pick("AFP~AP~Reuters~Image: iStock~Image: Japan Today") : ""
		sh = rnd(2) ? some("Share~Facebook~Twitter~LINE~Email", 2, 4) : ""
		if (who == "Japan Today") sig18("©" Y " GPlus Media Inc.")
		else sig18(pick("© Copyright " Y " Agence France-Presse~(c) Copyright Thomson Reuters " Y "~" \
		    "© Copyright " Y " The Associated Press. All rights reserved.~© JIJI PRESS"))
		s = ""
		n = rnd(4)
		if (n > 0) {	# readers' comments, the same day or after
			d = 0
			s = n " " (n == 1 ? "Comment" : "Comments") "\nLogin to comment"
			for (i = 0; i < n; i++) {
				d += rnd(2); shift(d)
				c = pick("Sakurazaka~Kabuki_Fan~Dan Hokkaido~wanderlust~Yubaba~Strangerland~Minato-ku Mike")
				s = s "\n" c "\n" ap[SM] " " SD " " clock0(d ? 6 + rnd(17) : (h + 1 > 23 ? 23 : h + 1), rnd(60), "am", "pm") " JST\n" \
				    pick("Hard to believe this is still going on.~Let's see what the courts say.~Good. About time.~" \
				    "The media always leaves out the important part.~Wait for the facts before judging.~" \
				    "Same story every year, and nothing changes.~Thoughts with the families.") "\n" rnd(16)
			}
		}
		if (rnd(2)) s = cat(s, HD pick("Related Stories~Popular~Latest") "\n" headlines(heads18, 2, 4))
		s = cat(s, some("About Us~Contact~Advertise~Privacy Policy~Terms of Use~Help", 3, 5))
		FOOT = cat(s, "©" Y " GPlus Media Inc.")
		BYN = ""; TAGX = ""; ISOT = isot7(h, mi, "+09:00")
		HEAD = order("dl st im sh~st dl im sh~im dl st", st, by, dl, sh, im)
	} else {	# the Hankyoreh
		site7(pick(" : International : News : The Hankyoreh~~"), "english.hani.co.kr", "/arti/english_edition/e_international/" (876000 + rnd(9000)) ".html")
		s = some("hankyoreh~English~Korean~Japanese~Chinese~Search~Menu", 2, 5)
		s = cat(s, some("Home~Politics~North Korea~International~Economy~Society~Culture~Sports~Science~Opinion~Editorial~Cartoon", 5, 10))
		s = cat(s, top18("Most viewed articles~Latest~Today's Picks", "num"))
		NAV = cat(s, pick("International~Politics~North Korea~Society~Economy"))
		who = pick("Kim Ji-eun~Park Min-hee~Lee Seung-jun~Seo Dong-hyun~Ahn Mi-rae~Oh Jae-sung")
		dl = "Posted on : " abbr[M] "." D "," Y " " hm(h, mi) " KST"	# "Posted on : Jan.4,2019 18:12 KST"
		if (rnd(2)) dl = dl "\nModified on : " abbr[M] "." D "," Y " " hm(H2, MI2) " KST"
		by = ""
		im = rnd(2) ? CP pick(caps18) ". (" pick("Yonhap News~AP/Yonhap News~Reuters/Yonhap News~" pick("Yoon Ha-neul~Baek Seung-ho~Nam Ji-won") \
		    ", staff photographer~provided by the Ministry") ")" : ""
		sh = rnd(2) ? some("Share~Facebook~Twitter~Kakao~Email~Print", 2, 4) : ""
		sig18("By " who ", " pick("staff reporter~Washington correspondent~Beijing correspondent~Tokyo correspondent~senior staff writer"))
		if (rnd(2)) sig18("Please direct questions or comments to [english@hani.co.kr]")
		s = ""
		if (rnd(2)) s = HD pick("Related stories~More from International") "\n" rel18(heads18, 2, 4, 4, "hani", 2)
		if (rnd(2)) s = cat(s, HD "Most viewed articles\n" numbered(headlines(heads18, 3, 5)))
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms of Use~Korean Edition", 3, 5))
		FOOT = cat(s, "Copyright © The Hankyoreh. All rights reserved.")
		BYN = who; TAGX = ""; ISOT = isot7(h, mi, "+09:00")
		HEAD = order("dl st im sh~st dl im sh~dl im st", st, by, dl, sh, im)
	}
	DLX = dlx(by, dl)
}

function nie18(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	site7(pick(" - The New Indian Express~~- The New Indian Express"), "www.newindianexpress.com", "/" pick("world~nation~states~cities") "/" Y \
	    "/" tolower(month[M]) "/" d2(D) "/" substr(slug7(title), 1, 70) "-" (1920000 + rnd(80000)) ".html")
	s = some("The New Indian Express~Edex~Cinema Express~Indulge Express~Kannada Prabha~Samakalika Malayalam~E-Paper~Search~Menu", 2, 5)
	s = cat(s, some("Nation~World~States~Cities~Business~Sport~Entertainment~Galleries~Videos~Opinions~Good News~Lifestyle~Web Scrawl~Specials", 5, 10))
	if (rnd(3) == 0) s = cat(s, wx18(pick("Chennai~Bengaluru~Kochi~Hyderabad~Thiruvananthapuram"), 18, 38, "C"))
	s = cat(s, bar18("BREAKING~Breaking~Live", 7))
	s = cat(s, top18("Trending~Latest News~Top Stories", "plain~num"))
	NAV = cat(s, pick("World~Nation~States"))
	who = pick("Express News Service~PTI~Online Desk~AFP~Reuters~IANS~Associated Press~" pick("Arvind Mohan Rao~Rajesh Kumar Thakur~Meera Nair~S Vijay Kumar"))
	by = "By " lk(who)
	dl = "Published: " fmt18("nie", Y, M, D) " " clock0(h, mi, "AM", "PM")	# "Published: 04th January 2019 06:12 PM"
	if (rnd(3)) dl = dl "  |   Last Updated: " fmt18("nie", Y, M, D) " " clock0(H2, MI2, "AM", "PM")
	st = rnd(3) ? standfirst(gen18) : ""
	if (rnd(3)) lead18(pick("NEW DELHI: ~CHENNAI: ~BENGALURU: ~WASHINGTON: ~LONDON: ~UNITED NATIONS: ~BEIJING: ~ISLAMABAD: "))
	im = rnd(2) ? CP pick(caps18) ". " pick("(Photo | AP)~(Photo | Reuters)~(Photo | AFP)~(Photo | EPS, " pick("Vinod Pillai~S Murugan") ")~" \
	    "(Representational Image)~(File Photo | PTI)") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Reddit~Email", 2, 4) : ""
	if (rnd(2)) sh = cat("A+ A A-", sh)	# the font-size buttons
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("ALSO READ: ~Also Read | ") pick(heads18), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Now we are on Telegram too. Follow us for updates"
	TAGX = some(tags18, 2, 5)
	if (rnd(2)) s = cat(s, HD "Topics\n" TAGX)
	if (rnd(2)) s = cat(s, HD "Comments\nDisclaimer : We respect your thoughts and views! Comments are moderated by the " \
	    "newindianexpress.com editorial team. Avoid posts that are obscene, defamatory or inflammatory, and do not make personal attacks.")
	if (rnd(2)) s = cat(s, HD pick("Related Stories~Latest News~Most Read") "\n" rel18(heads18, 2, 4, 3, "nie", 0))
	s = cat(s, some("About Us~Contact Us~Privacy Policy~Terms of Use~Advertise With Us~Careers", 3, 5))
	FOOT = cat(s, "Copyright - newindianexpress.com " Y ". All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+05:30")
}

function asharq18(title,    s, who, by, dl, st, sh, im, h, mi, k, city) {
	h = 7 + rnd(16); mi = rnd(60)
	site7(pick(" | ASHARQ AL-AWSAT~~"), "english.aawsat.com", "/home/article/" (1530000 + rnd(40000)) "/" slug7(title))
	s = some("Asharq Al-Awsat~English Edition~عربي~Search~Menu~Subscribe to newsletter", 2, 5)
	s = cat(s, some("News~Arab World~Gulf~Middle East~World~Opinion~Business~Sport~Culture~Lifestyle~Features~Technology~Media~Health", 5, 10))
	s = cat(s, top18("Most Viewed~Editor's Picks~Latest News", "plain~num"))
	NAV = cat(s, pick("World~Arab World~Middle East~News"))
	dl = dayname[W + 1] ", " D " " month[M] ", " Y " - " hm(h, mi)	# "Friday, 4 January, 2019 - 18:12"
	city = pick("London~Riyadh~Beirut~Cairo~Washington~Baghdad~Paris~Jeddah~Rabat")
	who = pick("Asharq Al-Awsat~" pick("Nadia Al-Turki~Kamal Shaheen~Heba El Koudsy~Faisal Al-Otaibi~Mina Aboud"))
	by = city " - " lk(who)
	st = rnd(2) ? standfirst(gen18) : ""
	im = rnd(2) ? CP pick(caps18) ". " pick("(AFP)~(Reuters)~(AP)~(EPA)~(Getty Images)~(Asharq Al-Awsat)") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Telegram~Email", 2, 4) : ""
	HEAD = order("dl st im by sh~st dl im by sh~dl by st im sh~im dl by st", st, by, dl, sh, im)
	s = ""
	TAGX = some(tags18, 2, 4)
	if (rnd(2)) s = HD "Related News\n" rel18(heads18, 2, 4, 3, "asharq", 0)
	if (rnd(2)) s = cat(s, HD pick("Most Viewed~Editor's Picks") "\n" headlines(heads18, 3, 5))
	if (rnd(3) == 0) s = cat(s, "Subscribe to our newsletter for the day's top stories from the Middle East and beyond.")
	s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms of Use~Archive", 3, 5))
	FOOT = cat(s, "© " Y " Asharq Al-Awsat. All rights reserved. Published by Saudi Research and Marketing Group.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+03:00")
}

function africa18(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 7 + rnd(16); mi = rnd(60)
	st = rnd(3) ? standfirst(gen18) : ""
	if (rnd(2)) {	# SABC News
		site7(pick(" - SABC News - Breaking news, special reports, world, business, sport coverage of all South African current events. " \
		    "Africa's news leader.~~ - SABC News"), "www.sabcnews.com", "/sabcnews/" slug7(title) "/")
		s = some("SABC News~SABC~Listen Live~Watch Live~Search~Menu~SABC Plus", 2, 5)
		s = cat(s, some("South Africa~Africa~World~Politics~Business~Sport~Sci-Tech~Lifestyle~Opinion~Features~Weather~Video~Elections", 5, 10))
		if (rnd(3) == 0) s = cat(s, rate17("USD/ZAR", 13, 15, 4))
		if (rnd(3) == 0) s = cat(s, wx18(pick("Johannesburg~Cape Town~Durban~Pretoria~Bloemfontein"), 5, 34, "C", 1))
		s = cat(s, bar18("Breaking News~BREAKING~Live", 6))
		s = cat(s, top18("Trending~Latest~Most Read", "plain~num"))
		NAV = cat(s, pick("World~Africa~South Africa~Politics"))
		who = pick("SABC News~Reuters~AFP~" pick("Thandeka Mokoena~Sipho Ndlovu~Lerato Maseko~Pieter Venter~Ayanda Zulu"))
		k = rnd(3)
		if (k == 0) { by = lk(who); dl = D " " month[M] " " Y ", " clock(h, mi, "AM", "PM") }
		else if (k == 1) { by = lk(who) " | " D " " month[M] " " Y ", " clock(h, mi, "AM", "PM"); dl = "" }
		else { by = "Reporter: " lk(who); dl = dayname[W + 1] " " D " " month[M] " " Y }
		im = rnd(2) ? CP pick(caps18) ". " pick("[File Image]~Image: Reuters~Image: SABC News~[Image: AFP]~Image source: Twitter") : ""
		if (rnd(3) == 0) sig18("Click below for more on the story:")
		s = ""
		TAGX = some(tags18, 2, 4)
		if (rnd(2)) s = HD "Tags:\n" TAGX
		if (rnd(2)) s = cat(s, HD pick("Related News~Latest~More in World") "\n" rel18(heads18, 2, 4, 3, "uk", 0))
		s = cat(s, some("About~Contact Us~Privacy~Terms & Conditions~PAIA Manual~Complaints~Advertise", 3, 5))
		FOOT = cat(s, "© " Y " SABC")
		ISOT = isot7(h, mi, "+02:00")
	} else {	# the New Times (Rwanda)
		site7(pick(" | The New Times | Rwanda~~"), "www.newtimes.co.rw", "/news/" slug7(title))
		s = some("The New Times~Rwanda's Leading Daily~E-Paper~Subscribe~Search~Menu", 2, 5)
		s = cat(s, some("News~National~Business~Sports~Opinions~Lifestyle~Entertainment~Health~Education~Region~World~Editorial~Kigali~" \
		    "Special Reports", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx18("Kigali", 16, 30, "C"))
		s = cat(s, top18("Most Read~Latest~Trending", "plain~num"))
		NAV = cat(s, pick("World~Region~News~National"))
		who = pick("Agencies~AFP~Xinhua~" pick("Jean de Dieu Nsabimana~Aline Umutoni~Eric Kabeera~Grace Mutesi~Patrick Nkurunziza"))
		by = "By " lk(who)
		k = rnd(3)
		if (k == 0) dl = "Published : " month[M] " " d2(D) ", " Y " | Updated : " month[M] " " d2(D) ", " Y
		else if (k == 1) dl = dayname[W + 1] ", " month[M] " " d2(D) ", " Y
		else { shift(1 + rnd(3)); dl = "Published : " month[M] " " d2(D) ", " Y " | Updated : " month[SM] " " d2(SD) ", " SY }	# later, labelled
		im = rnd(2) ? CP pick(caps18) ". " pick("(Courtesy)~(File photo)~(Net photo)~(Photo: " pick("Emmanuel Kwizera~Diane Uwase") ")") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related~More Stories~Latest") "\n" headlines(heads18, 2, 4)
		if (rnd(3) == 0) s = cat(s, "Subscribe to The New Times e-paper for the full print edition.")
		s = cat(s, some("About Us~Contact Us~Advertise~Terms and Conditions~Privacy Policy~Careers", 3, 5))
		FOOT = cat(s, "© " Y " The New Times Publications. All Rights Reserved.")
		TAGX = ""; ISOT = isot7(h, mi, "+02:00")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl)
}

function consent18(    k) {	# a consent, privacy, meter or newsletter prompt
	k = rnd(4)
	if (k == 0)
		return ask("We value your privacy~Cookie preferences~About cookies on this site~Manage your data",
		    "We and " (40 + rnd(700)) " partners store and read cookies on your device to run this site, measure audiences and show " \
		    "ads that help pay for the newsroom.~" \
		    "Choose \"Accept all\" to allow every purpose, or \"Manage options\" to decide one by one. You can change your mind at any time.~" \
		    "Some partners rely on legitimate interest rather than consent; you can object in the settings.",
		    "Accept all~Reject all~Manage options~Necessary only~Show partners~Save and exit", 4)
	if (k == 1)
		return pick("We've updated our Privacy Policy and Terms of Service. By continuing you accept them.~" \
		    "Your California privacy rights: you may opt out of the sale of your personal information.~" \
		    "This site uses cookies to improve your experience. See our Cookie Policy.") "\n" pick("OK~Got it~Close~Dismiss~Learn more")
	if (k == 2)
		return pick("You have " (1 + rnd(4)) " free articles left this month.~Subscribe now for unlimited digital access.~" \
		    "Already a subscriber? Log in to keep reading.") "\n" pick("Subscribe~Log in~See offers~Start free trial")
	return pick("Get the morning headlines in your inbox.~Sign up for breaking news alerts.~Turn on push notifications?") \
	    "\n" pick("Sign up~No thanks~Allow~Maybe later")
}

function eighteenA(title, k) {
	if (k == 0) pg18(title)
	else if (k == 1) adg18(title)
	else if (k == 2) tv18(title)
	else if (k == 3) radio18(title)
	else if (k == 4) mag18(title)
	else if (k == 5) student18(title)
	else if (k == 6) gov18(title)
	else citynews18(title)
}
function eighteenB(title, k) {
	if (k == 0) itv18(title)
	else if (k == 1) canberra18(title)
	else if (k == 2) sci18(title)
	else if (k == 3) chinadaily18(title)
	else if (k == 4) east18(title)
	else if (k == 5) nie18(title)
	else if (k == 6) asharq18(title)
	else africa18(title)
}
function eighteen(title,    k) {	# variant 18: one of its sites, now and then an ad line and a banner, NAV filled
	TS = ""; DOM = ""; URL = ""; BYN = ""; DLX = ""; ISOT = ""; TAGX = ""
	k = rnd(16)
	if (k < 8) eighteenA(title, k); else eighteenB(title, k - 8)
	if (rnd(6) == 0 && DOM !~ /gov\.uk|canada\.ca/) NAV = cat(NAV, pick("Advertisement~ADVERTISEMENT~Sponsored~Story continues below~Ad"))
	if (rnd(4) == 0 && DOM !~ /gov\.uk|canada\.ca/) banner(consent18(), 3, 30)
	fit("Menu~Search~Sign in~Subscribe~Close~Skip to main content~Back to top~Open navigation")
}

# Variant 18's layouts: variant 12's pages (lynx -dump with its numbered
# links, pandoc -t plain, and variant 9's layouts), as variant 17's.
function layout18(title,    mode) {
	mode = rnd(7)
	if (mode == 0) return refs12(title)
	if (mode == 1) return stack(pan12(plain7(NAV, 0)), title, pan12(plain7(HEAD, 0)), wrapped("", 72), pan12(plain7(FOOT, 0)))
	return layout7(title, 0)
}

# Variant 19's sites, in 16 templates: the Dallas Morning News or the
# Baltimore Sun, the Stranger, Courthouse News Service, a Reach site (the
# Manchester Evening News or WalesOnline), the Press and Journal,
# BreakingNews.ie, the Chronicle Herald or the Tyee, news.com.au or the
# Courier-Mail, Newsroom (New Zealand), India Today or Mint, Geo News,
# the Himalayan Times or Ada Derana, the Kuwait Times, IOL or Graphic
# Online, the Register or TechCrunch, and the Philippine News Agency or
# Prensa Latina, in words written fresh.  Each sets NAV, HEAD and FOOT
# and what layout7 needs (TS, DOM, URL, BYN, DLX, ISOT, TAGX).  Every
# date before the body is the article's day, in the site's form and zone,
# but for a later update labelled as such; other stories' days, earlier,
# come after it.

function top19(labels, forms,    s) {	# as top18, from variant 19's headlines
	s = above(labels, heads19, 5, forms, src19, "LIVE UPDATES: ~~~Explained: ~~PHOTOS: ~")
	return s == "" ? "" : HD s
}
function bar19(labels, odds) {	# 1 in odds, a breaking-news bar: its label, another story's headline, now and then how old
	if (rnd(odds)) return ""
	return pick(labels) pick("\n~ ~: ~ — ") pick(heads19) pick("~~~\n" (5 + rnd(55)) " min ago~ · " (1 + rnd(6)) "h")
}
function people19(pool, and,    a, b) {	# one name from pool, now and then two joined by and
	a = pick(pool)
	if (rnd(5)) return a
	b = pick(pool)
	return b == a ? a : a and b
}
function solo19(who) { return index(who, " and ") == 0 && index(who, " & ") == 0 }	# a single author
function wx19(city, lo, hi, unit, south,    m, sp, t) {	# the season's part of lo..hi: the city and a temperature on a line, or a line each
	m = south ? (M + 5) % 12 + 1 : M
	sp = hi - lo
	if (m == 12 || m <= 2) hi = lo + int(sp * 0.4)
	else if (m >= 6 && m <= 8) lo = hi - int(sp * 0.4)
	else { lo += int(sp * 0.25); hi -= int(sp * 0.25) }
	t = lo + rnd(hi - lo + 1)
	if (rnd(2)) return city " " t "°" unit (rnd(3) ? "" : " " pick("Overcast~Bright~Drizzle~Sleet~Clearing~Windy~Gusty~Mist~Sunshine"))
	return t "°" (rnd(2) ? unit : "") "\n" city
}
function prayer19(    w, i, a, b, nm, n, s) {	# Kuwait City's prayer times, between January's and July's
	w = (1 - cos(3.14159265 * (M - 1 + (D - 1) / 31) / 6)) / 2
	split("317 712 886 1027 1106", a, " ")	# January, in minutes from midnight
	split("205 712 922 1129 1219", b, " ")	# July
	split("Fajr Dhuhr Asr Maghrib Isha", nm, " ")
	s = ""
	for (i = 1; i <= 5; i++) {
		n = int(a[i] + (b[i] - a[i]) * w + 0.5)
		s = s (i > 1 ? pick(" ~ | ~  ") : "") nm[i] " " hm(int(n / 60), n % 60)
	}
	return s
}
function caps19w(s,    a, n, i, out) {	# "the-big-story" -> "The-Big-Story"
	n = split(s, a, "-"); out = ""
	for (i = 1; i <= n; i++) out = out (i > 1 ? "-" : "") toupper(substr(a[i], 1, 1)) substr(a[i], 2)
	return out
}
# the place among list (or the world's capitals and big cities, if list is
# "") named first in the title or the body's first three paragraphs, as
# a dateline would give it, or def
function place19(title, list, def,    a, n, i, t, p, best, at, pp) {
	if (list == "") list = "Washington~New York~London~Paris~Berlin~Moscow~Beijing~Tokyo~Seoul~New Delhi~Islamabad~Kabul~Tehran~" \
	    "Baghdad~Damascus~Beirut~Jerusalem~Cairo~Riyadh~Dubai~Doha~Ankara~Istanbul~Brussels~Geneva~Rome~Madrid~Lisbon~Athens~Warsaw~" \
	    "Kiev~Kyiv~Nairobi~Lagos~Abuja~Johannesburg~Cape Town~Addis Ababa~Khartoum~Caracas~Bogotá~Lima~Buenos Aires~Brasília~" \
	    "Rio de Janeiro~São Paulo~Mexico City~Havana~Ottawa~Toronto~Sydney~Canberra~Wellington~Auckland~Manila~Jakarta~Bangkok~Hanoi~" \
	    "Kuala Lumpur~Singapore~Hong Kong~Taipei~Dhaka~Colombo~Kathmandu~Karachi~Lahore~Mumbai~Los Angeles~San Francisco~Chicago~" \
	    "Houston~Miami~Atlanta~Dallas~Seattle~Boston~Stockholm~Oslo~Copenhagen~Helsinki~Dublin~Edinburgh~Vienna~Prague~Budapest~" \
	    "Bucharest~Sofia~Belgrade~Zagreb~Kinshasa~Harare~Kampala~Dakar~Accra~Tripoli~Tunis~Algiers~Rabat~Amman~Muscat~Manama~" \
	    "Abu Dhabi~Pyongyang~Yangon~Phnom Penh~Santiago~Quito~La Paz~Montevideo~Managua~Caracas~Port-au-Prince~Kingston~Vatican City~" \
	    "Strasbourg~The Hague~Amsterdam~Frankfurt~Munich~Milan~Barcelona~Melbourne~Brisbane~Perth~Vancouver~Montreal~Calgary"
	n = split(BODY, pp, "\n"); t = title
	for (i = 1; i <= n && i <= 3; i++) t = t "\n" pp[i]
	n = split(list, a, "~"); best = def; at = 0
	for (i = 1; i <= n; i++)
		if ((p = index(t, a[i])) && (at == 0 || p < at) && substr(t, p + length(a[i]), 1) !~ /[a-z]/) { best = a[i]; at = p }
	return best
}
function lead19(s) { BODY = s BODY }	# a dateline run into the first paragraph
function sig19(s) { BODY = BODY "\n" s }	# a line of its own after the last paragraph
function run19(s) { BODY = BODY s }	# a sign-off run onto the last paragraph
function fmt19(style, y, m, d,    w) {	# a day as variant 19's sites print it in their lists
	w = substr(dayname[wday(y, m, d) + 1], 1, 3)
	if (style == "abbr") return abbr[m] " " d ", " y	# "Jan 3, 2019"
	if (style == "trib") return abbr[m] " " d2(d) ", " y	# "Jan 03, 2019"
	if (style == "ukabbr") return d " " abbr[m] " " y	# "3 Jan 2019"
	if (style == "dct") return month[m] " " d " " y ", " ptclock(7 + rnd(15), rnd(60), ".", "am", "pm")	# "January 3 2019, 11.40am"
	if (style == "bnie") return w ", " d2(d) " " abbr[m] ", " y " - " hm(7 + rnd(15), rnd(60))	# "Thu, 03 Jan, 2019 - 11:40"
	if (style == "long0") return month[m] " " d2(d) ", " y	# "January 03, 2019"
	if (style == "tht") return clock0(7 + rnd(15), rnd(60), "am", "pm") " " abbr[m] " " d2(d) ", " y	# "11:40 am Jan 03, 2019"
	if (style == "derana") return month[m] " " d ", " y "  " clock0(7 + rnd(15), rnd(60), "am", "pm")	# "January 3, 2019  11:40 am"
	if (style == "graphic") return abbr[m] " - " d2(d) " - " y " , " hm(7 + rnd(15), rnd(60))	# "Jan - 03 - 2019 , 11:40"
	if (style == "reg") return w " " d " " abbr[m] " " y	# "Thu 3 Jan 2019"
	if (style == "pna") return month[m] " " d ", " y ", " clock(7 + rnd(15), rnd(60), "am", "pm")	# "January 3, 2019, 11:40 am"
	if (style == "mint") return d2(d) " " abbr[m] " " y	# "03 Jan 2019"
	if (style == "uk") return d " " month[m] " " y	# "3 January 2019"
	if (style == "ap") return ap[m] " " d ", " y	# "Jan. 3, 2019"
	return month[m] " " d ", " y	# "January 3, 2019"
}
# other stories, each 1 to gap days before the one above, days in fmt19's
# styles; form 0 headline over day (list), 1 day over headline (list), 2
# "headline (day)" (list), 3 "headline | day" (list), 4 headline over
# day, 5 day over headline (unmarked)
function rel19(pool, lo, hi, gap, style, form,    a, n, i, s, k, t, h) {
	n = split(some(pool, lo, hi), a, "\n")
	s = ""; k = 0
	for (i = 1; i <= n; i++) {
		k += 1 + rnd(gap)
		shift(-k)
		t = fmt19(style, SY, SM, SD)
		h = substr(a[i], 2)
		if (form == 1) s = cat(s, LI t "\n" LC h)
		else if (form == 2) s = cat(s, LI h " (" t ")")
		else if (form == 3) s = cat(s, LI h " | " t)
		else if (form == 4) s = cat(s, h "\n" t)
		else if (form == 5) s = cat(s, t "\n" h)
		else s = cat(s, LI h "\n" LC t)
	}
	return s
}

function metro19(title,    s, who, by, dl, st, sh, im, h, mi, k, w, z, ph) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen19) : ""
	w = rnd(3) == 0	# wire copy
	if (rnd(2)) {	# the Dallas Morning News
		z = ustz18("C")
		site7(pick(" | Dallas Morning News~~"), "www.dallasnews.com", "/news/" pick("world~nation~politics~public-health~weather") \
		    "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("The Dallas Morning News~dallasnews.com~Subscribe~Sign In~ePaper~Search~Open Navigation", 2, 5)
		s = cat(s, some("News~Politics~Sports~Cowboys~Mavericks~Rangers~Business~Opinion~Arts & Entertainment~Food~Things To Do~" \
		    "Obituaries~Weather~Real Estate~Investigations~Education~Puzzles & Games", 5, 11))
		if (rnd(3) == 0) s = cat(s, wx19(pick("Dallas~Fort Worth~Plano~Arlington~Frisco"), 30, 101, "F"))
		s = cat(s, bar19("BREAKING NEWS~Breaking~Live coverage", 6))
		s = cat(s, top19("Most Popular~Latest~Trending Now", "plain~num~under"))
		NAV = cat(s, pick("World~Nation~Politics~News~Public Health~National News"))
		if (w) who = pick("The Associated Press~The New York Times~The Washington Post~Bloomberg~Reuters")
		else who = people19("Camila Reyes-Ortiz~Brent Holloway~Keisha Mayfield~Trent Vu~Lorraine Castellano~Ahmad Rashid", " and ")
		by = "By " lk(who) (!w && solo19(who) && rnd(3) == 0 ? pick("~, Staff Writer~, Washington Bureau~, Austin Bureau") : "")
		k = rnd(3)
		dl = clock(h, mi, "AM", "PM") " on " abbr[M] " " D ", " Y " " z	# "6:12 PM on Jan 4, 2019 CST"
		if (k == 1) dl = dl " — Updated at " clock(H2, MI2, "AM", "PM") " on " abbr[M] " " D ", " Y " " z
		else if (k == 2) { by = by "\n" dl; dl = "" }
		ph = pick("Nora Felt~Jesus Arriaga~Duncan Beale~Ivy Strand")
		im = rnd(2) ? CP pick(caps19) "." pick("~ ") "(" pick(ph " / Staff Photographer~AP Photo / " pick("Glen Oduya~Maren Holt") \
		    "~Getty Images~File Photo / Staff~Handout") ")" : ""
		sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Gift this article~Comments", 2, 4) : ""
		HEAD = order("by dl st im sh~st by dl im sh~im st by dl~st im by dl sh", st, by, dl, sh, im)
		if (rnd(3) == 0) insert(pick("Advertisement~RELATED: " pick(heads19) "~More coverage: " pick(heads19)), 2 + rnd(3))
		s = ""
		if (w && rnd(2)) s = pick("The Associated Press contributed to this report.~Staff writer " pick("Trent Vu~Keisha Mayfield") \
		    " contributed to this report.")
		if (!w && solo19(who) && rnd(2)) s = cat(s, who ", " tolower(substr(who, 1, 1)) tolower(substr(who, index(who, " ") + 1)) \
		    "@dallasnews.com")
		if (rnd(3) == 0) s = cat(s, "Get the morning's top stories from North Texas and beyond delivered to your inbox. Sign up here.")
		if (rnd(2)) s = cat(s, HD pick("More from dallasnews.com~Latest News~Top Stories") "\n" rel19(heads19, 2, 4, 3, "abbr", 0))
		s = cat(s, some("About Us~Contact Us~Careers~Advertise~Privacy Policy~Terms of Service~Accessibility~Site Map~Newsroom Ethics", 3, 5))
		FOOT = cat(s, "©" Y " The Dallas Morning News Inc. All Rights Reserved.")
		TAGX = ""; ISOT = isot7(h, mi, usoff18("C"))
	} else {	# the Baltimore Sun
		site7(pick(" - Baltimore Sun~~ - The Baltimore Sun"), "www.baltimoresun.com", "/news/" pick("nation-world~maryland~politics") \
		    "/bs-" pick("nw~md~pol") "-" substr(slug7(title), 1, 50) "-" Y d2(M) d2(D) "-story.html")
		s = some("Baltimore Sun~Subscribe~Log In~e-Newspaper~Search~Menu~Newsletters", 2, 5)
		s = cat(s, some("News~Maryland~Politics~Crime~Education~Sports~Ravens~Orioles~Business~Opinion~Entertainment~Things to Do~" \
		    "Food & Drink~Obituaries~Real Estate~Weather~Photos", 5, 11))
		if (rnd(3) == 0) s = cat(s, wx19(pick("Baltimore~Towson~Annapolis~Columbia"), 20, 95, "F"))
		s = cat(s, bar19("BREAKING~Breaking News~DEVELOPING", 6))
		s = cat(s, top19("Most Read~Latest Headlines~Trending", "plain~num"))
		NAV = cat(s, pick("NATION & WORLD~NEWS~POLITICS~Nation & World"))
		if (w) who = pick("Associated Press~Tribune News Service~Reuters~The Washington Post")
		else who = people19("Deanna Whitlock~Marcus Oyelowo~Hal Brezinski~Serena Abbate~Ty Kowalski", " and ")
		k = rnd(3)
		dl = abbr[M] " " d2(D) ", " Y " | " clock(h, mi, "AM", "PM")	# "Jan 04, 2019 | 6:12 PM"
		if (k == 0) by = "By " lk(who) (w ? "" : "\n" pick("The Baltimore Sun |~Baltimore Sun |~Contact Reporter"))
		else if (k == 1 && !w && solo19(who)) by = "By " lk(who) " | " tolower(substr(who, 1, 1)) tolower(substr(who, index(who, " ") + 1)) \
		    "@baltsun.com | " pick("The Baltimore Sun~Baltimore Sun")
		else { by = "By " lk(who) " | " dl; dl = "" }
		im = rnd(2) ? CP pick(caps19) ". (" pick(pick("Kim Ashford~Darnell Price~Jonah Seidel") " / Baltimore Sun~AP Photo/" \
		    pick("Peter Mulroy~Alicia Venn") "~Getty Images~Baltimore Sun file") ")" : ""
		sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Comment", 2, 4) : ""
		HEAD = order("by dl im st sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
		if (rnd(3) == 0) insert("Advertisement", 2 + rnd(3))
		s = ""
		if (!w && solo19(who) && rnd(2)) s = "Reach " who " at " tolower(substr(who, 1, 1)) tolower(substr(who, index(who, " ") + 1)) \
		    "@baltsun.com, 410-332-" (6000 + rnd(400)) pick("~ or on Twitter " handle16(who)) "."
		if (w && rnd(2)) s = "Baltimore Sun reporter " pick("Serena Abbate~Hal Brezinski") " contributed to this article."
		if (rnd(2)) s = cat(s, HD pick("Top stories~Latest Nation & World~Recommended") "\n" rel19(heads19, 2, 4, 3, "trib", 4))
		if (rnd(3) == 0) s = cat(s, "Get the latest headlines from Baltimore and Maryland in your inbox every morning.\nSign up")
		s = cat(s, some("Terms of Service~Privacy Policy~Do Not Sell My Info~Contact Us~Archives~Manage Web Notifications~Place an Ad~" \
		    "Media Kit~About Us", 3, 6))
		FOOT = cat(s, "Copyright © " Y ", The Baltimore Sun")
		TAGX = ""; ISOT = isot7(h, mi, usoff18("E"))
	}
	BYN = solo19(who) ? who : ""; DLX = dlx(by, dl)
}

function stranger19(title,    s, who, by, dl, st, sh, im, h, mi, k, n) {
	h = 7 + rnd(16); mi = rnd(60)
	site7(pick(" | Slog | The Stranger~~ - The Stranger"), "www.thestranger.com", "/slog/" Y "/" d2(M) "/" d2(D) "/" \
	    (36000000 + rnd(900000)) "/" slug7(title))
	s = some("The Stranger~Support The Stranger~Log In~Search~Menu~Newsletters~Submit an Event", 2, 5)
	s = cat(s, some("Slog~News~Politics~Music~Arts & Culture~Food & Drink~Things To Do~Savage Love~I, Anonymous~Comics~" \
	    "Stranger Election Control Board~Film~Books~Contests~Queer", 4, 9))
	if (rnd(3) == 0) s = cat(s, wx19("Seattle", 33, 86, "F"))
	s = cat(s, top19("Latest on Slog~Most Read~Slog", "plain~under"))
	NAV = cat(s, pick("Slog~News~Politics~Slog\nNews"))
	who = pick("Rhiannon Okafor~Dashiell Morrow~Inez Carvalho~Tobin Rasmussen~Greta Falk~Marlon Teague")
	k = rnd(3)
	if (k == 0) { by = "by " lk(who) " • " abbr[M] " " D ", " Y " at " clock(h, mi, "am", "pm"); dl = "" }	# "by X • Jan 4, 2019 at 6:12 pm"
	else if (k == 1) { by = "by " lk(who); dl = abbr[M] " " D ", " Y " at " clock(h, mi, "am", "pm") }
	else { by = "Posted by " lk(who) " on " substr(dayname[W + 1], 1, 3) ", " abbr[M] " " D ", " Y " at " clock(h, mi, "AM", "PM"); dl = "" }
	st = rnd(2) ? standfirst(gen19) : ""
	im = rnd(2) ? CP pick(caps19) ". " pick("Getty Images~" pick("Lucy Amberg~Reuben Tsai") "~Courtesy of the county~AP~Screenshot via Twitter") : ""
	n = rnd(60)
	sh = rnd(2) ? some("Facebook~Twitter~Email~Comments (" n ")", 2, 4) : ""
	HEAD = order("st by dl im sh~by dl st im sh~st im by dl", st, by, dl, sh, im)
	if (rnd(4) == 0) insert("Sponsored\n" pick("Tickets are on sale now for the winter beer festival at Magnuson Park.~" \
	    "Stream the new season of Capitol Hill's favourite comedy podcast.~Last chance to see the glass show at the waterfront gallery."), 2 + rnd(3))
	s = HD "The Stranger depends on readers like you.\nWe've kept Seattle's weirdest, most stubborn newspaper free for nearly three decades. " \
	    "Chip in a few bucks so we can keep it that way.\nSupport The Stranger"
	if (rnd(2) == 0) s = ""
	TAGX = some(tags19, 1, 3)
	if (rnd(2)) { k = TAGX; gsub(LI, "", k); gsub(/\n/, ", ", k); s = cat(s, "Tags: " k) }
	if (rnd(2)) s = cat(s, HD "Comments (" n ")\nPlease log in to join the conversation. Be civil; we delete the rest.")
	if (rnd(2)) s = cat(s, HD pick("More from Slog~Latest~Most Read") "\n" rel19(heads19, 2, 4, 2, "abbr", 0))
	s = cat(s, some("About Us~Advertise~Contact~Jobs~Privacy Policy~Terms of Use~Archives~Contests", 3, 5))
	FOOT = cat(s, "All contents © Index Newspapers, LLC\n1535 11th Ave (Third Floor), Seattle, WA 98122")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff18("P"))
}

function cns19(title,    s, who, by, dl, st, sh, im, h, mi, k, w, c) {
	h = 7 + rnd(16); mi = rnd(60)
	site7(pick(" | Courthouse News Service~~"), "www.courthousenews.com", "/" slug7(title) "/")
	s = some("Courthouse News Service~Subscribe~Newsletters~Search~Menu~Podcast~Donate", 2, 5)
	s = cat(s, some("Home~National~International~Regional~Politics~Law~Business~Science~Environment~Entertainment~Op-Ed~Courts~" \
	    "Legal Research~Top Stories", 4, 9))
	s = cat(s, top19("Top Stories~Latest~Most Read", "plain~num"))
	NAV = cat(s, pick("International~National~Politics~Science~Environment~Law"))
	w = rnd(4) == 0
	who = w ? pick("Associated Press~Agence France-Presse") : pick("Rowan Pettibone~Alma Szabo~Everett Quill~June Hashemi~Cyrus Boland~Nell Ambrose")
	st = standfirst(gen19)
	k = rnd(3)
	if (k == 0) { by = lk(toupper(who)); dl = month[M] " " D ", " Y }
	else if (k == 1) { by = lk(toupper(who)) " / " month[M] " " D ", " Y; dl = "" }
	else { by = lk(toupper(who)); dl = month[M] " " D ", " Y "\n" pick("Updated ~") clock(h, mi, "AM", "PM") }
	c = toupper(place19(title, "", ""))
	if (w) { if (c != "") lead19(c " (" (who == "Associated Press" ? "AP" : "AFP") ") — ") }
	else lead19(c (c == "" ? "" : " ") "(CN) — ")
	c = pick(caps19)
	im = rnd(2) ? CP c ". (" pick("AP Photo/" pick("Sid Amrani~Tove Larkin") "~Courthouse News photo/" pick("Rowan Pettibone~June Hashemi") \
	    "~Wikimedia Commons~AFP via Getty Images") ")" : ""
	sh = rnd(2) ? some("Facebook~Twitter~LinkedIn~Email~Print", 2, 4) : ""
	HEAD = order("st by dl im sh~st im by dl sh~by dl st im", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = HD "Read the Daily Brief\nThe day's court rulings, lawsuits and political fights, in one email every weekday.\nSign up"
	TAGX = some("Appeals~Civil Rights~Criminal~Environment~Government~International~Politics~Regional~Science~Trials~National", 2, 4)
	if (rnd(2)) { k = TAGX; gsub(LI, "", k); gsub(/\n/, ", ", k); s = cat(s, "Categories / " k) }
	if (rnd(2)) s = cat(s, HD "Subscribe to Closing Arguments\nSign up for our weekly recap of the legal news you may have missed.")
	if (rnd(3) == 0) s = cat(s, "Consider donating to Courthouse News. Our reporters sit through the hearings that no one else covers, and your gift keeps them there.")
	if (rnd(2)) s = cat(s, HD pick("Read Next~Top Stories~More News") "\n" rel19(heads19, 2, 4, 2, "long", rnd(2) ? 0 : 4))
	s = cat(s, some("About Us~Contact~Advertise~Careers~Privacy Policy~Terms of Use~Database Products", 3, 5))
	FOOT = cat(s, "Copyright © " Y " Courthouse News Service")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, usoff18("P"))
}

function reach19(title,    s, who, by, dl, st, sh, im, h, mi, k, men, paper, wire, role) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	men = rnd(2)
	paper = men ? "Manchester Evening News" : "WalesOnline"
	if (men) {
		site7(pick(" - Manchester Evening News~~"), "www.manchestereveningnews.co.uk", "/news/" pick("world-news~uk-news~greater-manchester-news") \
		    "/" slug7(title) "-" (15630000 + rnd(40000)))
		s = some("Manchester Evening News~MEN~Sign in~Search~Menu~Newsletter sign up~Notifications~Subscribe", 2, 5)
		s = cat(s, some("News~Greater Manchester News~Manchester United~Manchester City~Sport~What's On~Property~Money~Health~" \
		    "Weather~Traffic & Travel~Crime~Best Of~Family Notices~Buy a Photo", 5, 11))
		if (rnd(3) == 0) s = cat(s, wx19(pick("Manchester~Salford~Stockport~Bolton~Oldham"), -1, 25, "C"))
	} else {
		site7(pick(" - Wales Online~~"), "www.walesonline.co.uk", "/news/" pick("world-news~uk-news~wales-news~politics") \
		    "/" slug7(title) "-" (15630000 + rnd(40000)))
		s = some("WalesOnline~Sign in~Search~Menu~Newsletters~Notifications~Cymraeg", 2, 5)
		s = cat(s, some("News~Wales News~Cardiff~Swansea~Sport~Rugby~Football~What's On~Property~Politics~Health~Education~" \
		    "Money~Weather~Family Notices", 5, 11))
		if (rnd(3) == 0) s = cat(s, wx19(pick("Cardiff~Swansea~Newport~Bridgend~Aberystwyth"), 0, 24, "C"))
	}
	s = cat(s, bar19("BREAKING~LIVE~UPDATE", 6))
	s = cat(s, top19("Most Read~Top Stories~Latest", "plain~num"))
	NAV = cat(s, pick("World News~UK News~News~Politics~World News\nNews"))
	wire = rnd(4) == 0
	role = pick("Senior Reporter~News Reporter~Trending Reporter~Chief Reporter~Digital Editor~Live Reporter~Politics Editor~Audience Writer")
	who = wire ? pick("Press Association~Reuters~AFP") : pick(men ? "Ellie Brandreth~Craig Whitworth~Anisa Mahmood~Joel Hartigan~Bethan Ashcroft" : \
	    "Rhodri Lewis-Grant~Catrin Pugh~Owain Jarvis~Megan Trehearne~Dylan Morse")
	k = rnd(3)
	by = wire ? lk(who) : lk(who) (rnd(2) ? "\n" : " ") role
	if (!wire && rnd(4) == 0) by = lk(who) "\n" role "\n" pick("Bookmark~Comments")
	if (k == 0) dl = hm(h, mi) ", " D " " abbr[M] " " Y	# "18:12, 4 Jan 2019"
	else if (k == 1) dl = hm(h, mi) ", " D " " abbr[M] " " Y pick("~\n") "Updated" pick("~ ") hm(H2, MI2) ", " D " " abbr[M] " " Y
	else dl = hm(h, mi) ", " D " " toupper(abbr[M]) " " Y
	st = rnd(3) ? standfirst(gen19) : ""
	im = rnd(2) ? CP pick(caps19) pick("~ ") "(Image: " pick("Getty Images~PA~Reuters~AFP via Getty Images~Google Maps~" \
	    pick("Sean Hollins~Gareth Tudor~Kerry Blythe") "/" (men ? "Manchester Evening News~" : "Media Wales~") "Supplied") ")" : ""
	sh = rnd(2) ? some("Bookmark~Share~Comments~Facebook~Twitter~WhatsApp~Email", 2, 4) : ""
	HEAD = order("st by dl im sh~st by dl sh im~by dl st im~st im by dl", st, by, dl, sh, im)
	if (rnd(2)) insert(pick("Read More\nRelated Articles\n" pick(heads19) "\n" pick(heads19) "~READ MORE: " pick(heads19) "~" \
	    "Get the biggest stories first by signing up to our " (men ? "MEN" : "WalesOnline") " newsletter here"), 2 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = HD "Get the biggest daily stories by email\nSubscribe\nWe use your sign-up to send you the newsletters you asked for. " \
	    "You can unsubscribe at any time. More info"
	TAGX = some(tags19, 2, 4)
	if (rnd(2)) s = cat(s, HD "Follow " paper "\n" some("Facebook~Twitter~Instagram~YouTube~Newsletter", 2, 4))
	if (rnd(2)) s = cat(s, HD "Comments\nJoin the discussion: comments are checked against our Community Standards.\nShow comments")
	if (rnd(2)) s = cat(s, HD pick("Most Read~More On~Top Stories") "\n" (rnd(2) ? headlines(heads19, 3, 5) : rel19(heads19, 2, 4, 2, "ukabbr", 0)))
	s = cat(s, some("About Us~Contact Us~Advertise with us~How to complain~Corrections & clarifications~Privacy Notice~Cookie Notice~" \
	    "Terms & Conditions~Syndication & Licensing~Notifications~Our Rules", 4, 7))
	FOOT = cat(s, "© " Y " a Reach plc subsidiary")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+01:00", "+00:00"))
}

function pj19(title,    s, who, by, dl, st, sh, im, h, mi, k, n) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	site7(pick(" | Press and Journal~~"), "www.pressandjournal.co.uk", "/fp/news/" pick("world~uk~politics~uk-world") "/" \
	    (1640000 + rnd(60000)) "/" slug7(title) "/")
	s = some("The Press and Journal~Subscribe~Sign in~Search~Menu~ePaper~Puzzles~Newsletters", 2, 5)
	s = cat(s, some("News~Aberdeen & Aberdeenshire~Highlands & Islands~Moray~Politics~Business~Sport~Aberdeen FC~Ross County~" \
	    "Caley Thistle~Past Times~Opinion~Lifestyle~Farming~Fishing~Energy~Jobs", 5, 11))
	if (rnd(3) == 0) s = cat(s, wx19(pick("Aberdeen~Inverness~Elgin~Fort William~Stornoway~Peterhead"), -3, 21, "C"))
	s = cat(s, bar19("BREAKING~Breaking news~Live", 7))
	s = cat(s, top19("Most Read~More News~Latest", "plain~num"))
	NAV = cat(s, pick("News~UK & World~Politics~News\nUK & World"))
	who = pick("Press Association~PA Reporter~" pick("Fiona Strachan~Callum Rennie~Isla McKerron~Graeme Lindsay~Morag Sinclair~Euan Buchan"))
	by = "By " lk(who)
	dl = month[M] " " D " " Y ", " ptclock(h, mi, ".", "am", "pm")	# "January 4 2019, 6.12pm"
	k = rnd(6)
	if (k <= 1) dl = dl "\nUpdated: " month[M] " " D " " Y ", " ptclock(H2, MI2, ".", "am", "pm")
	else if (k == 2) { shift(1 + rnd(4)); dl = dl "\nUpdated: " month[SM] " " SD " " SY ", " ptclock(7 + rnd(14), rnd(60), ".", "am", "pm") }	# later, labelled
	st = rnd(3) ? standfirst(gen19) : ""
	im = rnd(2) ? CP pick(caps19) ". " pick("Picture by " pick("Kirsty Munro~Alasdair Reid~Hamish Dow") "~Picture: PA~Image: Shutterstock~" \
	    "Supplied by Police Scotland~Picture: Reuters") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~Email~Comments", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im st by dl", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Advertisement~More from our reporters:\n" pick(heads19) "~Read more: " pick(heads19)), 2 + rnd(3))
	s = ""
	n = rnd(25)
	if (rnd(2)) s = HD "Conversation\n" n " Comments\nSign in or register to join the conversation. Comments are moderated in line with our house rules."
	if (rnd(2)) s = cat(s, HD pick("Most Read~More from UK & World~Latest") "\n" rel19(heads19, 2, 4, 2, "dct", 0))
	if (rnd(3) == 0) s = cat(s, "Sign up for our morning briefing: the north and north-east's news, straight to your inbox.")
	s = cat(s, some("About Us~Contact Us~Advertise~Terms & Conditions~Privacy Policy~Cookie Policy~Complaints~Modern Slavery Statement~Archive", 3, 5))
	FOOT = cat(s, "© Copyright DC Thomson & Co Ltd " Y)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+01:00", "+00:00")); TAGX = ""
}

function bnie19(title,    s, who, by, dl, st, sh, im, h, mi, k, w3) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	site7(pick(" | BreakingNews.ie~~"), "www.breakingnews.ie", "/" pick("world~ireland~business") "/" slug7(title) "-" (890000 + rnd(90000)) ".html")
	s = some("BreakingNews.ie~Newsletters~Search~Menu~Podcasts~Sign up~Notifications", 2, 5)
	s = cat(s, some("Latest~Ireland~World~Business~Sport~Entertainment~Lifestyle~Technology~Videos~GAA~Soccer~Rugby~Racing~Money~Motoring", 5, 10))
	if (rnd(3) == 0) s = cat(s, wx19(pick("Dublin~Cork~Galway~Limerick~Waterford"), 1, 21, "C"))
	s = cat(s, bar19("Breaking~Latest~Live", 6))
	s = cat(s, top19("Most Read~Latest~Trending", "plain~num"))
	NAV = cat(s, pick("World~Ireland~Business~World\nNews"))
	who = pick("Press Association~Digital Desk~AFP~Reuters~" pick("Aoife Kinsella~Cian Moloney~Sorcha Breen~Padraig Tuohy~Niamh Corrigan"))
	by = pick("By ~") lk(who)
	w3 = substr(dayname[W + 1], 1, 3)
	k = rnd(4)
	if (k == 0) dl = dayname[W + 1] ", " month[M] " " d2(D) ", " Y " - " clock0(h, mi, "AM", "PM")	# "Friday, January 04, 2019 - 06:12 PM"
	else if (k == 1) dl = w3 ", " d2(D) " " abbr[M] ", " Y " - " hm(h, mi)	# "Fri, 04 Jan, 2019 - 18:12"
	else if (k == 2) dl = w3 ", " d2(D) " " abbr[M] ", " Y " - " hm(h, mi) "\nUpdated: " w3 ", " d2(D) " " abbr[M] ", " Y " - " hm(H2, MI2)
	else { by = by " | " w3 ", " d2(D) " " abbr[M] ", " Y " - " hm(h, mi); dl = "" }
	st = rnd(3) ? standfirst(gen19) : ""
	im = rnd(2) ? CP pick(caps19) ". " pick("Photo: " pick("Declan Rourke~Grainne Fahy~Tom Mulcair") "/PA~Photo: AP~Photo: Reuters~" \
	    "File photo~Photo: iStock") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~WhatsApp", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st~dl by st im", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("Read More\n" pick(heads19) "~Advertisement"), 2 + rnd(3))
	s = ""
	if (rnd(2)) s = HD "More in this section\n" headlines(heads19, 3, 5)
	if (rnd(2)) s = cat(s, HD pick("Most Read in World~Latest~Sponsored") "\n" rel19(heads19, 2, 4, 2, "bnie", 0))
	if (rnd(3) == 0) s = cat(s, "Sign up to the BreakingNews.ie newsletter and get the day's top stories each morning. Sign up")
	s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Cookie Policy~Terms & Conditions~Syndication~Cookie Settings", 3, 5))
	FOOT = cat(s, "© BreakingNews.ie " Y)
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, eutz("+01:00", "+00:00")); TAGX = ""
}

function can19(title,    s, who, by, dl, st, sh, im, h, mi, k, w, cp) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen19) : ""
	if (rnd(2)) {	# the Chronicle Herald
		site7(pick(" | SaltWire~~ | The Chronicle Herald"), "www.thechronicleherald.ca", "/news/" pick("world~canada~local~provincial") \
		    "/" slug7(title) "-" (270000 + rnd(30000)) "/")
		s = some("The Chronicle Herald~SaltWire Network~Subscribe~Log in~E-Edition~Search~Menu", 2, 5)
		s = cat(s, some("News~Local~Provincial~Canada~World~Business~Sports~Opinion~Lifestyle~Arts & Entertainment~Obituaries~Weather~" \
		    "Classifieds~Puzzles", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx19(pick("Halifax~Dartmouth~Truro~Sydney, N.S.~Yarmouth"), -14, 26, "C"))
		s = cat(s, bar19("BREAKING~Breaking News~Update", 6))
		s = cat(s, top19("Most Read~Latest~Top Stories", "plain~num"))
		NAV = cat(s, pick("World~Canada~News~World\nNews"))
		cp = rnd(3) == 0
		w = cp || rnd(4) == 0
		who = cp ? "The Canadian Press" : w ? pick("The Associated Press~Reuters~Bloomberg") : pick("Shauna MacDonnell~Ryan Vautour~Colleen Hiltz~Darcy Gillis~Amir Haddadi")
		by = lk(who) (!w && rnd(2) ? pick(" · Reporter~\nReporter~\nThe Chronicle Herald~ · Provincial Reporter") : "")
		k = rnd(3)
		if (k == 0) dl = "Published: " ap[M] " " D ", " Y " at " ampm18(h, mi)	# "Published: Jan. 4, 2019 at 6:12 p.m."
		else if (k == 1) dl = "Published: " ap[M] " " D ", " Y " at " ampm18(h, mi) " | Updated: " ap[M] " " D ", " Y " at " ampm18(H2, MI2)
		else dl = "Published " month[M] " " D ", " Y pick("~\n" (2 + rnd(6)) " min read")
		if (cp && (k = place19(title, "", "")) != "") lead19(toupper(k) " — ")
		if (cp && rnd(3) == 0) sig19("— With files from The Associated Press")
		im = rnd(2) ? CP pick(caps19) ". - " pick(pick("Ingrid Bulmer~Lawrence Dunphy~Tessa Ruck") "~The Canadian Press~Contributed~File~Reuters") : ""
		s = ""
		if (rnd(2)) s = HD "Comments\nSaltWire Network welcomes your comments on our stories. Keep it civil and on topic; " \
		    "we remove posts that are abusive or off topic."
		if (rnd(2)) s = cat(s, HD pick("Latest World News~Top Stories~Recommended for you") "\n" rel19(heads19, 2, 4, 3, "ap", 0))
		s = cat(s, some("About Us~Contact Us~Advertise~Careers~Privacy Policy~Terms of Use~Subscriber Services~Accessibility", 3, 5))
		FOOT = cat(s, "© " Y " SaltWire Network. All Rights Reserved.")
		TAGX = ""; ISOT = isot7(h, mi, usoff18("A"))
	} else {	# the Tyee
		site7(pick(" | The Tyee~~"), "thetyee.ca", "/" pick("News~Analysis~Opinion") "/" Y "/" d2(M) "/" d2(D) "/" caps19w(substr(slug7(title), 1, 60)) "/")
		s = some("The Tyee~Support The Tyee~Newsletters~Search~Menu~Log in", 2, 5)
		s = cat(s, some("News~Analysis~Opinion~Culture~Politics~Federal Politics~BC Politics~Environment~Energy~Housing~Health~" \
		    "Labour + Industry~Indigenous~Rights + Justice~Urban Planning + Architecture", 4, 9))
		s = cat(s, top19("Most Read~Latest~Recommended", "plain~num"))
		NAV = cat(s, pick("News~Analysis~Politics~Environment~Rights + Justice~Federal Politics"))
		who = pick("Maren Tolliver~Jasper Ng~Ruth Okonkwo~Silas Byrne~Nadine Ferreira")
		k = rnd(2)
		if (k == 0) { by = lk(who) " " D " " abbr[M] " " Y " | TheTyee.ca"; dl = "" }	# "X 4 Jan 2019 | TheTyee.ca"
		else { by = lk(who); dl = D " " abbr[M] " " Y " | TheTyee.ca" }
		im = rnd(2) ? CP pick(caps19) ". Photo via " pick("Shutterstock~Wikimedia, CC BY-SA 2.0~the Canadian Press~Flickr") : ""
		sig19(who " is " pick("a reporter for The Tyee.~The Tyee's Ottawa correspondent.~a contributing editor at The Tyee.~" \
		    "a reporter for The Tyee. Find " pick("her~him") " on Twitter at " handle16(who) "."))
		sig19("[Tyee]")
		s = ""
		TAGX = some(tags19, 2, 4)
		k = TAGX; gsub(LI, "", k); gsub(/\n/, ", ", k)
		if (rnd(2)) s = "Read more: " k
		if (rnd(2)) s = cat(s, HD "Tyee Builders keep us going\nThe Tyee has no paywall and no billionaire owner. Our reporting is " \
		    "paid for by thousands of readers who give a little each month. Will you join them?\nBecome a Builder")
		if (rnd(2)) s = cat(s, HD "Comment guidelines\nDo: be thoughtful, stay on topic, back up your claims. " \
		    "Don't: troll, name-call, or wander off into other fights.")
		if (rnd(2)) s = cat(s, HD pick("Latest Stories~The Tyee's Most Read~More from News") "\n" rel19(heads19, 2, 4, 3, "ukabbr", 0))
		s = cat(s, some("About~Contact~Advertise~Privacy~Masthead~Republish our stories~Jobs", 3, 5))
		FOOT = cat(s, "© " Y " The Tyee")
		TAGX = ""; ISOT = isot7(h, mi, usoff18("P"))
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Print~Reddit", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = solo19(who) ? who : ""; DLX = dlx(by, dl)
}

function ncau19(title,    s, who, by, dl, st, sh, im, h, mi, k, cm, w, c) {
	h = 7 + rnd(16); mi = rnd(60)
	cm = rnd(2)
	if (!cm) {	# news.com.au
		site7(pick(" | news.com.au — Australia's leading news site~~"), "www.news.com.au", "/world/" \
		    pick("north-america~europe~asia~middle-east~africa~south-america~breaking-news") "/" slug7(title) "/news-story/" hex7(32))
		s = some("news.com.au~Australia's #1 news site~Log in~Search~Menu~Notifications", 2, 5)
		s = cat(s, some("National~World~Lifestyle~Travel~Entertainment~Technology~Finance~Sport~Weather~Video~Puzzles~Breaking News~" \
		    "Real Estate~True Crime", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx19(pick("Sydney~Melbourne~Perth~Adelaide~Hobart"), 7, 39, "C", 1))
	} else {	# the Courier-Mail
		site7(pick(" | The Courier Mail~~"), "www.couriermail.com.au", "/news/world/" slug7(title) "/news-story/" hex7(32))
		s = some("The Courier-Mail~Subscribe~Log in~Today's Paper~Search~Menu~+Rewards", 2, 5)
		s = cat(s, some("News~Queensland~National~World~Business~Sport~Lifestyle~Entertainment~Opinion~Property~Gold Coast~" \
		    "Sunshine Coast~Puzzles~Weather", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx19(pick("Brisbane~Gold Coast~Toowoomba~Ipswich"), 10, 35, "C", 1))
	}
	s = cat(s, bar19("BREAKING~Breaking News~LIVE", 6))
	s = cat(s, top19("Most Popular~Latest~Trending", "plain~num"))
	NAV = cat(s, pick("World~North America~Europe~Breaking News~Asia~World\nBreaking News"))
	w = rnd(3) == 0
	who = w ? pick("AFP~AAP~Wires~Staff writers") : pick(cm ? "Marnie Coulthard~Dane Halloway~Priya Sethi~Jack Trevallion" : \
	    "Zara Delacroix~Ben Whitcombe~Lily Nguyen~Shane Pettigrew~Alana Brick")
	k = rnd(3)
	if (k == 0) by = lk(who) "\n" (cm ? "The Courier-Mail" : "news.com.au")
	else if (k == 1) by = lk(who) ", " (cm ? "The Courier-Mail" : "news.com.au")
	else by = lk(who)
	dl = month[M] " " D ", " Y " " clk(h, mi)	# "January 4, 2019 6:12pm"
	if (rnd(3) == 0) dl = dl "\n" (2 + rnd(6)) " min read"
	if (cm && rnd(3) == 0) dl = "Subscriber only\n" dl
	st = rnd(3) ? standfirst(gen19) : ""
	c = pick("AFP~AP~AAP~Getty Images~Supplied~Reuters")
	im = rnd(2) ? CP pick(caps19) ". Picture: " (c == "AP" ? "AP Photo/" pick("Ewan Rigby~Mila Sato") : c == "AAP" ? "AAP Image/" \
	    pick("Tom Kinsella~Rosa Ferro") : c) (rnd(2) ? "Source:" c : "") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~Email~Copy link~Comments", 2, 4) : ""
	HEAD = order("st by dl im sh~st im by dl sh~by dl st im~st by dl sh im", st, by, dl, sh, im)
	if (rnd(3) == 0) insert(pick("RELATED: ~MORE: ~READ MORE: ") pick(heads19), 1 + rnd(4))
	if (w && rnd(2)) sig19(pick("— with AFP~— with AAP~with wires"))
	s = ""
	if (rnd(2)) s = HD "Join the conversation\n" pick("Comments are closed on this story.~Log in to comment. Keep it civil and on topic.")
	if (rnd(2)) s = cat(s, HD pick("More Coverage~Top Stories~Latest") "\n" rel19(heads19, 2, 4, 3, "long", 0))
	s = cat(s, some("About us~Contact us~Careers~Advertise with us~Editorial complaints~Terms of use~Privacy policy~Relevant ads opt-out~" \
	    "Cookie policy~Standards of practice", 4, 7))
	if (cm) FOOT = cat(s, "© Queensland Newspapers Pty Ltd. All times AEST (GMT +10).")
	else FOOT = cat(s, "Copyright © " Y " News Pty Limited. All times " autz() " (GMT " (autz() == "AEDT" ? "+11" : "+10") ").")
	BYN = solo19(who) ? who : ""; DLX = dlx(by, dl); TAGX = ""
	ISOT = isot7(h, mi, !cm && autz() == "AEDT" ? "+11:00" : "+10:00")
}

function newsroom19(title,    s, who, by, dl, st, sh, im, h, mi, k, role, w) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	site7(pick(" | Newsroom~~"), "www.newsroom.co.nz", "/" Y "/" d2(M) "/" d2(D) "/" (370000 + rnd(30000)) "/" slug7(title))
	s = some("Newsroom~Newsroom Pro~Subscribe~Donate~Search~Menu~Log in", 2, 5)
	s = cat(s, some("Politics~Business~Environment~Health~Science & Technology~Sport~Comment~Ideasroom~Local Democracy~" \
	    "Podcasts~World~Education~Books", 4, 8))
	if (rnd(3) == 0) s = cat(s, wx19(pick("Auckland~Wellington~Christchurch~Dunedin~Hamilton"), 4, 27, "C", 1))
	s = cat(s, top19("Latest~Most Popular~Editor's Picks", "plain~num"))
	NAV = cat(s, pick("World~Politics~Comment~Analysis~Health~Environment"))
	w = rnd(4) == 0
	role = pick("Political Editor~Investigations Editor~Senior Journalist~Business Editor~Co-editor~Reporter~Contributor")
	who = w ? pick("AAP~Reuters~AFP") : pick("Tamsin Whareaitu~Oliver Kingi~Freya Lockhart~Hemi Rangiwai~Bridie Maddox~Sanjay Patel-Young")
	by = w ? lk(who) : lk(who) (rnd(2) ? "\n" : " | ") role
	k = rnd(4)
	if (k == 0) dl = month[M] " " D ", " Y	# "January 4, 2019"
	else if (k == 1) dl = "Updated " month[M] " " D ", " Y
	else if (k == 2) dl = month[M] " " D ", " Y " • " clk(h, mi)
	else { shift(1 + rnd(3)); dl = month[M] " " D ", " Y "\nUpdated " month[SM] " " SD ", " SY }	# later, labelled
	st = standfirst(gen19)
	im = rnd(2) ? CP pick(caps19) ". Photo: " pick(pick("Rua Henare~Tess Fulton~Mikey Ashworth") "~Getty Images~Lynnette Gough/Newsroom~" \
	    "RNZ~Supplied~AFP") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~LinkedIn~Email~Copy link", 2, 4) : ""
	HEAD = order("st by dl im sh~by dl st im sh~st im by dl", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = HD "Newsroom is free to read, but not free to make\nOur journalism is paid for by readers and members. " \
	    "If you value independent reporting on the issues that matter to Aotearoa, please support us.\nBecome a supporter"
	if (!w && rnd(3) == 0) s = cat(s, who " is Newsroom's " tolower(role) ".")
	TAGX = some(tags19, 2, 4)
	if (rnd(2)) s = cat(s, HD "Comments\nComments are closed on this story.")
	if (rnd(2)) s = cat(s, HD pick("More from Newsroom~Latest~Most Popular") "\n" rel19(heads19, 2, 4, 3, "long", rnd(2) ? 0 : 1))
	s = cat(s, some("About~Contact~Advertise~Terms~Privacy~Our team~Join our newsletters", 3, 5))
	FOOT = cat(s, "© " Y " Newsroom. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, nztz() == "NZDT" ? "+13:00" : "+12:00")
}

function india19(title,    s, who, by, dl, st, sh, im, h, mi, k, city, ed, n, i) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen19) : ""
	city = pick("New Delhi~Mumbai~Washington~London~Kolkata~Chennai~Beijing~Dubai")
	if (rnd(2)) {	# India Today
		site7(pick(" - India Today~~"), "www.indiatoday.in", "/world/story/" substr(slug7(title), 1, 80) "-" (1423000 + rnd(40000)) \
		    "-" Y "-" d2(M) "-" d2(D))
		s = some("India Today~Aaj Tak~Business Today~Sign In~Search~Menu~Live TV~E-Paper", 2, 5)
		s = cat(s, some("India~World~Business~Elections~Sports~Technology~Movies~Lifestyle~Education~Science~Fact Check~Videos~Photos~" \
		    "Podcasts~Magazine~Cities", 5, 11))
		if (rnd(3) == 0) s = cat(s, wx19(pick("New Delhi~Mumbai~Bengaluru~Kolkata~Lucknow"), 7, 41, "C"))
		s = cat(s, bar19("BREAKING~Breaking News~LIVE", 6))
		s = cat(s, top19("Trending~Top Stories~Latest", "plain~num"))
		NAV = cat(s, pick("World~News / World~Global"))
		who = pick("India Today Web Desk~India Today World Desk~PTI~Reuters~AFP~IANS~" pick("Ananya Bhattacharjee~Rohit Malhotra~" \
		    "Sneha Iyer~Kabir Sethi~Deepika Rawat"))
		ed = pick("Ananya Bhattacharjee~Rohit Malhotra~Sneha Iyer~Kabir Sethi~Deepika Rawat~Tanmay Goswami")
		k = rnd(3)
		if (k == 0) { by = pick("~Written By: ") lk(who) (rnd(2) ? "\nEdited By: " lk(ed) : ""); dl = city ",UPDATED: " abbr[M] " " D ", " Y " " \
		    hm(h, mi) " IST" }	# "New Delhi,UPDATED: Jan 4, 2019 18:12 IST"
		else if (k == 1) { by = lk(who) "\n" city; dl = month[M] " " D ", " Y "\nUPDATED: " month[M] " " D ", " Y " " hm(H2, MI2) " IST" }
		else { by = lk(who); dl = city ", " month[M] " " D ", " Y "\nUPDATED: " month[M] " " D ", " Y " " hm(H2, MI2) " IST" }
		if (rnd(2)) {	# highlights
			n = 2 + rnd(2); s = "In Short"
			if (rnd(2)) s = "HIGHLIGHTS"
			for (i = 0; i < n; i++) s = s "\n" LI pick(gen19)
			st = cat(st, s)
		}
		if (rnd(3) == 0) insert(pick("READ | ~ALSO READ | ~WATCH | ") pick(heads19), 2 + rnd(3))
		s = ""
		if (rnd(2)) s = "Published By:\n" lk(ed) "\nPublished On:\n" abbr[M] " " D ", " Y
		TAGX = some(tags19, 2, 4)
		if (rnd(2)) s = cat(s, HD "Tags :\n" TAGX)
		if (rnd(2)) s = cat(s, HD pick("Also Watch~Latest News~Must Read") "\n" headlines(heads19, 2, 4))
		s = cat(s, some("About Us~Contact Us~Privacy Policy~Terms and Conditions~Careers~Advertise~Sitemap~Syndications Today", 3, 5))
		FOOT = cat(s, "Copyright © " Y " Living Media India Limited. For reprint rights: Syndications Today")
		ISOT = isot7(h, mi, "+05:30")
	} else {	# Mint
		site7(pick(" | Mint~~ - Livemint"), "www.livemint.com", "/news/world/" substr(slug7(title), 1, 80) "-" \
		    "1546" (500000 + rnd(500000)) (100 + rnd(900)) ".html")
		s = some("Mint~Livemint~Sign in~Subscribe~E-Paper~Search~Menu~Mint Premium", 2, 5)
		s = cat(s, some("Latest~Markets~Money~Industry~Companies~Politics~Opinion~Technology~Science~Education~Sports~Lounge~News~" \
		    "Podcasts~Budget~Mutual Funds", 5, 11))
		if (rnd(3) == 0) s = cat(s, mkt17("Sensex", 35000, 37500) "\n" mkt17("Nifty 50", 10500, 11200))
		s = cat(s, top19("Trending Stories~Latest News~Top Stories", "plain~num"))
		NAV = cat(s, pick("News / World~World~Home / News / World"))
		who = pick("Reuters~AFP~Bloomberg~PTI~AP~Livemint~" pick("Aditi Kashyap~Nikhil Menon~Priyanka Dasgupta~Varun Sood"))
		by = lk(who)
		k = rnd(3)
		if (k == 0) dl = (2 + rnd(5)) " min read . Updated: " d2(D) " " abbr[M] " " Y ", " clock0(h, mi, "AM", "PM") " IST"	# "3 min read . Updated: 04 Jan 2019, 06:12 PM IST"
		else if (k == 1) dl = "Updated: " d2(D) " " abbr[M] " " Y ", " clock0(h, mi, "AM", "PM") " IST\n" (2 + rnd(5)) " min read"
		else dl = "Premium\n" d2(D) " " abbr[M] " " Y ", " clock0(h, mi, "AM", "PM") " IST"
		if (rnd(3) == 0) st = cat(st, "Summary\n" pick(gen19) ".")
		if (rnd(3) == 0) insert("Also Read: " pick(heads19), 2 + rnd(3))
		s = ""
		if (rnd(2)) s = "Catch every market move, company result and breaking story on Live Mint. Download the Mint News App for daily updates."
		TAGX = some(tags19, 2, 4)
		if (rnd(2)) s = cat(s, HD "Topics\n" TAGX)
		if (rnd(2)) s = cat(s, HD pick("More Less~Latest Stories~Trending Stories") "\n" rel19(heads19, 2, 4, 2, "mint", 0))
		s = cat(s, some("About Us~Contact Us~Terms of Use~Privacy Policy~Careers~Subscribe~Mint Genie~Code of Conduct", 3, 5))
		FOOT = cat(s, "Copyright © HT Digital Streams Limited. All Rights Reserved.")
		ISOT = isot7(h, mi, "+05:30")
	}
	im = rnd(2) ? CP pick(caps19) ". " pick("(Photo: Reuters)~(Photo: AP)~(Image: AFP)~(Representative image)~(Photo: PTI)~" \
	    "(Photo: " pick("Manish Rao~Shalini Kapur") "/India Today)~(HT Photo)~(Bloomberg)") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~LinkedIn~Email~Copy Link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st~by dl sh st im", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl)
}

function geo19(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 7 + rnd(16); mi = rnd(60)
	site7(pick(" | Geo News~~ - Geo News"), "www.geo.tv", "/latest/" (223000 + rnd(9000)) "-" substr(slug7(title), 1, 70))
	s = some("Geo News~Geo Urdu~Geo TV~Live~Search~Menu~Download App", 2, 5)
	s = cat(s, some("Latest~Pakistan~World~Sports~Business~Entertainment~Health~Sci-Tech~Videos~Opinion~Shows~Elections", 5, 10))
	if (rnd(3) == 0) s = cat(s, wx19(pick("Karachi~Lahore~Islamabad~Peshawar~Quetta"), 6, 44, "C"))
	if (rnd(4) == 0) s = cat(s, mkt17("KSE-100", 36000, 41000))
	s = cat(s, bar19("BREAKING~Breaking~Live", 6))
	s = cat(s, top19("Most Read~Trending~Latest", "plain~num"))
	NAV = cat(s, pick("World~Pakistan~Latest~World\nLatest"))
	who = pick("Web Desk~AFP~Reuters~APP~News Desk~" pick("Sana Qureshi~Faraz Alvi~Hina Bukhari~Zeeshan Raza~Ayesha Kazmi"))
	k = rnd(3)
	if (k == 0) { by = "By " lk(who); dl = month[M] " " d2(D) ", " Y }	# "January 04, 2019"
	else if (k == 1) { by = lk(who); dl = dayname[W + 1] " " abbr[M] " " d2(D) " " Y }	# "Friday Jan 04 2019"
	else { by = "By " lk(who) " | " month[M] " " d2(D) ", " Y; dl = "" }
	st = rnd(2) ? standfirst(gen19) : ""
	if (rnd(3) && (k = place19(title, "", "")) != "") lead19(toupper(k) ": ")
	im = rnd(2) ? CP pick(caps19) ". — " pick("AFP~Reuters~AFP/File~Geo News screengrab~APP~Twitter") : ""
	sh = rnd(2) ? some("Facebook~Twitter~WhatsApp~Email~Copy link", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	s = ""
	if (rnd(2)) s = HD pick("Related~More from World~Latest") "\n" rel19(heads19, 2, 4, 2, "long0", rnd(2) ? 0 : 4)
	if (rnd(3) == 0) s = cat(s, "Follow Geo News on our channels for the latest updates.")
	s = cat(s, some("About Us~Contact Us~Privacy Policy~Terms & Conditions~Advertise~Careers~Geo Urdu~Geo Entertainment", 3, 5))
	FOOT = cat(s, "© " Y " Geo News Network. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+05:00"); TAGX = ""
}

function south19(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	st = rnd(3) ? standfirst(gen19) : ""
	if (rnd(2)) {	# the Himalayan Times
		site7(pick(" - The Himalayan Times - Nepal's No.1 English Daily Newspaper | Nepal News, Latest Politics, Business, World, Sports, " \
		    "Entertainment, Travel, Life Style News~~ - The Himalayan Times"), "thehimalayantimes.com", "/" pick("world~nepal~business") "/" slug7(title))
		s = some("The Himalayan Times~E-Paper~Search~Menu~Login~Subscribe~Himalayan Times Plus", 2, 5)
		s = cat(s, some("Home~Nepal~Kathmandu~World~Business~Opinion~Sports~Entertainment~Lifestyle~Science & Tech~Health~Travel~" \
		    "Environment~Perspectives~Editorial", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx19("Kathmandu", 2, 29, "C"))
		if (rnd(4) == 0) s = cat(s, "Gold Rs " commas13(60000 + rnd(6000)) " per tola | Silver Rs " (700 + rnd(100)) " per tola")
		s = cat(s, top19("Most Read~Latest~Trending", "plain~num"))
		NAV = cat(s, pick("World~Nepal~Kathmandu~World\nNews"))
		who = pick("Himalayan News Service~THT Online~Agence France Presse~Reuters~Associated Press~Xinhua~" \
		    pick("Bishal Adhikari~Sunita Gurung~Prakash Rai~Anjali Shrestha"))
		by = lk(who)
		dl = "Published: " clock0(h, mi, "am", "pm") " " abbr[M] " " d2(D) ", " Y	# "Published: 06:12 pm Jan 04, 2019"
		if (rnd(3) == 0) dl = dl "\nUpdated: " clock0(H2, MI2, "am", "pm") " " abbr[M] " " d2(D) ", " Y
		if (who == "Himalayan News Service" && (k = place19(title, "Kathmandu~Pokhara~Biratnagar~Lalitpur~Bhaktapur~Birgunj", "")) != "")
			lead19(toupper(k) ", " toupper(month[M]) " " D "\n")
		im = rnd(2) ? CP pick(caps19) ". Photo: " pick("THT~Reuters~AP~AFP~" pick("Rabin Thapa~Kiran Lama") "/THT~RSS") : ""
		s = ""
		TAGX = some(tags19, 2, 4)
		if (rnd(2)) s = HD "Related Tags:\n" TAGX
		if (rnd(2)) s = cat(s, HD pick("Related News~Latest~More from World") "\n" rel19(heads19, 2, 4, 3, "tht", 0))
		if (rnd(3) == 0) s = cat(s, "Download the app for the day's news from Nepal and the world, anywhere.")
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms of Use~Careers", 3, 5))
		FOOT = cat(s, "© " Y " The Himalayan Times. All rights reserved.")
		ISOT = isot7(h, mi, "+05:45")
		HEAD = order("by dl st im~st by dl im~im by dl st", st, by, dl, "", im)
	} else {	# Ada Derana
		site7(pick(" - Ada Derana~~"), "www.adaderana.lk", "/news/" (52000 + rnd(3000)) "/" slug7(title))
		s = some("Ada Derana~Sinhala~Tamil~Live~Search~Menu~Derana TV", 2, 5)
		s = cat(s, some("Home~Hot News~Local News~Foreign News~Business~Sports~Entertainment~Technology~Features~Editor's Choice~" \
		    "Video~Most Viewed~Opinion", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx19("Colombo", 24, 33, "C"))
		if (rnd(4) == 0) s = cat(s, rate17("USD/LKR", 179, 183, 2))
		s = cat(s, top19("Most Viewed~Hot News~Latest", "plain~num"))
		NAV = cat(s, pick("Foreign News~Hot News~Foreign News\nNews"))
		who = ""
		by = ""
		dl = month[M] " " D ", " Y "  " clock0(h, mi, "am", "pm")	# "January 4, 2019  06:12 pm"
		if (rnd(3) == 0) sig19(pick("-Agencies~(AFP)~(Reuters)~– AFP~-Reuters"))
		else if (rnd(2)) run19(pick(" (AFP)~ (Reuters)~ - Agencies"))
		im = rnd(2) ? CP pick(caps19) : ""
		s = ""
		if (rnd(2)) s = HD pick("Other News~Latest News~Most Viewed") "\n" rel19(heads19, 2, 5, 2, "derana", rnd(2) ? 0 : 5)
		if (rnd(3) == 0) s = cat(s, HD "Comments\nBe the first to comment on this story.")
		s = cat(s, some("About Us~Contact Us~Advertise~Privacy Policy~Terms of Use~RSS", 3, 5))
		FOOT = cat(s, "Copyright © " Y " Ada Derana. All Rights Reserved.")
		TAGX = ""; ISOT = isot7(h, mi, "+05:30")
		HEAD = order("dl st im~st dl im~dl im st", st, by, dl, "", im)
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Viber~Email", 2, 4) : ""
	if (sh != "") HEAD = cat(HEAD, sh)
	BYN = who; DLX = dlx(by, dl)
}

function kuwait19(title,    s, who, by, dl, st, sh, im, h, mi, k, c) {
	h = 7 + rnd(16); mi = rnd(60)
	site7(pick(" - Kuwait Times~~ | Kuwait Times"), "news.kuwaittimes.net", "/website/" slug7(title) "/")
	s = some("Kuwait Times~The first English daily in the Arabian Gulf~E-Paper~Subscribe~Search~Menu", 2, 5)
	s = cat(s, some("Home~Kuwait~Gulf~Arab~International~Business~Sports~Technology~Health~Lifestyle~Opinion~Photos~Classifieds~" \
	    "Announcements~Entertainment", 5, 10))
	if (rnd(3) == 0) s = cat(s, prayer19())
	if (rnd(3) == 0) s = cat(s, wx19("Kuwait City", 8, 48, "C"))
	if (rnd(4) == 0) s = cat(s, "1 USD = 0." (301 + rnd(5)) " KWD")
	s = cat(s, top19("Most Read~Latest~Top Stories", "plain~num"))
	c = place19(title, "Kuwait~Riyadh~Dubai~Abu Dhabi~Doha~Manama~Muscat~Baghdad~Beirut~Cairo~Damascus~Amman~Sanaa~Tripoli", "")
	c = c == "" ? "International" : c == "Kuwait" ? "Kuwait" : c ~ /Riyadh|Dubai|Abu Dhabi|Doha|Manama|Muscat/ ? "Gulf" : "Arab"
	NAV = cat(s, c)
	who = pick("AFP~Reuters~AP~KUNA~Kuwait Times~" pick("Nawara Fattahova~Ben Garcia~Chidi Emmanuel") "~" \
	    pick("Faisal Al-Mutairi~Leila Haddad~Jamie Rosario~Hamad Al-Sabah~Noor Ghanem"))
	k = rnd(3)
	if (k == 0) { by = "By " lk(who); dl = month[M] " " D ", " Y }	# "January 4, 2019"
	else if (k == 1) { by = lk(who); dl = month[M] " " D ", " Y " in " c }
	else { by = "By " lk(who) (who ~ /^(AFP|Reuters|AP|KUNA|Kuwait Times)$/ ? "" : " | Kuwait Times"); dl = abbr[M] " " D ", " Y " | " hm(h, mi) }
	st = rnd(3) ? standfirst(gen19) : ""
	if ((k = place19(title, "Kuwait", "")) == "") k = place19(title, "", "")
	if (rnd(3) && k != "") lead19(toupper(k) ": ")
	im = rnd(2) ? CP pick(caps19) ". — " pick("AFP photo~KUNA photo~Photo by " pick("Yousef Al-Khaldi~Ramon Dizon") "~Reuters photo~AP") : ""
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Telegram~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~dl by st im", st, by, dl, sh, im)
	s = ""
	TAGX = some(tags19, 2, 4)
	if (rnd(2)) s = HD "Related Posts\n" rel19(heads19, 2, 3, 3, "long", 0)
	if (rnd(2)) s = cat(s, HD pick("Most Read~Latest News~Don't Miss") "\n" headlines(heads19, 3, 5))
	if (rnd(3) == 0) s = cat(s, HD "Leave a Reply\nYour email address will not be published. Required fields are marked *\nComment\nName *\nEmail *\nPost Comment")
	s = cat(s, some("About Us~Contact Us~Advertise~Subscribe~Privacy Policy~Terms of Use", 3, 5))
	FOOT = cat(s, "© " Y " Kuwait Times. All rights reserved.")
	BYN = who; DLX = dlx(by, dl); ISOT = isot7(h, mi, "+03:00")
}

function africa19(title,    s, who, by, dl, st, sh, im, h, mi, k) {
	h = 7 + rnd(16); mi = rnd(60)
	st = rnd(3) ? standfirst(gen19) : ""
	if (rnd(2)) {	# IOL
		site7(pick(" | IOL News~~ | IOL"), "www.iol.co.za", "/news/world/" slug7(title) "-" (18700000 + rnd(200000)))
		s = some("IOL~Independent Online~Sign in~Newsletters~Search~Menu~E-editions", 2, 5)
		s = cat(s, some("News~Business~Politics~Sport~Entertainment~Lifestyle~Travel~Motoring~Property~Personal Finance~Opinion~" \
		    "Technology~South Africa~Africa~World", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx19(pick("Johannesburg~Cape Town~Durban~Pretoria~Gqeberha"), 6, 34, "C", 1))
		if (rnd(4) == 0) s = cat(s, rate17("R/$", 13, 14, 2) " | " rate17("R/€", 15, 16, 2))
		s = cat(s, bar19("BREAKING~Breaking News~LIVE", 6))
		s = cat(s, top19("Most Read~Trending~Latest", "plain~num"))
		NAV = cat(s, pick("World~Africa~News~News\nWorld"))
		who = pick("Reuters~AFP~African News Agency (ANA)~IOL Reporter~Staff Reporter~" pick("Lindiwe Dlamini~Kagiso Molefe~Annelie Botha~Yusuf Patel"))
		k = rnd(3)
		by = "By " lk(who)
		if (k == 0) dl = "Time of article published " abbr[M] " " D ", " Y	# "Time of article published Jan 4, 2019"
		else if (k == 1) dl = "Published " abbr[M] " " D ", " Y
		else dl = "Time of article published " abbr[M] " " D ", " Y "\nShare this article:"
		im = rnd(2) ? CP pick(caps19) ". " pick("Picture: Reuters~Picture: AP~File picture: AFP~Picture: " pick("Themba Khumalo~Nadia Jacobs") \
		    "/African News Agency (ANA)~Picture: Independent Media Archives") : ""
		s = "Share this article:"
		if (rnd(2)) s = cat(s, some("Facebook~Twitter~WhatsApp~LinkedIn~Email", 2, 4))
		TAGX = some(tags19, 2, 4)
		if (rnd(2)) s = cat(s, HD "Related Topics:\n" TAGX)
		if (rnd(2)) s = cat(s, HD pick("More on this~Latest~Trending") "\n" rel19(heads19, 2, 4, 2, "abbr", 0))
		s = cat(s, some("About Us~Contact Us~Advertise~Terms & Conditions~Privacy Policy~Press Code~Feedback~PAIA", 3, 5))
		FOOT = cat(s, "© " Y " Independent Online and affiliated companies. All rights reserved")
		ISOT = isot7(h, mi, "+02:00")
	} else {	# Graphic Online
		site7(pick(" - Graphic Online~~"), "www.graphic.com.gh", "/international/international-news/" slug7(title) ".html")
		s = some("Graphic Online~Daily Graphic~Graphic Business~The Mirror~Graphic Sports~E-Paper~Search~Menu", 2, 5)
		s = cat(s, some("Home~News~Politics~General News~Business~Sports~Entertainment~Lifestyle~Features~Opinion~International~" \
		    "Editorials~Obituaries~Health", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx19(pick("Accra~Kumasi~Tamale~Takoradi"), 22, 35, "C"))
		if (rnd(4) == 0) s = cat(s, rate17("GH¢/$", 4, 5, 4))
		s = cat(s, top19("Most Read~Latest~Trending News", "plain~num"))
		NAV = cat(s, pick("International~International News~World~International\nInternational News"))
		who = pick("Reuters~AFP~GNA~Graphic Online~Agencies~" pick("Kwame Asante-Boakye~Efua Mensah~Yaw Osei Tutu~Abena Darko"))
		k = rnd(3)
		dl = abbr[M] " - " d2(D) " - " Y " , " hm(h, mi)	# "Jan - 04 - 2019 , 18:12"
		if (k == 0) by = "Author: " lk(who)
		else if (k == 1) by = lk(who)
		else { by = lk(who) " " dl; dl = "" }
		im = rnd(2) ? CP pick(caps19) ". " pick("Photo: AFP~Photo: Reuters~PICTURE: " toupper(pick("Gideon Amoako~Serwaa Boateng"))) : ""
		s = ""
		TAGX = some(tags19, 2, 4)
		if (rnd(2)) s = HD "Tags:\n" TAGX
		if (rnd(2)) s = cat(s, HD pick("Related Stories~Latest Stories~More in International") "\n" rel19(heads19, 2, 4, 2, "graphic", 0))
		if (rnd(3) == 0) s = cat(s, "Get the day's top stories from Ghana and beyond on WhatsApp. Join the Graphic Online channel.")
		s = cat(s, some("About Us~Contact Us~Advertise~Subscribe~Privacy Policy~Terms of Use~Careers", 3, 5))
		FOOT = cat(s, "© " Y " Graphic Communications Group Ltd. All Rights Reserved.")
		ISOT = isot7(h, mi, "+00:00")
	}
	sh = rnd(2) ? some("Share~Facebook~Twitter~WhatsApp~Email", 2, 4) : ""
	HEAD = order("by dl st im sh~st by dl im sh~im by dl st", st, by, dl, sh, im)
	BYN = who; DLX = dlx(by, dl)
}

function tech19(title,    s, who, by, dl, st, sh, im, h, mi, k, n, z) {
	h = 7 + rnd(16); mi = rnd(60); later9(h, mi)
	n = rnd(120)
	if (rnd(2)) {	# the Register
		site7(pick(" • The Register~~"), "www.theregister.co.uk", "/" Y "/" d2(M) "/" d2(D) "/" substr(slug7(title), 1, 40) "/")
		s = some("The Register®~Biting the hand that feeds IT~Sign in / up~Topics~Special Features~Vendor Voice~Search", 2, 5)
		s = cat(s, some("Security~Off-Prem~On-Prem~Software~Offbeat~Science~Personal Tech~Policy~Storage~Networks~Channel~Bootnotes~" \
		    "Webinars~Whitepapers~Events", 4, 9))
		s = cat(s, top19("Most read~Top stories~Latest", "plain~num"))
		NAV = cat(s, pick("Science~Offbeat~Policy~Public Sector~Geopolitics~Bootnotes~Emergent Tech"))
		who = pick("Gavin Thorneycroft~Jess Parfitt~Rupert Ashdown~Kat Lindqvist~Simon Blythe-Rees")
		st = pick("Officials stay tight-lipped as questions pile up~Nobody saw that coming. Well, almost nobody~" \
		    "And yes, there will be an inquiry~We'll keep an eye on it so you don't have to~" \
		    "Spoiler: it didn't go to plan~Cue the inevitable finger-pointing")
		k = rnd(3)
		if (k == 0) { by = lk(who); dl = substr(dayname[W + 1], 1, 3) " " D " " abbr[M] " " Y " // " hm(h, mi) " UTC" }	# "Fri 4 Jan 2019 // 18:12 UTC"
		else if (k == 1) { dl = D " " abbr[M] " " Y " at " hm(h, mi) ", " lk(who); by = "" }	# "4 Jan 2019 at 18:12, X"
		else { by = "By " lk(who); dl = D " " abbr[M] " " Y " at " hm(h, mi) }
		im = rnd(3) == 0 ? CP pick(caps19) ". Pic: " pick("Shutterstock~Getty~AP~NASA") : ""
		sh = n " " (n == 1 ? "comment" : pick("☐~comments~Comments"))
		if (rnd(2)) sh = cat(sh, some("SHARE~Facebook~Twitter~LinkedIn~Reddit~Email", 1, 3))
		HEAD = order("st by dl sh im~st dl by sh im~st by dl im", st, by, dl, sh, im)
		if (rnd(3) == 0) sig19(pick("®~Updated to add at " hm(H2, MI2) " UTC: A spokesperson declined to comment further.~" \
		    "Got a tip about this story? Get in touch.~®"))
		s = ""
		if (rnd(2)) s = HD "Get our Tech Resources\n" headlines(heads19, 2, 3)
		if (rnd(2)) s = cat(s, HD "Send us news\n" n " Comments")
		if (rnd(2)) s = cat(s, HD pick("More like these~Narrower topics~Broader topics") "\n" some(tags19, 2, 4))
		if (rnd(2)) s = cat(s, HD pick("Most read~Latest~Top stories") "\n" rel19(heads19, 2, 4, 2, "reg", 4))
		s = cat(s, some("About Us~Contact us~Advertise with us~Who we are~Privacy~Cookies~Do not sell my personal information~Ts&Cs~" \
		    "Our Websites~Situation Publishing", 4, 7))
		FOOT = cat(s, "Copyright. All rights reserved © 1998–" Y)
		BYN = who; TAGX = ""; ISOT = isot7(h, mi, "+00:00")
	} else {	# TechCrunch
		z = ustz18("E")
		site7(pick(" | TechCrunch~~ – TechCrunch"), "techcrunch.com", "/" Y "/" d2(M) "/" d2(D) "/" slug7(title) "/")
		s = some("TechCrunch~Join TechCrunch+~Login~Search~Menu~Events~Newsletters", 2, 5)
		s = cat(s, some("Startups~Venture~Security~Crypto~Apps~Events~Startup Battlefield~More~Transportation~Hardware~" \
		    "Government & Policy~Climate~Fintech~Biotech & Health~Space", 4, 9))
		s = cat(s, top19("Latest~Most Popular~TC Daily", "plain~under"))
		NAV = cat(s, pick("Government & Policy~Transportation~Climate~Security~Space~Biotech & Health"))
		who = pick("Devon Marsh~Ingrid Cortez~Felix Oyama~Harper Quinlan~Raj Venkataraman")
		k = rnd(3)
		if (k == 0) { by = lk(who) " " handle16(who) " / " clock(h, mi, "am", "pm") " " z " • " month[M] " " D ", " Y; dl = "" }	# "X @x / 6:12 pm EST • January 4, 2019"
		else if (k == 1) { by = lk(who); dl = clock(h, mi, "AM", "PM") " " z " · " month[M] " " D ", " Y }	# "6:12 PM EST · January 4, 2019"
		else { by = lk(who) "\n" handle16(who); dl = clock(h, mi, "am", "pm") " " z " • " month[M] " " D ", " Y }
		st = ""
		im = rnd(2) ? CP "Image Credits: " pick("Getty Images~Bloomberg / Getty Images~NASA~AFP / Getty Images~" pick("Marco Vitti~Hana Ishida") \
		    " / Getty Images~TechCrunch") : ""
		sh = rnd(2) ? some("Comment~Facebook~Twitter~LinkedIn~Reddit~Email~Copy", 2, 4) : ""
		HEAD = order("by dl sh im~by dl im sh~dl by im", st, by, dl, sh, im)
		s = ""
		TAGX = some(tags19, 2, 4)
		if (rnd(2)) s = HD "Tags\n" TAGX
		if (rnd(2)) s = cat(s, HD "Newsletters\nSubscribe for the industry's biggest tech news\n" some("TechCrunch Daily News~" \
		    "TC Week in Review~Startups Weekly~Event Updates", 2, 4))
		if (rnd(2)) s = cat(s, HD pick("More TechCrunch~Related~Most Popular") "\n" rel19(heads19, 2, 4, 2, "long", 0))
		s = cat(s, some("About~Advertise~Contact Us~Send Tips~TC Careers~Privacy Policy~Terms of Service~Code of Conduct~Site Map", 3, 6))
		FOOT = cat(s, "© " Y " Verizon Media. All rights reserved. Powered by WordPress VIP.")
		BYN = who; TAGX = ""; ISOT = isot7(h, mi, usoff18("E"))
	}
	DLX = dlx(by, dl)
}

function agency19(title,    s, who, by, dl, st, sh, im, h, mi, k, w) {
	h = 7 + rnd(16); mi = rnd(60)
	st = ""
	if (rnd(2)) {	# the Philippine News Agency
		site7(pick(" | Philippine News Agency~~"), "www.pna.gov.ph", "/articles/" (1058000 + rnd(5000)))
		s = some("GOVPH~Republic of the Philippines~Philippine News Agency~Search~Menu", 2, 5)
		s = cat(s, some("Home~National~Provincial~Business~Sports~Foreign~Features~Health~Environment~Photos~Videos~Infographics~About PNA", 5, 10))
		if (rnd(3) == 0) s = cat(s, wx19(pick("Manila~Quezon City~Cebu~Davao"), 23, 35, "C"))
		s = cat(s, top19("Latest News~Most Read~Top Stories", "plain~num"))
		NAV = cat(s, pick("Foreign~National~Home\nForeign"))
		w = rnd(2)
		who = w ? pick("Xinhua~Kyodo~Yonhap~Bernama~PNA") : pick("Leonora Dimaculangan~Ramil Bautista Cruz~Jhoanna Mae Sison~Anton Villarosa~Perla Quimpo")
		by = "By " lk(who)
		dl = month[M] " " D ", " Y ", " clock(h, mi, "am", "pm")	# "January 4, 2019, 6:12 pm"
		if (rnd(3) == 0) { by = by "  " dl; dl = "" }
		if (rnd(3)) lead19(toupper(place19(title, "", w ? "" : "Manila")) " -- ")
		sub(/^ -- /, "", BODY)
		run19(pick(" (PNA)~ (" (w ? who : "PNA") ")~ (With reports from " pick("Xinhua~Kyodo~Reuters") "/PNA)"))
		im = rnd(2) ? CP pick(caps19) ". " pick("(PNA photo by " pick("Elmer Dacanay~Rosario Ong") ")~(Photo courtesy of the DFA)~(Xinhua photo)~" \
		    "(File photo)~(Screengrab from video)") : ""
		s = ""
		if (rnd(2)) s = HD pick("Related Stories~Latest News~More Foreign") "\n" rel19(heads19, 2, 4, 2, "pna", 0)
		if (rnd(3) == 0) s = cat(s, HD "Comments\nYou may leave a comment on this article. Comments are subject to review.")
		s = cat(s, some("About PNA~Contact Us~Privacy Notice~Terms of Use~FOI~Transparency Seal", 3, 5))
		FOOT = cat(s, "All content is in the public domain unless otherwise stated.\nThe Philippine News Agency is the official news agency " \
		    "of the government of the Philippines, under the Presidential Communications Office.")
		BYN = who; ISOT = isot7(h, mi, "+08:00")
		HEAD = order("by dl im sh~by dl sh im~im by dl", st, by, dl, rnd(2) ? some("Share~Facebook~Twitter~Email~Print", 2, 4) : "", im)
	} else {	# Prensa Latina
		site7(pick(" - Prensa Latina~~"), "www.plenglish.com", "/index.php?o=rn&id=" (35000 + rnd(5000)) "&SEO=" slug7(title))
		s = some("Prensa Latina~Latin American News Agency~Español~English~Português~Italiano~Search", 2, 5)
		s = cat(s, some("Latin America~Cuba~North America~Europe~Asia~Africa~Middle East~Economy~Culture~Sports~Science~Health~Opinion~" \
		    "Interviews~Multimedia", 4, 9))
		s = cat(s, top19("Latest News~Most Read~Highlights", "plain~num"))
		NAV = cat(s, pick("World~Latin America~Europe~Cuba~Asia"))
		who = ""
		by = ""
		k = rnd(3)
		if (k == 0) dl = month[M] " " D ", " Y
		else if (k == 1) dl = D " " month[M] " " Y " | " hm(h, mi)
		else dl = month[M] " " D ", " Y "  " clock0(h, mi, "am", "pm")
		lead19(place19(title, "", "Havana") ", " abbr[M] " " D " (Prensa Latina) ")
		sig19(pick("ef/~tgj/~mem/~rmh/~abo/~lam/") pick("jcc~lld~ehl~mgt~cvl~ga"))
		im = rnd(3) == 0 ? CP pick(caps19) : ""
		s = ""
		if (rnd(2)) s = HD pick("Related Articles~Latest News~More in World") "\n" rel19(heads19, 2, 4, 2, "uk", rnd(2) ? 0 : 4)
		if (rnd(2)) s = cat(s, "Reproduction of this material is permitted provided Prensa Latina is cited as the source.")
		s = cat(s, some("About us~Contact~Services~Subscriptions~Prensa Latina Radio~Correspondents", 3, 5))
		FOOT = cat(s, "Copyright © " Y " Prensa Latina, Latin American News Agency.")
		BYN = ""; ISOT = isot7(h, mi, usoff18("E"))
		HEAD = order("dl im sh~dl sh im~im dl", st, by, dl, rnd(2) ? some("Share~Facebook~Twitter~Telegram~Print", 2, 4) : "", im)
	}
	TAGX = ""; DLX = dlx(by, dl)
}

function consent19(    k) {	# a consent, privacy, meter or newsletter prompt, words fresh
	k = rnd(4)
	if (k == 0)
		return ask("Your privacy matters to us~Cookies and your choices~Help us run this site~Privacy settings",
		    "We and our " (60 + rnd(600)) " advertising and analytics partners set cookies and similar identifiers so the site works, " \
		    "to learn what readers like and to show ads that keep our reporting free.~" \
		    "Tap \"Agree\" to allow all of this, or open the settings to pick only what you are happy with. Your choice is saved for 12 months.~" \
		    "Some vendors process your data under legitimate interest. You may object to that at any time from the footer link.",
		    "Agree~Disagree~Settings~Essential cookies only~Vendor list~Confirm choices", 4)
	if (k == 1)
		return pick("By using this website you agree to our use of cookies as set out in our cookie notice.~" \
		    "Our privacy notice has changed. Read what's new before you go on.~" \
		    "We use cookies to keep you signed in and measure traffic.") "\n" pick("Accept~Close~Understood~Read more~OK")
	if (k == 2)
		return pick("This is one of your " (3 + rnd(5)) " free stories this month.~You've reached your limit of free articles.~" \
		    "Subscribers read without limits. Already one? Sign in.") "\n" pick("Subscribe now~Sign in~View offers~Try 1 month for $1")
	return pick("Never miss a story: get our free daily briefing.~Want alerts for breaking news?~Get the top headlines in your inbox every morning.") \
	    "\n" pick("Sign me up~Not now~Allow notifications~No thanks")
}

function nineteenA(title, k) {
	if (k == 0) metro19(title)
	else if (k == 1) stranger19(title)
	else if (k == 2) cns19(title)
	else if (k == 3) reach19(title)
	else if (k == 4) pj19(title)
	else if (k == 5) bnie19(title)
	else if (k == 6) can19(title)
	else ncau19(title)
}
function nineteenB(title, k) {
	if (k == 0) newsroom19(title)
	else if (k == 1) india19(title)
	else if (k == 2) geo19(title)
	else if (k == 3) south19(title)
	else if (k == 4) kuwait19(title)
	else if (k == 5) africa19(title)
	else if (k == 6) tech19(title)
	else agency19(title)
}
function nineteen(title,    k) {	# variant 19: one of its sites, now and then an ad line and a banner, NAV filled
	TS = ""; DOM = ""; URL = ""; BYN = ""; DLX = ""; ISOT = ""; TAGX = ""
	k = rnd(16)
	if (k < 8) nineteenA(title, k); else nineteenB(title, k - 8)
	if (rnd(6) == 0 && DOM !~ /pna\.gov\.ph/) NAV = cat(NAV, pick("Advertisement~ADVERTISEMENT~Sponsored~Story continues after advertisement~Promoted"))
	if (rnd(4) == 0 && DOM !~ /pna\.gov\.ph/) banner(consent19(), 3, 30)
	fit("Navigation~Open search~Account~Main menu~Skip to main content~Go to top~Notifications~Close")
}

# Variant 19's layouts: variant 18's (lynx -dump with its numbered links,
# pandoc -t plain, and variant 9's layouts).
function layout19(title,    mode) {
	mode = rnd(7)
	if (mode == 0) return refs12(title)
	if (mode == 1) return stack(pan12(plain7(NAV, 0)), title, pan12(plain7(HEAD, 0)), wrapped("", 72), pan12(plain7(FOOT, 0)))
	return layout7(title, 0)
}

function sites7(title, odds, ads, pad,    k) {	# variant 7 to 11: one of its sites, now and then (1 in odds) one of ads
	# under NAV and a notice, NAV filled from pad
	TS = ""; DOM = ""; URL = ""; BYN = ""; DLX = ""; ISOT = ""; TAGX = ""
	k = variant == 7 ? rnd(24) : variant == 8 ? 24 + rnd(14) : variant == 9 ? 38 + rnd(15) : variant == 10 ? 53 + rnd(16) : 69 + rnd(17)
	if (k == 0) tel7(title)
	else if (k == 1) sky7(title)
	else if (k == 2) ft7(title)
	else if (k == 3) econ7(title)
	else if (k == 4) lemonde7(title)
	else if (k == 5) jt7(title)
	else if (k == 6) st7(title)
	else if (k == 7) globe7(title)
	else if (k == 8) trib7(title)
	else if (k == 9) bglobe7(title)
	else if (k == 10) huff7(title)
	else if (k == 11) buzz7(title)
	else if (k == 12) vox7(title)
	else if (k == 13) atl7(title)
	else if (k == 14) axios7(title)
	else if (k == 15) ars7(title)
	else if (k == 16) slate7(title)
	else if (k == 17) city7(title)
	else if (k == 18) joomla7(title)
	else if (k == 19) wix7(title)
	else if (k == 20) sqsp7(title)
	else if (k == 21 || k == 23) agg7(title)
	else if (k == 22) reddit7(title)
	else if (k == 24) sun8(title)
	else if (k == 25) mirror8(title)
	else if (k == 26) standard8(title)
	else if (k == 27) rte8(title)
	else if (k == 28) ht8(title)
	else if (k == 29) ndtv8(title)
	else if (k == 30) dawn8(title)
	else if (k == 31) news24_8(title)
	else if (k == 32) nzh8(title)
	else if (k == 33) star8(title)
	else if (k == 34) seattle8(title)
	else if (k == 35) newsweek8(title)
	else if (k == 36) forbes8(title)
	else if (k == 37) bi8(title)
	else if (k == 38) korea9(title)
	else if (k == 39) bangkok9(title)
	else if (k == 40) jakarta9(title)
	else if (k == 41) manila9(title)
	else if (k == 42) arab9(title)
	else if (k == 43) national9(title)
	else if (k == 44) jpost9(title)
	else if (k == 45) kyiv9(title)
	else if (k == 46) moscow9(title)
	else if (k == 47) balkan9(title)
	else if (k == 48) local9(title)
	else if (k == 49) latam9(title)
	else if (k == 50) africa9(title)
	else if (k == 51) patch9(title)
	else if (k == 52) gannett9(title)
	else if (k < 69) ten(title, k - 53)	# apart: mawk's parser takes only so long a chain
	else eleven(title, k - 69)
	# no ad or cookie banner in a saved copy, a feed reader or an email (OFF11)
	if (rnd(odds) == 0 && !OFF11) NAV = cat(NAV, pick(ads))
	if (rnd(4) == 0 && !OFF11)
		banner(variant == 7 ? consent7() : variant == 8 ? consent8() : variant == 9 ? consent9() : variant == 10 ? consent10() : consent11(), 3, 30)
	fit(pad)
}

function scraped(iso, title, body,    k) {
	Y = substr(iso, 1, 4) + 0; M = substr(iso, 6, 2) + 0; D = substr(iso, 9, 2) + 0
	W = wday(Y, M, D)
	BODY = body; NAV = ""; HEAD = ""; FOOT = ""
	sub(/[ \t\n]+$/, "", BODY)
	if (variant == 3) {
		k = rnd(5)
		if (k == 0) bbc()
		else if (k == 1) guardian()
		else if (k == 2) cnn()
		else if (k == 3) reuters()
		else wordpress()
	} else if (variant == 4) {
		k = rnd(6)
		if (k == 0) apnews()
		else if (k == 1) nyt()
		else if (k == 2) aljazeera()
		else if (k == 3) blox()
		else if (k == 4) medium()
		else substack()
	} else if (variant == 5)
		five()
	else if (variant == 7) {
		sites7(title, 7, "Advertisement~ADVERTISEMENT~Ad~Skip Ad~Continue reading the main story",
		    "Open menu~Search~Sign in~Subscribe~Newsletters~Close search~Accessibility~Back")
		return layout7(title, 1)
	} else if (variant == 8) {
		sites7(title, 6, "Advertisement~ADVERTISEMENT~Sponsored~Continue reading below",
		    "Menu~Search~Sign in~Subscribe~Close~Open navigation~Back to top~Newsletters")
		return layout7(title, 1)
	} else if (variant == 9) {
		sites7(title, 6, "Advertisement~ADVERTISEMENT~Sponsored~Scroll to continue with content",
		    "Menu~Search~Sign in~Subscribe~Close~Open menu~Back to top~Skip to content")
		return layout7(title, 0)
	} else if (variant == 10) {
		sites7(title, 6, "Advertisement~ADVERTISEMENT~Sponsored Content~Article continues below this ad",
		    "Menu~Search~Log In~Subscribe~Close menu~Toggle navigation~Skip to main content~My Account")
		return layout7(title, 0)
	} else if (variant == 11) {
		sites7(title, 6, "Advertisement~ADVERTISEMENT~- Advertisement -~Sponsored content~Scroll to continue reading",
		    "Menu~Search~Sign in~Subscribe~Close~Skip to content~Home~Account")
		return layout11(title)
	} else if (variant == 12) {
		twelve(title)
		return layout12(title)
	} else if (variant == 13) {
		thirteen(title)
		return layout13(title)
	} else if (variant == 14) {
		fourteen(title)
		return layout14(title)
	} else if (variant == 15) {
		fifteen(title)
		return layout15(title)
	} else if (variant == 16) {
		sixteen(title)
		return layout16(title)
	} else if (variant == 17) {
		seventeen(title)
		return layout17(title)
	} else if (variant == 18) {
		eighteen(title)
		return layout18(title)
	} else if (variant == 19) {
		nineteen(title)
		return layout19(title)
	} else {
		six(title)
		return layout6(title)
	}
	return layout(title)
}

function article(iso, title, text,    body, first, k, dl, tpl, page, sep) {
	sub(/^[ \t\n]+/, "", text)
	# the text opens with its own dateline, "Friday, January 4, 2019"
	first = text; sub(/\n.*/, "", first); gsub(/\302\240/, " ", first)
	if (first ~ /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ [0-9]+, [0-9]+ *$/) {
		sub(/^[^\n]*\n/, "", text)
		sub(/ +$/, "", first)
	} else
		first = ""
	body = text; gsub(/\n[ \t]*\n[ \t\n]*/, "\n", body); sub(/^[ \t\n]+/, "", body)
	if (variant >= 3) {
		emit(scraped(iso, title, body), title, iso)
		return
	}
	dl = dateline(iso, first != "" ? first : iso)
	sep = rnd(3) ? "\n" : "\n\n"	# one line a paragraph, or blank lines
	tpl = rnd(4)
	if (tpl == 0)
		page = nav() "\n" title "\n" byline() "\n" dl "\n" body "\n" footer()
	else if (tpl == 1)
		page = nav() "\n" title "\n" dl "\n" body "\n" footer()
	else if (tpl == 2)
		page = nav() "\n" dl "\n" title "\n" byline() "\n" body "\n" footer()
	else
		page = nav() "\n" title "\n" dl " | " byline() "\n" body "\n" footer()
	if (sep != "\n")
		gsub(/\n/, sep, page)
	emit(page, title, iso)
}

function emit(page, title, iso,    out) {
	out = sprintf("%s/%03d.txt", dir, nrec - 1)
	printf "%s\n", page > out
	close(out)
	printf "%03d.txt\t%s\t%s\n", nrec - 1, title, iso > (dir "/truth.tsv")
}
