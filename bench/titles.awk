# bench/titles.awk - scraped-style articles from the Wikinews CSV
# (url,date,title,text), for bench/titles.  Writes DIR/NNN.txt, one
# article each, and DIR/truth.tsv (file, title, date).  The page around
# the article is drawn from a few site templates with a fixed seed
# (Park-Miller, exact in any awk), so every run writes the same bytes.
#
#   awk -v dir=DIR [-v variant=2|3|4|5|6] -f bench/titles.awk articles.csv
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
# variant=6 (seed 32452843), the newest final held-out check, written
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

function rnd(n) {	# 0 .. n-1
	seed = (seed * 16807) % 2147483647
	return seed % n
}
function pick(list,    a, k) {	# one of the "|"-separated choices
	k = split(list, a, "~")
	return a[rnd(k) + 1]
}

BEGIN {
	seed = variant == 6 ? 32452843 : variant == 5 ? 15485863 : variant == 4 ? 1299709 : variant == 3 ? 104729 : variant == 2 ? 7919 : 20190104
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

function nav(    s) {
	if (variant == 2) {
		s = pick("Jump to navigation~Toggle navigation~Open menu~Sections~Log in · Register")
		s = s "\n" pick("Coastal Courier~THE EVENING STANDARD-POST~Global Wire~Tri-County Record~Newsroom Daily")
		s = s "\n" pick("News » World » Asia~Home • International~Top Stories | Europe | Americas | Asia~" \
		    "News    Opinion    Sport    Culture~World News > Africa~International")
		if (rnd(2)) s = s "\n" pick("Newsletters~Sign up~Follow us~Advertisement~Most Read")
		return s
	}
	s = pick("Skip to content~Skip to main content~Menu~Subscribe~Sign in~Search")
	s = s "\n" pick("Example News~The Daily Planet~Riverside Herald~NEWS24~World Report Online~Metro Times")
	s = s "\n" pick("Home | World | Politics~Home › World › Europe~Home / News / International~" \
	    "World   Business   Science   Sport~News > World~Latest News~World~Politics")
	if (rnd(2)) s = s "\n" pick("Menu~Subscribe~Log in~Newsletter~Search")
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

function footer(    s) {
	if (variant == 2) {
		s = pick("Share this story~Share on Facebook~Share via")
		s = s "\n" pick("Twitter LinkedIn Reddit~Print~Copy link")
		if (rnd(2)) s = s "\n" pick("Read more:~Recommended for you~Most popular~Trending Now")
		if (rnd(2)) s = s "\n" pick("Show comments~" rnd(90) " Comments~Join the conversation")
		s = s "\n" pick("Copyright © 2019 Global Wire~All rights reserved.~Cookie Settings~" \
		    "Contact us · Careers · Advertise")
		return s
	}
	s = pick("Share this:~Share~Share this article")
	s = s "\n" pick("Facebook Twitter Email~Facebook~Tweet~WhatsApp")
	if (rnd(2)) s = s "\n" pick("Related articles~Related~You may also like~More stories")
	if (rnd(2)) s = s "\n" pick("Comments (" rnd(40) ")~" rnd(40) " comments~Leave a comment")
	s = s "\n" pick("© 2019 Example News~Copyright 2019 The Daily Planet. All rights reserved.~" \
	    "Privacy Policy~Terms of Use~About us | Contact | Advertise")
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
function clock(h, mi, am, pm) {	# 12-hour clock: "7:05 PM"
	return (h % 12 == 0 ? 12 : h % 12) ":" sprintf("%02d", mi) " " (h < 12 ? am : pm)
}
function ord(d) {	# 1st 2nd 3rd 4th .. 11th .. 21st
	if (d % 10 == 1 && d != 11) return d "st"
	if (d % 10 == 2 && d != 12) return d "nd"
	if (d % 10 == 3 && d != 13) return d "rd"
	return d "th"
}
function fmt(style, y, m, d) {	# a day as a site prints it in its lists
	if (style == "bbc") return d " " month[m] " " y
	if (style == "nyt") return ap[m] " " d ", " y
	if (style == "aj") return d " " abbr[m] " " y
	if (style == "blox") return abbr[m] " " d ", " y
	return month[m] " " d ", " y
}
function related(pool, lo, hi, style,    a, n, i, s, k) {	# other stories, each with its earlier day
	n = split(some(pool, lo, hi), a, "\n")
	s = ""; k = 0
	for (i = 1; i <= n; i++) {
		k += 1 + rnd(20)
		shift(-k)
		s = cat(s, substr(a[i], 2) "\n" fmt(style, SY, SM, SD))
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
	    D " " month[M] " " Y " Last updated at " sprintf("%02d:%02d", rnd(24), rnd(60)) " " (ukdst(Y, M, D) ? "BST" : "GMT"))
	by = rnd(2) ? "" : "By " pick("Sarah Rainsford~Jonathan Marcus~Laura Bicker~Priya Joshi~Marcus Feld~Helen Okafor") "\n" \
	    pick("BBC News~BBC News, Moscow~Diplomatic correspondent~BBC World Service~Science correspondent, BBC News")
	sh = rnd(3) ? "Share this with\n" some("Facebook~Messenger~Twitter~Email~Share", 2, 5) : ""
	if (sh != "" && rnd(2)) sh = sh "\nThese are external links and will open in a new window"
	im = rnd(4) ? "Image copyright " pick("Getty Images~Reuters~AFP~EPA~PA Media~AP") "\nImage caption " pick(cap3) : \
	    "Media playback is unsupported on your device\nMedia caption" pick(vid3)
	if (rnd(2)) HEAD = cat(cat(cat(by, dl), sh), im)
	else HEAD = cat(cat(cat(dl, sh), im), by)
	if (rnd(2)) insert("Image copyright " pick("Getty Images~Reuters~AFP") "\nImage caption " pick(cap3), 2 + rnd(3))
	s = "Related Topics\n" some(tags3, 2, 6)
	if (rnd(2)) s = cat(s, "Share this story About sharing\n" some("Email~Facebook~Messenger~Twitter~Pinterest~WhatsApp~LinkedIn", 3, 7))
	if (rnd(3)) s = cat(s, "More on this story\n" related(heads3, 1, 3, "bbc"))
	if (rnd(2)) s = cat(s, "Top Stories\n" headlines(heads3, 2, 3))
	if (rnd(2)) s = cat(s, some("Features~Elsewhere on the BBC~Most Read~Around the BBC", 1, 2))
	FOOT = cat(s, "Copyright © " Y " BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.")
}

function guardian(    s, st, im, by, dl, lm, sh, h, mi, k) {
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
	dl = substr(dayname[W + 1], 1, 3) " " D " " abbr[M] " " Y " " sprintf("%02d.%02d", h, mi) " " (ukdst(Y, M, D) ? "BST" : "GMT")
	if (rnd(3) == 0) dl = "First published on " dl
	lm = rnd(2) ? "Last modified on " substr(dayname[W + 1], 1, 3) " " D " " abbr[M] " " Y " " \
	    sprintf("%02d.%02d", h + 1 + rnd(3), rnd(60)) " " (ukdst(Y, M, D) ? "BST" : "GMT") : ""
	sh = rnd(3) ? "Shares\n" (12 + rnd(900)) : ""
	if (sh != "" && rnd(2)) sh = sh "\nComments\n" (1 + rnd(300))
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(cat(cat(st, im), by), dl), lm), sh)
	else if (k == 1) HEAD = cat(cat(cat(cat(cat(st, by), dl), lm), sh), im)
	else HEAD = cat(cat(cat(cat(by, dl), lm), st), im)
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
	    pick("ET~" (usdst(Y, M, D) ? "EDT" : "EST")) ", " substr(dayname[W + 1], 1, 3) " " month[M] " " D ", " Y
	ch = rnd(2) ? "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds." : ""
	if (rnd(3) == 0) {
		v = pick(vid3)
		im = "JUST WATCHED\n" v "\nReplay\nMore Videos ...\nMUST WATCH\n" v " " sprintf("0%d:%02d", rnd(4), rnd(60))
	} else if (rnd(2))
		im = "Photos: " pick(cap3) "\n" pick(cap3) ".\nHide Caption\n1 of " (3 + rnd(20))
	else im = ""
	if (rnd(2)) HEAD = cat(cat(cat(by, dl), ch), im)
	else HEAD = cat(cat(cat(im, by), dl), ch)
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
	    (usdst(Y, M, D) ? "EDT" : "EST") ", " month[M] " " D ", " Y
	else dl = month[M] " " D ", " Y "\n" pick("2 hours ago~5 hours ago~38 minutes ago")
	sh = rnd(2) ? some("Share~Click to copy~Facebook~Twitter~Email~Print", 2, 5) : ""
	im = rnd(2) ? "In this " dayname[W + 1] ", " ap[M] " " D ", " Y ", photo, " tolower(substr(pick(cap4), 1, 1)) \
	    substr(pick(cap4), 2) ". (AP Photo/" pick("Sergei Grits~Evan Vucci~Felipe Dana~Francisco Seco") ")" : ""
	if (rnd(2)) HEAD = cat(cat(cat(by, dl), sh), im)
	else HEAD = cat(cat(cat(im, by), dl), sh)
	if (rnd(3) == 0) insert("ADVERTISEMENT", 1 + rnd(4))
	s = ""
	if (rnd(2)) s = "___\nAssociated Press " pick("writer Jim Heintz~writers Jane Doe and Kwame Mensah~writer Elif Yilmaz") " contributed to this report."
	if (rnd(2)) s = cat(s, "RELATED TOPICS\n" some(tags4, 2, 6))
	if (rnd(2)) s = cat(s, "More from AP\n" related(heads4, 1, 3, "wp"))
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
	if (rnd(2)) HEAD = cat(cat(cat(cat(st, im), by), dl), lang)
	else HEAD = cat(cat(cat(cat(st, by), dl), lang), im)
	if (rnd(2)) insert("Advertisement\nContinue reading the main story", 2 + rnd(3))
	if (rnd(3) == 0) insert("Advertisement", 5 + rnd(3))
	shift(1)
	s = ""
	if (rnd(2)) s = "A version of this article appears in print on " fmt("nyt", SY, SM, SD) ", Section A, Page " (4 + rnd(10)) \
	    " of the New York edition with the headline: " pick(heads4) ". Order Reprints | Today’s Paper | Subscribe"
	if (rnd(2)) s = cat(s, "Related Coverage\n" related(heads4, 1, 3, "nyt"))
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
	if (rnd(2)) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else HEAD = cat(cat(cat(cat(dl, st), im), sh), by)
	if (rnd(3) == 0) insert(pick(cap4) " [" pick("Reuters~AFP") "]", 2 + rnd(3))
	s = "SOURCE: " pick("Al Jazeera and news agencies~Al Jazeera News~News Agencies~Al Jazeera")
	if (rnd(2)) s = cat(s, pick("KEEP READING~Read more~More from News") "\n" related(heads4, 2, 4, "aj"))
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
	if (rnd(2)) HEAD = cat(cat(cat(by, dl), sh), im)
	else HEAD = cat(cat(cat(im, dl), by), sh)
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

function clk(h, mi) {	# "8:12pm"
	return (h % 12 == 0 ? 12 : h % 12) ":" sprintf("%02d", mi) (h < 12 ? "am" : "pm")
}
function hm(h, mi) {	# "19:05"
	return sprintf("%02d:%02d", h, mi)
}
function ustz() { return usdst(Y, M, D) ? "EDT" : "EST" }
function uktz() { return ukdst(Y, M, D) ? "BST" : "GMT" }
function autz() {	# Sydney: summer time from October's first Sunday to April's
	if (M == 4) return (D < 1 + (7 - wday(Y, 4, 1)) % 7) ? "AEDT" : "AEST"
	if (M == 10) return (D >= 1 + (7 - wday(Y, 10, 1)) % 7) ? "AEDT" : "AEST"
	return (M < 4 || M > 10) ? "AEDT" : "AEST"
}
function fmt5(style, y, m, d) {	# a day as variant 5's sites print it in their lists
	if (style == "uk") return d " " month[m] " " y
	if (style == "ap") return ap[m] " " d ", " y
	if (style == "hindu") return month[m] " " sprintf("%02d", d) ", " y
	if (style == "num") return sprintf("%02d/%02d/%d", m, d, y)
	if (style == "abc") return substr(dayname[wday(y, m, d) + 1], 1, 3) " " d " " abbr[m] " " y
	if (style == "short") return abbr[m] " " d ", " y
	return month[m] " " d ", " y
}
function related5(pool, lo, hi, style, first,    a, n, i, s, k, t) {	# other stories, each with an earlier day
	n = split(some(pool, lo, hi), a, "\n")
	s = ""; k = 0
	for (i = 1; i <= n; i++) {
		k += 1 + rnd(12)
		shift(-k)
		t = style == "ago" ? (k == 1 ? "1 day ago" : k " days ago") : fmt5(style, SY, SM, SD)
		s = cat(s, first ? t "\n" substr(a[i], 2) : substr(a[i], 2) "\n" t)
	}
	return s
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
function consent5() {	# a cookie or privacy banner
	if (rnd(2))
		return pick("We value your privacy~Your privacy choices~We care about your privacy~Cookies on this site") "\n" \
		    pick("We and our partners use cookies and similar technologies to store and access information on your device, " \
		    "to measure audiences and to show you personalised ads and content.~" \
		    "This site uses cookies to remember your settings, count visits and tailor the advertising you see. " \
		    "You can change your choice at any time under Privacy settings.~" \
		    "With your permission we and our partners may use precise geolocation data and identification through device scanning.") \
		    "\n" some("Accept all~I Accept~Agree and close~Manage preferences~More options~Reject all~Cookie settings", 2, 3)
	return pick("By continuing to use this site you agree to our updated Privacy Policy and Terms of Use.~" \
	    "We use cookies to give you a better browsing experience. See our Cookie Notice for details.~" \
	    "Our Privacy Policy has changed. Please take a moment to review it.") "\n" pick("OK~Close~Got it~Continue~I Agree")
}
function credit5() { return pick(photo5) }

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
	if (rnd(2)) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else HEAD = cat(cat(cat(cat(st, im), by), dl), sh)
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
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(cat(st, sh), im), by), dl)
	else if (k == 1) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else HEAD = cat(cat(cat(cat(st, im), dl), by), sh)
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
	if (rnd(2)) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else HEAD = cat(cat(cat(cat(st, im), by), dl), sh)
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
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(b, by), dl), sh)
	else if (k == 1) HEAD = cat(cat(by, dl), sh)
	else HEAD = cat(cat(b, by), dl)
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
	if (rnd(2)) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else HEAD = cat(cat(cat(cat(st, im), by), dl), sh)
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
	else if (k == 1) dl = "Updated - " month[M] " " sprintf("%02d", D) ", " Y " " sprintf("%02d", (u % 12 == 0 ? 12 : u % 12)) ":" \
	    sprintf("%02d", u > h ? rnd(60) : mi) " " (u < 12 ? "am" : "pm") " IST"
	else if (k == 2) dl = sprintf("%02d", D) " " abbr[M] " " Y " / " hm(h, mi) " IST"
	else dl = month[M] " " sprintf("%02d", D) ", " Y " " hm(h, mi) " IST"
	sh = rnd(2) ? some("Share Article~Facebook~Twitter~Linkedin~Whatsapp~Email~Reddit~Print~Copy link~A A~Gift this article", 2, 6) : ""
	im = rnd(2) ? pick(cap5) ". File | Photo Credit: " pick("Reuters~AP~AFP~The Hindu~Getty Images") : ""
	if (rnd(2)) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else HEAD = cat(cat(cat(cat(st, im), dl), by), sh)
	if (rnd(3) == 0) insert("Also Read\n" headlines(heads5, 1, 1), 2 + rnd(3))
	s = ""
	if (k == 1) s = "Published - " month[M] " " sprintf("%02d", D) ", " Y " " sprintf("%02d", (h % 12 == 0 ? 12 : h % 12)) ":" \
	    sprintf("%02d", mi) " " (h < 12 ? "am" : "pm") " IST"
	if (rnd(2)) s = cat(s, "Related Topics\n" some(tags5, 2, 5))
	if (rnd(2)) s = cat(s, "Related Stories\n" related5(heads5, 2, 4, "hindu", 0))
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
		HEAD = rnd(2) ? cat(cat(im, dl), sh) : cat(cat(dl, sh), im)
		s = ""
		if (rnd(2)) s = "Related Stories\n" related5(heads5, 1, 3, "short", 0)
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
	HEAD = rnd(2) ? cat(cat(cat(im, by), dl), sh) : cat(cat(cat(by, dl), sh), im)
	insert("Advertisement", 1 + rnd(2))
	if (rnd(2)) insert("Advertisement", 4 + rnd(2))
	s = ""
	if (rnd(2)) s = "Sign up for our newsletter\nGet the latest news delivered to your inbox"
	if (rnd(2)) s = cat(s, "Top Stories\n" related5(heads5, 2, 3, "ago", 0))
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
	if (rnd(2)) s = cat(s, "More Stories From NPR\n" related5(heads5, 2, 4, "us", 0))
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
		if (k == 0) dl = sprintf("%02d/%02d/%d", M, D, Y) " " sprintf("%02d:%02d", (h % 12 == 0 ? 12 : h % 12), mi) " " (h < 12 ? "AM" : "PM") " " ustz()
		else if (k == 1) dl = sprintf("%02d/%02d/%d", M, D, Y) " " sprintf("%02d:%02d", (h % 12 == 0 ? 12 : h % 12), mi) " " (h < 12 ? "AM" : "PM") \
		    " " ustz() "\nUpdated " sprintf("%02d/%02d/%d", M, D, Y) " " sprintf("%02d:%02d", (h2 % 12 == 0 ? 12 : h2 % 12), rnd(60)) " " (h2 < 12 ? "AM" : "PM") " " ustz()
		else dl = month[M] " " D ", " Y
	}
	sh = rnd(2) ? some("Link Copied~Facebook~Twitter~Email~Print~Text Size", 2, 4) : ""
	im = rnd(2) ? pick(cap5) ". | " credit5() : ""
	if (rnd(2)) HEAD = cat(cat(cat(cat(st, im), by), dl), sh)
	else HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	if (rnd(3) == 0) insert("Story Continued Below", 2 + rnd(3))
	if (rnd(3) == 0) insert("AD", 4 + rnd(2))
	s = ""
	if (rnd(2)) s = eu ? "Want more? Sign up for the Brussels Playbook newsletter." : \
	    "Missing out on the latest scoops? Sign up for POLITICO Playbook and get the latest news, every morning — in your inbox."
	if (rnd(2)) s = cat(s, "Filed under:\n" some(tags5, 2, 5))
	if (rnd(2)) s = cat(s, "More from POLITICO\n" related5(heads5, 1, 3, eu ? "uk" : "num", 1))
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
	HEAD = rnd(2) ? cat(cat(cat(cat(src, st), by), dl), im) : cat(cat(cat(cat(st, src), im), by), dl)
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
	if (rnd(2)) HEAD = cat(cat(cat(cat(st, by), dl), sh), tk)
	else HEAD = cat(cat(cat(cat(by, dl), st), sh), tk)
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

function five(    k, c) {
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
	if (rnd(5) == 0) {
		c = consent5()
		if (rnd(2)) NAV = cat(c, NAV)
		else FOOT = cat(FOOT, c)
	}
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
			out = out (li ? hang(substr(a[i], 2), "     * ", "       ") : hang(a[i], "   ", "   "))
		else out = out (li ? "     * " substr(a[i], 2) : "   " a[i])
		was = li
	}
	return out
}
function hang(p, first, rest,    w, n, i, s, l, e) {	# p wrapped at 77 columns, after first, then after rest
	n = split(p, w, " ")
	s = ""; l = first; e = 1
	for (i = 1; i <= n; i++) {
		if (!e && width(l) + 1 + width(w[i]) > 77) { s = s l "\n"; l = rest; e = 1 }
		l = l (e ? "" : " ") w[i]
		e = 0
	}
	return s l
}
function width(s) {	# in characters, whether awk counts bytes (mawk) or characters (gawk)
	if (bytewise) gsub("[\200-\277]", "", s)	# UTF-8 continuation bytes
	return length(s)
}
function wrap(p,    w, n, i, s, l) {	# a paragraph as lynx prints it, 3 spaces in, up to 77 columns
	n = split(p, w, " ")
	s = ""; l = "   "
	for (i = 1; i <= n; i++) {
		if (length(l) > 3 && width(l) + 1 + width(w[i]) > 77) { s = s l "\n"; l = "   " }
		l = l (length(l) > 3 ? " " : "") w[i]
	}
	return s l
}
function join(a, b) {	# two blocks, a blank line between
	return a == "" ? b : b == "" ? a : a "\n\n" b
}
function layout(title,    mode, s, a, n, i, b) {
	mode = rnd(8)
	if (mode == 7) {
		n = split(BODY, a, "\n"); b = ""
		for (i = 1; i <= n; i++) b = join(b, wrap(a[i]))
		return join(join(join(join(lynxblock(NAV), title), lynxblock(HEAD)), b), lynxblock(FOOT))
	}
	if (mode >= 5) {
		b = BODY; gsub(/\n/, "\n\n", b)
		return join(join(join(join(loose(NAV), title), loose(HEAD)), b), loose(FOOT))
	}
	s = cat(cat(cat(cat(NAV, title), HEAD), BODY), FOOT)
	gsub(LI, "", s)
	if (mode >= 3) gsub(/\n/, "\n\n", s)
	return s
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

function d2(n) { return sprintf("%02d", n) }
function lk(s) { return LK s LK }
function ptclock(h, mi, sep, am, pm) {	# "6.12pm", "6:12 p.m.", "6:12pm"
	return (h % 12 == 0 ? 12 : h % 12) sep sprintf("%02d", mi) (h < 12 ? am : pm)
}
function fmt6(style, y, m, d,    w) {	# a day as variant 6's sites print it in their lists
	w = substr(dayname[wday(y, m, d) + 1], 1, 3)
	if (style == "dmy") return d2(d) "/" d2(m) "/" y
	if (style == "dot") return d2(d) "." d2(m) "." y
	if (style == "ap") return ap[m] " " d ", " y
	if (style == "abbr") return abbr[m] " " d ", " y
	if (style == "uk") return d " " month[m] " " y
	if (style == "ukabbr") return d " " abbr[m] " " y
	if (style == "irish") return w ", " abbr[m] " " d ", " y
	if (style == "blog") return month[m] " " d2(d) ", " y
	if (style == "prn") return abbr[m] " " d2(d) ", " y ", " d2(6 + rnd(13)) ":" d2(rnd(60)) " ET"
	if (style == "toi") return abbr[m] " " d ", " y ", " d2(rnd(24)) ":" d2(rnd(60)) " IST"
	return month[m] " " d ", " y
}
function related6(pool, lo, hi, style, form,    a, n, i, s, k, t, h) {	# other stories, each on an earlier day
	n = split(some(pool, lo, hi), a, "\n")
	s = ""; k = 0
	for (i = 1; i <= n; i++) {
		k += 1 + rnd(15)
		shift(-k)
		t = fmt6(style, SY, SM, SD)
		h = substr(a[i], 2)
		if (form == 1) s = cat(s, LI t "\n" LC h)
		else if (form == 2) s = cat(s, LI h " (" t ")")
		else if (form == 3) s = cat(s, LI h " - " t)
		else s = cat(s, LI h "\n" LC t)
	}
	return s
}
function ago6() { return pick((1 + rnd(11)) "h ago~" (2 + rnd(50)) " mins ago~" (1 + rnd(9)) " hours ago~" (1 + rnd(40)) "m") }
function top6(labels,    s, a, n, i, k) {	# now and then, other headlines under their label, before the title
	if (rnd(3)) return ""
	n = split(headlines(heads6, 2, 5), a, "\n")
	k = rnd(5)
	s = pick(labels)
	for (i = 1; i <= n; i++) {
		if (k == 0) s = s "\n" i "\n" LI a[i]
		else if (k == 1) s = s "\n" LI a[i] "\n" LC ago6()
		else if (k == 2) s = s "\n" LI pick("VIDEO: ~~~PHOTOS: ~~") a[i]
		else s = s "\n" LI a[i]
	}
	if (rnd(3) == 0) s = s "\n" pick("See more~More >~View all~Show more")
	return s
}
function consent6() {	# a consent banner, its text and its buttons
	if (rnd(2))
		return pick("Your Privacy~This website uses cookies~Privacy settings~Before you continue") "\n" \
		    pick("By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site " \
		    "navigation, analyse site usage and assist in our marketing efforts.~" \
		    "Some of our partners may process your data as part of their legitimate business interest without asking for " \
		    "consent. You can object to this processing in the vendor list.~" \
		    "We need your consent to show personalised content and ads. Under the GDPR you may withdraw it at any time " \
		    "via the link at the bottom of every page.") "\n" \
		    some("Accept All Cookies~Cookies Settings~Reject All~Confirm My Choices~Show Purposes~Vendor List~Allow All", 2, 4)
	return pick("California residents: see our Notice at Collection. Do Not Sell or Share My Personal Information~" \
	    "This site uses cookies. By continuing to browse you are agreeing to our use of cookies.~" \
	    "We have updated our Terms of Service and Privacy Notice. Please review them.") "\n" \
	    pick("Accept~Dismiss~Close banner~OK, got it~Continue")
}
function cap6(form,    c) {	# a caption and its credit
	c = pick(caps6)
	if (form == 1) return c ". (" pick(credits6) ")"
	if (form == 2) return c ". Photo: " pick(credits6)
	if (form == 3) return c "\n" pick(credits6)
	if (form == 4) return c ". Photograph: " pick(credits6)
	if (form == 5) return c ". Credit: " pick(credits6)
	if (form == 6) return c " - Copyright " pick(credits6)
	return c " © " pick(credits6)
}
function shares6(list, lo, hi) { return some(list, lo, hi) }
function subjects(lo, hi,    s) {	# a few tags on one line, "Fire, Police"
	s = headlines(tags6, lo, hi)
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
	im = rnd(2) ? cap6(3) : ""
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else if (k == 1) HEAD = cat(cat(cat(cat(st, im), by), dl), sh)
	else HEAD = cat(cat(cat(st, dl), by), im)
	if (rnd(2)) insert(pick("Advertisement~Trending News"), 2 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = pick("The Associated Press contributed to this report.~Reuters contributed to this report.")
	if (rnd(2)) s = cat(s, "In:\n" some(tags6, 1, 4))
	if (up) s = cat(s, "First published on " month[M] " " D ", " Y " / " clock(hp, rnd(60), "AM", "PM"))
	s = cat(s, "© " Y " CBS Interactive Inc. All Rights Reserved.")
	if (rnd(2)) s = cat(s, "Thanks for reading CBS NEWS.\nCreate your free account or log in\nfor more features.\n" \
	    "Please enter email address to continue\nPlease enter valid email address to continue\nContinue")
	if (rnd(2)) s = cat(s, pick("More from CBS News~Featured Local Savings~More from World") "\n" related6(heads6, 2, 4, "long", 0))
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
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(cat(cat(st, vid), by), dl), sh), im)
	else if (k == 1) HEAD = cat(cat(cat(cat(cat(st, by), dl), sh), vid), im)
	else HEAD = cat(cat(cat(cat(st, im), by), dl), sh)
	if (rnd(2)) insert("More: " pick(heads6), 2 + rnd(3))
	if (rnd(3) == 0) insert("More: " pick(heads6), 5 + rnd(2))
	s = ""
	if (rnd(2)) s = "Contributing: " pick("The Associated Press~Reuters~Kim Doyle, USA TODAY")
	if (rnd(3) == 0) s = cat(s, "Follow " who " on Twitter: @" tolower(substr(who, 1, 1)) tolower(substr(who, index(who, " ") + 1)))
	if (rnd(2)) s = cat(s, "Read or Share this story: https://www.usatoday.com/story/news/world/" Y "/" d2(M) "/" d2(D) "/" \
	    (100000000 + rnd(900000000)) "/")
	if (rnd(2)) s = cat(s, pick("Show Comments~Comments~Conversation"))
	if (rnd(2)) s = cat(s, pick("More Stories~Latest from USA TODAY") "\n" related6(heads6, 2, 4, "ap", 0))
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
	im = rnd(2) ? cap6(1) : ""
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(cat(st, im), by), dl), sh)
	else if (k == 1) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else HEAD = cat(cat(cat(by, dl), st), im)
	if (rnd(2)) insert("ADVERTISEMENT", 2 + rnd(2))
	if (rnd(3) == 0) insert("ADVERTISEMENT", 5 + rnd(2))
	s = ""
	if (rnd(2)) s = "Times staff writer " pick("Rosa Ybarra~Ian Whitfield~Mei Tanaka") " contributed to this report."
	if (rnd(2)) s = cat(s, "More to Read\n" related6(heads6, 2, 3, "ap", 0))
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
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(st, dl), sh), im)
	else if (k == 1) HEAD = cat(cat(cat(im, st), dl), sh)
	else HEAD = cat(cat(cat(sh, dl), im), st)
	if (rnd(2)) insert("Advertisement", 1 + rnd(3))
	if (rnd(3) == 0) insert("READ ALSO\n" headlines(heads6, 1, 1), 3 + rnd(2))
	s = ""
	if (rnd(2)) s = "Download The Times of India News App for Latest World News."
	if (rnd(2)) s = cat(s, pick("Start a Conversation~Comments (" (1 + rnd(60)) ")~Read Comments"))
	if (rnd(3) == 0) s = cat(s, "Read this news in\n" some("Hindi~Bengali~Marathi~Tamil~Telugu~Kannada~Malayalam~Gujarati", 2, 5))
	if (rnd(2)) s = cat(s, pick("Trending Topics~Trending Stories~Hot on the Web") "\n" headlines(heads6, 3, 6))
	if (rnd(2)) s = cat(s, "More from TOI\n" related6(heads6, 1, 3, "toi", 0))
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
	im = rnd(2) ? cap6(4) : ""
	k = rnd(2)
	if (k == 0) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else HEAD = cat(cat(cat(cat(st, im), by), dl), sh)
	if (rnd(2)) insert("Advertisement", 3 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = pick("– Additional reporting: Reuters~– Agencies~– Additional reporting: AP, AFP")
	if (rnd(2)) s = cat(s, "Read More\n" related6(heads6, 1, 3, "irish", 0))
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
	    "\nRelated Subjects " subjects(2, 3) "\nKeywords " tolower(subjects(3, 5)) \
	    "\nShare\n" some("Send~Facebook~Twitter~google+~Whatsapp~Tumblr~reddit~linkedin", 3, 8) \
	    "\nFeedback: Send us your feedback.\nPrint Print this page\nPermalink https://p.dw.com/p/3" code
	im = rnd(2) ? cap6(pick("3~7~2") + 0) : ""
	h = rnd(24); mi = rnd(60)
	top = rnd(2)
	if (top) HEAD = cat(cat(st, im), pick(lk(who) "\n" month[M] " " D ", " Y "~" month[M] " " D ", " Y "~" \
	    "Date " d2(D) "." d2(M) "." Y "\nAuthor " who "~" d2(D) "." d2(M) "." Y "~" hm(h, mi) " UTC " d2(D) "." d2(M) "." Y))
	else HEAD = cat(st, im)
	if (rnd(3) == 0) insert(cap6(7), 2 + rnd(3))
	s = pick("~~" pick("jd/rt~ng/msh~aw/cmk~kl/sri") " (" pick("AFP, Reuters~AP, dpa~Reuters, EFE~AFP, dpa, Reuters") ")")
	if (rnd(3) == 0) s = cat(s, "Each evening at 1830 UTC, DW's editors send out a selection of the day's hard news and quality " \
	    "feature journalism. You can sign up to receive it directly here.")
	if (!top || rnd(2)) s = cat(s, meta)
	if (rnd(2)) s = cat(s, pick("DW RECOMMENDS~Related content") "\n" related6(heads6, 1, 3, "dot", 0))
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
	im = rnd(2) ? cap6(7) : ""
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(cat(st, dl), by), sh), im)
	else if (k == 1) HEAD = cat(cat(cat(cat(st, by), dl), im), sh)
	else HEAD = cat(cat(cat(cat(im, st), dl), by), sh)
	if (rnd(2)) insert("Advertising", 2 + rnd(3))
	if (rnd(3) == 0) insert("Read more" pick("~: ~\n") pick(heads6), 3 + rnd(3))
	s = rnd(2) ? "(FRANCE 24 with " pick("AFP, AP and Reuters~AFP~Reuters~AP and AFP") ")" : ""
	if (rnd(2)) s = cat(s, "Daily newsletter\nReceive essential international news every morning\nSubscribe")
	if (rnd(2)) s = cat(s, "Keep up to date with international news by downloading the FRANCE 24 app")
	if (rnd(2)) s = cat(s, "Read more on the same topic\n" some(tags6, 2, 5))
	if (rnd(2)) s = cat(s, pick("More on this topic~Related content~The week in review") "\n" related6(heads6, 2, 4, "dmy", 0))
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
	im = rnd(2) ? cap6(2) : ""
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else if (k == 1) HEAD = cat(cat(cat(cat(st, im), by), dl), sh)
	else HEAD = cat(cat(cat(cat(by, dl), st), sh), im)
	if (rnd(3) == 0) insert("Advertisement", 2 + rnd(3))
	if (rnd(3) == 0) insert("Read more: " pick(heads6), 3 + rnd(3))
	s = ""
	if (rnd(3) == 0) s = "Additional reporting by " pick("Reuters~Associated Press~Agence France-Presse~Xinhua")
	if (rnd(2)) s = cat(s, "Topic |\n" lk(pick(tags6)))
	if (rnd(2)) s = cat(s, "This article appeared in the South China Morning Post print edition as: " pick(heads6))
	if (rnd(2)) s = cat(s, "Want more stories like this? Sign up for our newsletters\nSubmit\n" \
	    "By registering, you agree to our T&C and Privacy Policy")
	if (rnd(2)) s = cat(s, "Related Topics\n" some(tags6, 2, 5))
	if (rnd(2)) s = cat(s, "Recommended for you\n" related6(heads6, 2, 4, "ukabbr", pick("0~1~3") + 0))
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
	im = rnd(2) ? cap6(5) : ""
	k = rnd(2)
	if (k == 0) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else HEAD = cat(cat(cat(cat(st, im), by), dl), sh)
	if (rnd(2)) insert("Advertisement", 2 + rnd(2))
	if (rnd(2)) insert("Advertisement", 5 + rnd(3))
	s = ""
	if (rnd(2)) s = pick("Reuters, AP~AAP~with agencies~Reuters~Bloomberg, AFP")
	if (rnd(2)) s = cat(s, "Start the day with a summary of the day’s most important and interesting stories, analysis and " \
	    "insights. Sign up for our Morning Edition newsletter.")
	if (rnd(2)) s = cat(s, "License this article")
	if (rnd(2)) s = cat(s, "Most Viewed in World\n" numbered(headlines(heads6, 3, 5)))
	if (rnd(2)) s = cat(s, pick("Related Articles~More from World") "\n" related6(heads6, 1, 3, "long", 0))
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
	im = rnd(2) ? cap6(1) : ""
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(st, dl), sh), im)
	else if (k == 1) HEAD = cat(cat(cat(st, sh), im), dl)
	else HEAD = cat(cat(cat(st, im), dl), sh)
	if (rnd(3) == 0) insert("ADVERTISEMENT", 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "With files from " pick("Reuters~The Associated Press~CBC News~The Canadian Press~CBC Radio's As It Happens")
	if (rnd(2)) s = cat(s, "Related Stories\n" headlines(heads6, 1, 3))
	if (rnd(2)) s = cat(s, "Corrections and clarifications|Submit a news tip|Report error\nCBC's Journalistic Standards and Practices|About CBC News")
	if (rnd(2)) s = cat(s, "Comments\nTo encourage thoughtful and respectful conversations, first and last names will appear with " \
	    "each submission to CBC/Radio-Canada's online communities (except in children and youth-oriented communities). " \
	    "Pseudonyms will no longer be permitted.")
	if (rnd(2)) s = cat(s, pick("Top Stories~More from World") "\n" related6(heads6, 2, 3, "abbr", 0))
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
	im = rnd(2) ? cap6(6) : ""
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else if (k == 1) HEAD = cat(cat(cat(cat(by, dl), st), im), sh)
	else HEAD = cat(cat(cat(cat(im, st), by), dl), sh)
	if (rnd(2)) insert("ADVERTISEMENT", 2 + rnd(3))
	s = ""
	if (rnd(2)) s = "Share this article\n" pick("Comments~Comments (" (1 + rnd(30)) ")")
	if (rnd(2)) s = cat(s, pick("Related~More aboutRelated") "\n" related6(heads6, 1, 3, "dmy", 0))
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
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(st, lk(who)), dl), im)
	else if (k == 1) HEAD = cat(cat(cat(st, im), lk(who)), dl)
	else HEAD = cat(cat(cat(lk(who), dl), st), im)
	s = ""
	if (rnd(2)) s = some(tags6, 1, 4)
	if (rnd(2)) s = cat(s, "Share\n" some("Twitter~Facebook~LinkedIn~Email~Copy link", 2, 5))
	s = cat(s, "Subscribe to " blog "\nGet the latest posts delivered right to your inbox\n" \
	    pick("youremail@example.com~jamie@example.com~Your email address") "\nSubscribe")
	if (rnd(2)) s = cat(s, pick("Read more~You might also like~More in " tag) "\n" related6(heads6, 2, 3, "abbr", 0))
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
	if (rnd(2)) s = cat(s, "Popular posts from this blog\n" related6(heads6, 2, 3, "blog", 1))
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
	k = rnd(3)
	if (k == 0) HEAD = cat(cat(cat(cat(st, by), dl), sh), im)
	else if (k == 1) HEAD = cat(cat(cat(cat(st, dl), by), im), sh)
	else HEAD = cat(cat(cat(cat(im, st), dl), by), sh)
	s = "Media Contact\n" who "\n" sprintf("(%d) 555-01%02d", 200 + rnd(700), rnd(100)) "\n" \
	    tolower(substr(who, 1, 1)) tolower(substr(who, index(who, " ") + 1)) "@" dom
	if (rnd(2)) s = cat(s, "Topics\n" some(tags6, 2, 5))
	if (rnd(2)) s = cat(s, "Related News\n" related6(heads6, 1, 3, pick("long~ap"), pick("0~1") + 0))
	if (rnd(2)) s = cat(s, "Get the " uni " news digest in your inbox every week.\nSubscribe")
	s = cat(s, some("Accessibility~Privacy~Non-Discrimination~Emergency Information~Careers~Contact Us~Report a Concern~" \
	    "Maps & Directions~Copyright", 3, 7))
	FOOT = cat(s, "© " Y " " uni)
}

function wire6(title,    s, org, city, st, dl, sh, h, mi, k, who, h12) {
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
		HEAD = rnd(2) ? cat(cat(st, dl), sh) : cat(cat(dl, sh), st)
		if (rnd(2)) BODY = city ", " ap[M] " " D ", " Y " /PRNewswire/ -- " BODY
		s = "SOURCE " org
		if (rnd(2)) s = cat(s, "Related Links\n" lk("http://www." tolower(substr(org, 1, index(org, " ") - 1)) ".org"))
		if (rnd(2)) s = cat(s, "Also from this source\n" related6(heads6, 1, 3, "prn", 1))
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
	h12 = h % 12 == 0 ? 12 : h % 12
	dl = month[M] " " d2(D) ", " Y " " d2(h12) ":" d2(mi) " " (h < 12 ? "AM" : "PM") " " \
	    pick((usdst(Y, M, D) ? "Eastern Daylight Time" : "Eastern Standard Time") "~" \
	    (ukdst(Y, M, D) ? "Central European Summer Time" : "Central European Standard Time") "~" \
	    (usdst(Y, M, D) ? "Eastern Daylight Time" : "Eastern Standard Time"))
	HEAD = cat(dl, st)
	if (rnd(2)) HEAD = cat(HEAD, some("Share~Tweet~LinkedIn~Email", 2, 4))
	if (rnd(2)) BODY = city "--(" "BUSINESS WIRE)--" BODY
	s = "Contacts\n" pick("Media:~Media Contact:~Press:") "\n" who "\n" org "\n" sprintf("+1 %d 555 01%02d", 200 + rnd(700), rnd(100))
	if (rnd(2)) s = cat(s, "Social Media Profiles\n" some("Twitter~LinkedIn~Facebook~YouTube", 2, 4))
	if (rnd(2)) s = cat(s, "More News From " org "\n" related6(heads6, 1, 3, "long", 0))
	s = cat(s, "Release Versions\nEnglish")
	if (rnd(2)) s = cat(s, "Back to Newsroom")
	s = cat(s, some("Privacy Statement~Terms of Use~Accessibility~Sitemap~Contact Us~Cookie Preferences", 2, 5))
	FOOT = cat(s, "© " Y " Business Wire")
}

function six(title,    k, c, t, n, i) {
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
	if (rnd(4) == 0) {
		c = consent6()
		if (rnd(3) && split(cat(c, NAV), t, "\n") <= 30) NAV = cat(c, NAV)
		else FOOT = cat(FOOT, c)
	}
	n = split(NAV, t, "\n")
	if (n > 30) {	# the copy starts further down
		NAV = t[n - 29]
		for (i = n - 28; i <= n; i++) NAV = NAV "\n" t[i]
	}
	for (; n < 8; n++) NAV = cat(pick("Menu~Search~Close~Open navigation~Toggle menu~Back to top~Share~Sign in"), NAV)
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
function fill6(p, first, rest, cols,    w, n, i, s, l, e) {	# p wrapped at cols, after first, then rest
	n = split(p, w, " ")
	s = ""; l = first; e = 1
	for (i = 1; i <= n; i++) {
		if (!e && width(l) + 1 + width(w[i]) > cols) { s = s l "\n"; l = rest; e = 1 }
		l = l (e ? "" : " ") w[i]
		e = 0
	}
	return s l
}
function text6(s, blanks,    a, n, i, out, t, k, was) {	# lines as innerText gives them; blanks 0 none, 1 some, 2 all
	n = split(s, a, "\n"); out = ""; was = 0
	for (i = 1; i <= n; i++) {
		t = substr(a[i], 1, 1)
		k = t == LI || t == LC
		if (k) a[i] = substr(a[i], 2)
		if (i > 1) out = out (blanks == 2 || (blanks == 1 && !(k && was) && (length(a[i]) > 50 || rnd(4) == 0)) ? "\n\n" : "\n")
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
			line = fill6(row, ind, ind, cols); k = "p"
		} else if (t == LI) { line = fill6(substr(a[i], 2), li1, li2, cols); k = "li" }
		else if (t == LC) { line = fill6(substr(a[i], 2), li2, li2, cols); k = "lc" }
		else { line = fill6(a[i], ind, ind, cols); k = "p" }
		if (out != "") out = out (k == "lc" || (k == "li" && was != "p") || (k == "p" && was == "p" && rnd(3) == 0) ? "\n" : "\n\n")
		out = out line; was = k
	}
	return out
}
function layout6(title,    mode, a, n, i, b, cols, nv, hd, ft, w3m) {
	mode = rnd(10)
	nv = unlink6(NAV, mode == 9); hd = unlink6(HEAD, mode == 9); ft = unlink6(FOOT, mode == 9)
	n = split(BODY, a, "\n"); b = ""
	if (mode == 5 || mode == 6 || mode == 7 || mode == 8) {	# lynx, w3m
		w3m = mode >= 7
		cols = w3m ? 79 + rnd(2) : 77 + rnd(3)
		for (i = 1; i <= n; i++) b = join(b, fill6(a[i], w3m ? "" : "   ", w3m ? "" : "   ", cols))
		return join(join(join(join(dump6(nv, w3m, cols), title), dump6(hd, w3m, cols)), b), dump6(ft, w3m, cols))
	}
	if (mode <= 1) {	# one line a paragraph, no blank lines
		b = BODY
		return cat(cat(cat(cat(text6(nv, 0), title), text6(hd, 0)), b), text6(ft, 0))
	}
	if (mode == 2) {	# a blank line between all
		b = BODY; gsub(/\n/, "\n\n", b)
		return join(join(join(join(text6(nv, 2), title), text6(hd, 2)), b), text6(ft, 2))
	}
	b = BODY; gsub(/\n/, "\n\n", b)
	if (mode == 9)	# the naive converter
		return join(join(join(join(text6(nv, 1), title), text6(hd, 1)), b), text6(ft, 1))
	return join(cat(rnd(2) ? text6(nv, 0) "\n" : text6(nv, 0), title), join(join(text6(hd, rnd(2)), b), text6(ft, 1)))
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
	else {
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
