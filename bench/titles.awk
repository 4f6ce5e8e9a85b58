# bench/titles.awk - scraped-style articles from the Wikinews CSV
# (url,date,title,text), for bench/titles.  Writes DIR/NNN.txt, one
# article each, and DIR/truth.tsv (file, title, date).  The page around
# the article is drawn from a few site templates with a fixed seed
# (Park-Miller, exact in any awk), so every run writes the same bytes.
#
#   awk -v dir=DIR [-v variant=2] -f bench/titles.awk articles.csv
#
# variant=2 draws from a second set of page furniture and date formats,
# written after segment was tuned on the first: a held-out check.

function rnd(n) {	# 0 .. n-1
	seed = (seed * 16807) % 2147483647
	return seed % n
}
function pick(list,    a, k) {	# one of the "|"-separated choices
	k = split(list, a, "~")
	return a[rnd(k) + 1]
}

BEGIN {
	seed = variant == 2 ? 7919 : 20190104
	split("January February March April May June July August September October November December", month, " ")
	split("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.", ap, " ")
	split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", abbr, " ")
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

function article(iso, title, text,    out, body, first, k, dl, tpl, page, sep) {
	sub(/^[ \t\n]+/, "", text)
	# the text opens with its own dateline, "Friday, January 4, 2019"
	first = text; sub(/\n.*/, "", first); gsub(/\302\240/, " ", first)
	if (first ~ /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ [0-9]+, [0-9]+ *$/) {
		sub(/^[^\n]*\n/, "", text)
		sub(/ +$/, "", first)
	} else
		first = ""
	body = text; gsub(/\n[ \t]*\n[ \t\n]*/, "\n", body); sub(/^[ \t\n]+/, "", body)
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
	out = sprintf("%s/%03d.txt", dir, nrec - 1)
	printf "%s\n", page > out
	close(out)
	printf "%03d.txt\t%s\t%s\n", nrec - 1, title, iso > (dir "/truth.tsv")
}
