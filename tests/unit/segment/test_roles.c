/*
 * Paragraphs and roles: how lines become paragraphs (blank lines, stray
 * newlines, hard-wrapped columns) and which role each paragraph gets,
 * cue by cue.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "tap.h"

static struct paras ps = PARAS_INIT;
/* the site's lines (segment --furniture) the next layouts know */
static struct furniture site = FURNITURE_INIT;

/* The paragraphs of text, as "role:text|role:text|..." (text folded). */
static char *
layout(const char *text, const char *title)
{
	struct buf out = BUF_INIT;
	size_t i;

	paragraphs_find(text, strlen(text), &ps);
	for (i = 0; i < ps.n; i++)
		ps.v[i].furniture = furniture_has(&site, text, ps.v[i].start,
		    ps.v[i].end);
	roles_assign(text, &ps, title, title ? strlen(title) : 0);
	for (i = 0; i < ps.n; i++) {
		if (i > 0)
			buf_addc(&out, '|');
		buf_adds(&out, role_names[ps.v[i].role]);
		buf_addc(&out, ':');
		fold_ws(text, ps.v[i].start, ps.v[i].end, &out);
	}
	return out.data ? out.data : calloc(1, 1);
}

static void
check(const char *name, const char *text, const char *title, const char *want)
{
	char *got = layout(text, title);

	if (strcmp(got, want) != 0)
		printf("#   want %s\n#   got  %s\n", want, got);
	ok(strcmp(got, want) == 0, "%s", name);
	free(got);
}

/* The role of the paragraph holding needle. */
static const char *
role_of(const char *text, const char *needle)
{
	const char *at = strstr(text, needle);
	size_t i, off;

	if (at == NULL)
		return "(not found)";
	off = (size_t)(at - text);
	for (i = 0; i < ps.n; i++)
		if (off >= ps.v[i].start && off < ps.v[i].end)
			return role_names[ps.v[i].role];
	return "(none)";
}

/*
 * Lays out text and checks the role of the paragraph holding each needle:
 * the variable arguments are "needle=role" strings, then NULL.
 */
static void
roles_are(const char *name, const char *text, ...)
{
	const char *pair, *eq, *got;
	char needle[128];
	va_list ap;
	int good = 1;

	free(layout(text, NULL));
	va_start(ap, text);
	while ((pair = va_arg(ap, const char *)) != NULL) {
		eq = strrchr(pair, '=');
		snprintf(needle, sizeof needle, "%.*s", (int)(eq - pair), pair);
		got = role_of(text, needle);
		if (strcmp(got, eq + 1) != 0) {
			printf("#   \"%s\": want %s, got %s\n", needle, eq + 1, got);
			good = 0;
		}
	}
	va_end(ap);
	ok(good, "%s", name);
}

/* The article's first paragraph of prose, in the examples below. */
#define PROSE "The council voted on Tuesday night to turn the old factory " \
	"into a park, at a cost of two million.\n"

int
main(void)
{
	char *s;
	const char *page;

	check("blank lines separate paragraphs, CRLF included",
	    "One two.\r\n\r\nThree four.\r\n", NULL,
	    "body:One two.|body:Three four.");
	check("a stray newline inside a sentence is joined",
	    "It was a cold \nnight in the city.", NULL,
	    "body:It was a cold night in the city.");
	check("short lower-case lines stay apart",
	    "features\ncontact manager\nevents, activities\n", NULL,
	    "body:features|body:contact manager|body:events, activities");
	check("a line after a full stop starts a paragraph",
	    "The first line ends here.\nthe second starts in lower case.", NULL,
	    "body:The first line ends here.|body:the second starts in lower case.");
	check("hard-wrapped columns are joined; indented lines start paragraphs",
	    "The council voted last night to\nissue bonds for the new bridge\n"
	    "across the river, and the mayor\nsigned the measure at once. It\n"
	    "will cost about two hundred\nthousand dollars in all.\n"
	    "  Opponents said the cost was\ntoo great for a small city and\n"
	    "will ask the voters to decide\nthe question in the fall.\n", NULL,
	    "body:The council voted last night to issue bonds for the new bridge "
	    "across the river, and the mayor signed the measure at once. It "
	    "will cost about two hundred thousand dollars in all.|"
	    "body:Opponents said the cost was too great for a small city and "
	    "will ask the voters to decide the question in the fall.");
	check("a \"by\" or \"by:\" line under a headline is its byline, not the "
	    "rest of its sentence",
	    "Storm floods the coast road\nby\nMara Ellison\n\n"
	    "Gillibrand ends her bid\nby: CNN Newsource\n", NULL,
	    "title:Storm floods the coast road|body:by|byline:Mara Ellison|"
	    "heading:Gillibrand ends her bid|byline:by: CNN Newsource");
	check("but in a wrapped column a \"by\" alone goes on the sentence "
	    "before it (and ends the paragraph, as a short line does)",
	    "The council voted last night to\nissue bonds for the new bridge\n"
	    "across the river, and the mayor\nsigned the measure at once, and\n"
	    "the bonds will be bought back\nby\nthe city in about ten years,\n"
	    "the treasurer told the meeting\nof the council, and the bonds\n"
	    "will pay four per cent a year.\n", NULL,
	    "body:The council voted last night to issue bonds for the new bridge "
	    "across the river, and the mayor signed the measure at once, and "
	    "the bonds will be bought back by|body:the city in about ten years, "
	    "the treasurer told the meeting of the council, and the bonds will "
	    "pay four per cent a year.");
	check("a byte-order mark is whitespace",
	    "\xef\xbb\xbfHello there.", NULL, "body:Hello there.");
	check("an empty document has no paragraph", "", NULL, "");
	check("whitespace only has no paragraph", " \n\t\r\n\xc2\xa0\n", NULL, "");

	page = "0 $\n2,500 $\nJUNE 2023\n\nBig News From The Capital\n\n"
	    "Support SouthFront\n\nJane Q. Public\n\n"
	    "The minister spoke on Friday. He said little.\n\n"
	    "Big News from the capital\n\n"
	    "The minister at the podium (Photo: Reuters / John Smith)\n\n"
	    "What comes next\n\n"
	    "The vote is due in June. Nobody knows the result.\n\n"
	    "Share this article\n\n"
	    "Notify of\nNewest Most Voted\nInline Feedbacks\nView all comments\n"
	    "Igor Ochocinszk\n\nThis is a comment. It disagrees.\n\n"
	    "\xc2\xa9 2023 Example Media. All rights reserved.\n";
	free(layout(page, NULL));
	ok(strcmp(role_of(page, "0 $"), "boilerplate") == 0, "a price line is boilerplate");
	ok(strcmp(role_of(page, "2,500 $"), "boilerplate") == 0, "a price with a comma is boilerplate");
	ok(strcmp(role_of(page, "JUNE 2023"), "dateline") == 0, "a month and year alone is a dateline");
	ok(strcmp(role_of(page, "Big News From"), "title") == 0, "the first headline before the body is the title");
	ok(strcmp(role_of(page, "Support South"), "boilerplate") == 0, "a Support banner is boilerplate");
	ok(strcmp(role_of(page, "Jane Q."), "byline") == 0, "a name after the title is the byline");
	ok(strcmp(role_of(page, "The minister spoke"), "body") == 0, "prose is body");
	ok(strcmp(role_of(page, "Big News from the"), "title") == 0, "a repeated title (other case) is a title");
	ok(strcmp(role_of(page, "(Photo:"), "caption") == 0, "a photo credit line is a caption");
	ok(strcmp(role_of(page, "What comes next"), "heading") == 0, "a short line inside the body is a heading");
	ok(strcmp(role_of(page, "Share this"), "boilerplate") == 0, "a share button is boilerplate");
	ok(strcmp(role_of(page, "Notify of"), "boilerplate") == 0, "the comment widget is boilerplate");
	ok(strcmp(role_of(page, "Newest Most"), "boilerplate") == 0, "comment sorting is boilerplate");
	ok(strcmp(role_of(page, "Igor"), "comment") == 0, "a commenter's name after the widget is comment");
	ok(strcmp(role_of(page, "This is a comment"), "comment") == 0, "the thread after the widget is comment");
	ok(strcmp(role_of(page, "\xc2\xa9 2023"), "boilerplate") == 0, "a copyright line is boilerplate even in the thread");

	s = "Friday, January 4, 2019\xc2\xa0\n\n\nAn apartment building collapsed.\n";
	free(layout(s, "Some title"));
	ok(strcmp(role_of(s, "Friday"), "dateline") == 0, "a weekday date is a dateline");
	ok(strcmp(role_of(s, "An apartment"), "body") == 0, "body after a dateline");

	s = "Some Title Here\n\nA first paragraph that is prose.\n\nMore prose here.\n";
	free(layout(s, "Some title here"));
	ok(strcmp(role_of(s, "Some Title"), "title") == 0, "a paragraph equal to the known title is a title");

	s = "Short Headline Here\n\nBy John Smith\n\nProse follows here.\n";
	free(layout(s, NULL));
	ok(strcmp(role_of(s, "By John"), "byline") == 0, "a By line is a byline");

	s = "Title Of The Piece\n\nIt is also written in the document\n\nProse.\n";
	free(layout(s, NULL));
	ok(strcmp(role_of(s, "It is also"), "body") == 0, "a short line starting with a pronoun is not a heading");

	s = "MAYSVILLE, KENTUCKY, MONDAY, JUNE 5, 1916.\n\nProse follows. More.\n";
	free(layout(s, NULL));
	ok(strcmp(role_of(s, "MAYSVILLE"), "dateline") == 0, "a place and a date is a dateline");

	s = "Headline Words Here\n\nProse follows. More.\n\n17 visualizzazioni0 commenti\n\nbottom of page\n";
	free(layout(s, NULL));
	ok(strcmp(role_of(s, "17 vis"), "boilerplate") == 0, "a glued view/comment counter is boilerplate");
	ok(strcmp(role_of(s, "bottom of"), "boilerplate") == 0, "bottom of page is boilerplate");

	s = "Headline Words Here\n\nProse follows. More.\n\nAnna from Frozen\n\nImage: Paul Budd.\n";
	free(layout(s, NULL));
	ok(strcmp(role_of(s, "Image:"), "caption") == 0, "a bare credit is a caption");
	ok(strcmp(role_of(s, "Anna"), "caption") == 0, "the line above a bare credit is its caption");

	s = "Headline Words Here\n\nProse follows. More.\n\n1. The first item\n\n2) The second item\n";
	free(layout(s, NULL));
	ok(strcmp(role_of(s, "1. The"), "body") == 0 &&
	    strcmp(role_of(s, "2) The"), "body") == 0, "numbered list items are body, not headings");

	s = "Headline Words Here\n\nUpdated 5:30 PM ET, Mon June 5, 2023\n\nProse. More.\n\n"
	    "Read more: How cities prepare for floods\n";
	free(layout(s, NULL));
	ok(strcmp(role_of(s, "Updated"), "dateline") == 0, "an Updated time and date is a dateline");
	ok(strcmp(role_of(s, "Read more"), "boilerplate") == 0, "a Read more: link is boilerplate");

	roles_are("a date then \"by\" and a name is a dateline; a name \"in\" a "
	    "place after the title is the byline; an Image caption line is a caption",
	    "Posted on 2019-03-04 by admin\n\nCouncil approves a new park\n\n"
	    "Tom Phillips in Rio de Janeiro\n\n"
	    "Image caption Workers on the site on Sunday\n\n" PROSE,
	    "Posted=dateline", "Tom=byline", "Image caption=caption", NULL);
	roles_are("a masthead linking home and a run of menu items before the "
	    "article are boilerplate; the headline after them is the title",
	    "BBC Homepage\n\nNews\n\nSport\n\nWeather\n\n"
	    "Council approves a new park\n\n" PROSE,
	    "BBC=boilerplate", "Sport=boilerplate", "Council=title", NULL);
	roles_are("a title-like line with a menu after it gives way to the "
	    "headline after the menu",
	    "Site Name Here\n\nNews\n\nSport\n\nWeather\n\n"
	    "Council approves a new park\n\n" PROSE,
	    "Site Name=boilerplate", "Council=title", NULL);
	roles_are("the site's name repeated after its menu is not the title; a "
	    "date, an author and a comment count, and a date glued to its "
	    "repeat, are datelines",
	    "Notes from the Field\n\nHome\n\nArchive\n\nAbout\n\n"
	    "Notes from the Field\n\nEngineer killed at the station\n\n"
	    "June 20, 2019 admin 5 Comments\n\n"
	    "Published On 21 Feb 201921 Feb 2019\n\n" PROSE,
	    "Engineer=title", "Notes from the Field\n\nEng=boilerplate",
	    "June 20=dateline", "Published On=dateline", NULL);
	roles_are("a bulleted list item is not a title",
	    "* Home\n\n* Place an Ad\n\n* News\n\nCouncil approves a new park\n\n"
	    "You are the owner of this article.\n\n" PROSE,
	    "* Place=heading", "Council=title", NULL);
	roles_are("a short notice before the headline does not start the body",
	    "You are the owner of this article.\n\nCouncil approves a new park\n\n"
	    PROSE, "Council=title", NULL);
	check("a lower-case \"by\" line under a headline is a byline of its own",
	    "Lost sub found near Okinawa\nby J. Carter on November 13, 2019\n", NULL,
	    "title:Lost sub found near Okinawa|dateline:by J. Carter on November 13, 2019");
	roles_are("under a list head, another story's headline is not the "
	    "title; the one above the byline is",
	    "Most Read\n\nShutdown talks collapse as both sides dig in\n\n"
	    "Council approves a new park on the old factory site\n\n"
	    "By Jane Smith\n\n" PROSE,
	    "Shutdown=boilerplate", "Council=title", NULL);
	roles_are("the headline right above the byline, past a section name, "
	    "wins over an earlier one",
	    "Shutdown talks collapse as both sides dig in\n\nPOLITICS\n\n"
	    "Council approves a new park on the old factory site\n\n"
	    "By Jane Smith\n\n" PROSE,
	    "Council=title", "Shutdown=boilerplate", NULL);
	roles_are("a standfirst between headline and byline is not the title",
	    "Council approves a new park\n\n"
	    "The vote follows months of argument over the site\n\n"
	    "By Jane Smith\n\n" PROSE, "Council=title", NULL);
	roles_are("a cookie banner and a weather widget are boilerplate; the "
	    "headline after them is the title",
	    "We use cookies to give you a better browsing experience on our "
	    "site and to show you ads.\n\n"
	    "Salt Lake City, UT\n\n35\xc2\xb0" "F\n\nPartly Cloudy\n\n"
	    "Council approves a new park\n\n" PROSE,
	    "We use=boilerplate", "Salt=boilerplate", "35=boilerplate",
	    "Partly=boilerplate", "Council=title", NULL);
	roles_are("a lone slogan before a site menu does not start the body",
	    "Connecting decision makers to a dynamic network of information, "
	    "people and ideas.\n\nMarkets\n\nIndustries\n\nPolitics\n\n"
	    "Council approves a new park\n\n" PROSE,
	    "Connecting=boilerplate", "Council=title", NULL);
	roles_are("a relative time is boilerplate, and a list of headlines goes "
	    "on past it; a time zone spelt out is part of a dateline",
	    "Top stories\n\n"
	    "Central bank leaves rates on hold and signals caution\n\n"
	    "5 hours ago\n\nStriking nurses turn down latest pay offer\n\n"
	    "6h ago\n\nCouncil approves a new park on the old factory site\n\n"
	    "May 19, 2019 08:49 AM Eastern Daylight Time\n\n" PROSE,
	    "5 hours=boilerplate", "Striking=boilerplate", "Council=title",
	    "May 19=dateline", NULL);
	roles_are("a row of menu items on one line is boilerplate, not the title",
	    "Home About Archive Authors Newsletter Podcast Contact RSS "
	    "Membership Twitter Facebook Sign in\n\n"
	    "Council approves a new park on the old factory site\n\n" PROSE,
	    "Home About=boilerplate", "Council=title", NULL);
	roles_are("the headline above the standfirst above the dateline wins "
	    "over a series name above a section name",
	    "Being Black in Canada\n\nMore\n\nCanada\n\n"
	    "Council approves a new park on the old factory site\n\n"
	    "It is the biggest change to the town centre in fifty years.\n\n"
	    "CBC News \xc2\xb7 Posted: Jan 16, 2019 12:43 PM ET\n\n" PROSE,
	    "Council=title", "Being=boilerplate", NULL);

	roles_are("a byline with the date after the name is a dateline; a "
	    "headline with the site's name gives way to the same without it; "
	    "a reader view's Title: line and a paywall notice are boilerplate",
	    "Title: Council approves a new park - The Daily | Reader\n\n"
	    "Continue reading the main story\n\n"
	    "Council approves a new park - The Daily\n\n"
	    "Council approves a new park\n\n"
	    "By Helen Tsai Jan 04, 2019 10:18 PM\n\n" PROSE,
	    "Title:=boilerplate", "Continue=boilerplate",
	    "park - The Daily\n\nCouncil=boilerplate",
	    "park\n\nBy=title", "By Helen=dateline", NULL);

	roles_are("without byline or date, the headline right above the "
	    "body, past a section name, wins over an earlier one",
	    "Shutdown talks collapse as both sides dig in\n\nPOLITICS\n\n"
	    "Council approves a new park on the old factory site\n\n" PROSE,
	    "Council=title", "Shutdown=boilerplate", NULL);

	roles_are("a link alone and a short line that does not begin as a "
	    "sentence do not start the body; a byline right after the "
	    "standfirst is a byline",
	    "https://www.example.com/news/council-approves-park\n\n"
	    "report bug or abuse\n\nCouncil approves a new park\n\n"
	    "Residents say the town has waited long enough\n\n"
	    "By Sam Adeyemi, Trends Reporter\n\n" PROSE,
	    "https=boilerplate", "report=body", "Council=title",
	    "By Sam=byline", NULL);

	roles_are("a Markdown heading can be the title; a caption ending in "
	    "its credit in brackets, \"Just now\", a reading time and "
	    "\"Email icon\" are not",
	    "Email icon\n\nJust now\n\n# Council approves a new park\n\n"
	    "5 mins to read\n\n"
	    "Volunteers clear debris from a street (Twitter)\n\n" PROSE,
	    "Email=boilerplate", "Just=boilerplate", "# Council=title",
	    "5 mins=boilerplate", "Volunteers=caption", NULL);

	furniture_add(&site, "Independent local journalism since 1887", 39);
	furniture_add(&site, "Council approves new budget for harbour repairs", 47);
	furniture_add(&site, "Mara  Ellison", 13);
	roles_are("a line the site repeats is boilerplate, never the title; "
	    "an author's name under the headline stays a byline",
	    "Independent local journalism since 1887\n\n"
	    "Council approves new budget for harbour repairs\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Mara Ellison\n\n" PROSE,
	    "Independent=boilerplate", "Council=boilerplate", "Ferry=title",
	    "Mara=byline", NULL);
	roles_are("without the site's lines, the slogan is taken for the "
	    "title (the case the lines are for)",
	    "Independent local journalism since 1887\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Photo: a ferry in the bay\n\nMore news\n\n" PROSE,
	    "Independent=boilerplate", "Ferry=title", NULL);
	furniture_free(&site);
	roles_are("(the same page knowing no line of the site)",
	    "Independent local journalism since 1887\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Photo: a ferry in the bay\n\nMore news\n\n" PROSE,
	    "Independent=title", NULL);

	furniture_add(&site, PROSE, strlen(PROSE));
	furniture_add(&site, "Wind farm approved despite objections", 38);
	roles_are("a page whose prose the site's lines hold is a copy of a "
	    "story (on five sites), and its lines are the article's",
	    "Wind farm approved despite objections\n\n" PROSE,
	    "Wind=title", NULL);
	furniture_free(&site);

	roles_are("\"An hour ago\" and \"Updated at 11:02 pm\" are page "
	    "furniture; a section's name before a date is a dateline",
	    "An hour ago\n\nUpdated at 11:02 pm\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Economy Sep 4, 2019 4:58 PM EDT\n\n" PROSE,
	    "An hour=boilerplate", "Updated=boilerplate", "Ferry=title",
	    "Economy=dateline", NULL);
	roles_are("a section's label in capitals right above the headline "
	    "that the byline follows is its kicker; a print edition's date "
	    "and page is a dateline",
	    "ISRAEL & THE REGION\n\n"
	    "Bombs kill at least 20 at cathedral in Mindanao\n\n"
	    "By HADAR NAVEH\n\nMon, May 06, 2019 - Page 3\n\n" PROSE,
	    "ISRAEL=boilerplate", "Bombs=title", "Mon, May=dateline", NULL);
	roles_are("the page's <title> line, \"Headline | Section | Site\", "
	    "gives way to the headline itself further down",
	    "State-run bus crashes in Cuba, killing seven | News | The Times\n\n"
	    "Subscribe now\n\nState-run bus crashes in Cuba, killing seven\n\n"
	    "Crews work at the scene of the crash on Sunday.\n\n" PROSE,
	    "| News=boilerplate", "killing seven\n\nCrews=title", NULL);
	roles_are("an e-mail's header lines are not the article's; its Sent: "
	    "line is the dateline; a date may end in the site's name",
	    "From: The Week <newsletters@theweek.com>\n"
	    "Sent: Friday, January 4, 2019 6:12 PM\n"
	    "Subject: Your morning briefing\n\n"
	    "Storm floods the coast road\n\n"
	    "February 11 2019, 12:01am, The Times\n\n" PROSE,
	    "From:=boilerplate", "Sent:=dateline", "Subject:=boilerplate",
	    "Storm=title", "February=dateline", NULL);
	roles_are("paywall prompts and a newsletter's \"view it online\" line "
	    "are notices, not headlines",
	    "Scroll to continue reading\n\nUnlimited digital access for $1\n\n"
	    "Having trouble viewing this email? View it online\n\n"
	    "Ferry timetable changes anger island commuters\n\n" PROSE,
	    "Scroll=boilerplate", "Unlimited=boilerplate",
	    "Having=boilerplate", "Ferry=title", NULL);
	roles_are("a sign-in prompt is a notice: the headline after it is "
	    "the title, and \"By\" under the standfirst the byline",
	    "Sign in to continue reading, it's free.\n\nAllow\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Islanders say the new sailings leave them stranded after "
	    "dark, and the council has been asked to step in.\n"
	    "By MARA ELLISON\n\n" PROSE,
	    "Sign in=boilerplate", "Ferry=title", "By MARA=byline", NULL);
	roles_are("(but a 1916 headline \"Register to Get His Name.\" is "
	    "none)",
	    "Ferry timetable changes anger island commuters\n\n" PROSE
	    "\nRegister to Get His Name.\n\n" PROSE,
	    "Register=body", NULL);
	roles_are("the headline, its author, agency and place, then the date: "
	    "those three short lines were not a menu after the site's name",
	    "Ferry timetable changes anger island commuters again\n"
	    "Ana Petrova\nBIRN\nZagreb\nJanuary 4, 2019\n"
	    "Islanders say the new sailings leave them stranded after dark\n"
	    PROSE,
	    "Ferry=title", "Ana=byline", "January=dateline", NULL);
	roles_are("a menu of many items run together, some of several words "
	    "or in another script, or wrapped with bars, is the site's",
	    "Independent News From Russia \xd0\xa0\xd1\x83\xd1\x81\xd1\x81"
	    "\xd0\xba\xd0\xb0\xd1\x8f \xd0\xb2\xd0\xb5\xd1\x80\xd1\x81"
	    "\xd0\xb8\xd1\x8f Search News Opinion Business Arts and Life "
	    "Meanwhile Climate Multimedia Russia Explained News\n\n"
	    "   The Moscow Times | Independent News From Russia | Search\n"
	    "   | Opinion | Business | Arts and Life | Meanwhile | Ukraine War |"
	    " Climate |\n   Podcasts | Newsletters | Multimedia\n\n"
	    "Ferry timetable changes anger island commuters\n\n" PROSE,
	    "Independent=boilerplate", "Moscow=boilerplate", "Ferry=title",
	    NULL);
	roles_are("a long menu row may hold a full stop inside a name "
	    "(\"Hill.TV\"); a deck of headlines with full stops is no menu",
	    "The Hill Subscribe Events Hill.TV News Opinion Latino Congress "
	    "Blog Campaign Senate Regulation Defense Energy\n\n"
	    "Ferry timetable changes anger island commuters\n\n" PROSE
	    "\nItalians Push Their Offensive Movement in Trentino and Advance "
	    "Between the Adige and Brenta Rivers. Enemy Masses Halted\n\n"
	    PROSE,
	    "Hill.TV=boilerplate", "Ferry=title", "Italians=body", NULL);
	roles_are("(a long headline in title case with its small words is no "
	    "menu)",
	    "Island Ferry Timetable Changes Anger Commuters in the North as "
	    "Council Cuts Winter Sailings to the Mainland\n\n" PROSE,
	    "Island=title", NULL);
	roles_are("a date with a reading time, or as an item after a black "
	    "circle, is a dateline",
	    "Ferry timetable changes anger island commuters\n\n"
	    "Cairo, Egypt \xe2\x97\x8f Wed, January 23, 2019\n\n"
	    "January 24, 2019 10:46 PM 3 min read\n\n" PROSE,
	    "Cairo=dateline", "January 24=dateline", NULL);
	roles_are("the page's <title> first, then menus, then the same "
	    "headline: the headline is the title",
	    "Ferry timetable changes anger island commuters\n"
	    "Ridgefield, CT\nSign up\nSearch\nLocal News\nSchools\n"
	    "Obituaries\nEvents\n"
	    "Ferry timetable changes anger island commuters\n"
	    "Patch Staff\nPosted Fri, Feb 1, 2019 at 9:26 am ET\n" PROSE,
	    "Patch=byline", NULL);
	ok(strcmp(role_names[ps.v[0].role], "boilerplate") == 0 &&
	    strcmp(role_names[ps.v[8].role], "title") == 0,
	    "(the first copy boilerplate, the second the title)");
	roles_are("(a site's name at the top and again under the menu stays "
	    "the site's)",
	    "The Daily Planet\nNews\nSport\nWeather\nThe Daily Planet\n"
	    "Ferry timetable changes anger island commuters\n\n" PROSE,
	    "Ferry=title", NULL);
	roles_are("\"You are here:\" labels the breadcrumb under the site's "
	    "slogan; it does not begin the article, whose headline above its "
	    "byline is the title",
	    "Lakeshore Weekly\n\nYour region, every day\n\n"
	    "Home \xc2\xb7 Politics \xc2\xb7 Economy \xc2\xb7 Sport\n\n"
	    "You are here:\n\nHome\n\nInternational\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Written by A. Novak\n\n"
	    "Published: Saturday, 02 February 2019 09:29\n\n" PROSE,
	    "Ferry=title", "Your region=boilerplate", "Written=byline", NULL);
	roles_are("\"Published at :\" leads a dateline, and a source's name "
	    "may come before \"Published:\"",
	    "Ferry timetable changes anger island commuters\n\n"
	    "Published at : January 16, 2019\n\n"
	    "Source:Xinhua Published: 2019/2/11 05:22:10\n\n" PROSE,
	    "Published at=dateline", "Source=dateline", NULL);
	roles_are("no title yet and no prose before the byline and date, only "
	    "icons' text: the headline above the author is the title",
	    "Business Insider\n\nFacebook Icon\n\nThe letter F.\n\n"
	    "Twitter icon\n\nA stylized bird with an open mouth, tweeting.\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Kelsey Tran\n\nStaff Reporter\n\n"
	    "Jan. 24, 2019, 11:33 PM\n\n" PROSE,
	    "Ferry=title", "Jan. 24=dateline", NULL);
	roles_are("datelines: a UTC offset after GMT, a source's name before "
	    "\"Published:\", \"translated by\" before the date, a source "
	    "and a date between dashes, a section after the date",
	    "Ferry timetable changes anger island commuters\n\n"
	    "January 4th 2019 at 02:05:50 GMT +0300\n\n"
	    "| The Associated Press Published: February 17, 2019\n\n"
	    "By Lukas Hofer | EURACTIV.de | translated by Daniel Eck "
	    "Feb 21, 2019\n\n"
	    "- Associated Press - Saturday, August 24, 2019\n\n"
	    "By AFP     May 6, 2019 in Environment\n\n" PROSE,
	    "January 4th=dateline", "The Associated=dateline",
	    "Lukas=dateline", "- Associated=dateline", "By AFP=dateline", NULL);
	roles_are("(a stock index's value is no date, nor a headline with a "
	    "date after a dash, nor \"June 26 in Louisville.\")",
	    "Nikkei 225\n\n20092.72\n\n"
	    "Fire kills five - Saturday, August 24, 2019\n\n" PROSE
	    "\nJune 26 in Louisville.\n\n" PROSE,
	    "20092=boilerplate", "Fire kills=title", "June 26=body", NULL);
	roles_are("a news reader's source line (\"reuters.com - Name \xe2\x80\xa2 "
	    "1h\") under a headline is not joined to it",
	    "Flipped into News to Know by Sam Ferris\nReuters\n"
	    "Dozens dead in California boat fire\n"
	    "reuters.com - Kwame Asante \xe2\x80\xa2 1h\n"
	    "Sep 4, 2019 at 3:19 PM\n" PROSE,
	    "Dozens=title", NULL);
	s = layout("Dozens dead in California boat fire\n"
	    "reuters.com - Kwame Asante \xe2\x80\xa2 1h\n" PROSE, NULL);
	ok(strstr(s, "title:Dozens dead in California boat fire|") != NULL,
	    "(the headline alone is the title)");
	free(s);
	roles_are("a consent banner above the article is the site's, its "
	    "heading too; an article about cookies is not",
	    "Manage consent\n\nWe and our 158 vendors store and read "
	    "information on your device, such as IDs in cookies.\n\n"
	    "Agree\n\nAccept essential only\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "By Mara Ellison\n\n" PROSE
	    "\nBakers say the cookies sold out on the site of the fair "
	    "within an hour, and asked for more.\n",
	    "Manage=boilerplate", "We and our=boilerplate", "Ferry=title",
	    "Bakers=body", NULL);
	roles_are("(past a ticker's line, the byline above the date is not "
	    "taken for the headline)",
	    "S&P 500 2558.14 +0.87% Nasdaq 7164.86 +1.1% Dow 22980.87\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "By AFP - Agence France Presse\n\n"
	    "Feb 01, 2019 5:13 AM ET\n\n" PROSE,
	    "Ferry=title", NULL);
	roles_are("a row of links from lynx -dump, each with its number, is "
	    "the site's navigation",
	    "[1]Stars and Stripes \xc2\xb7 [2]Search \xc2\xb7 [3]Veterans "
	    "\xc2\xb7 [4]Opinion \xc2\xb7 [5]Pacific\n\n"
	    "Ferry timetable changes anger island commuters\n\n" PROSE,
	    "[1]Stars=boilerplate", "Ferry=title", NULL);
	roles_are("a caption may end in a longer credit, with the agency among "
	    "its words; a page's \"(Continued on Fifth Pa.)\" is no credit",
	    "Rescuers search the wreckage with sniffer dogs ( Arif Hudaverdi "
	    "Yaman - Anadolu Agency )\n\n"
	    "Demonstrators hold placards outside the ministry (Handout via "
	    "Reuters)\n\n"
	    "Ferry timetable changes anger island commuters\n\n" PROSE
	    "\n\"We hold the immediate surround- (Continued on Fifth Pa.)\n\n"
	    PROSE,
	    "Rescuers=caption", "Demonstrators=caption", "Ferry=title",
	    "We hold=body", NULL);
	s = layout("Kennedy assassin stabbed in California prison\n"
	    "submitted 13 hours ago by mrspeakerman\n" PROSE, NULL);
	ok(strstr(s, "title:Kennedy assassin stabbed in California prison|")
	    != NULL, "a forum's \"submitted 13 hours ago by name\" line is not "
	    "joined to the headline above it");
	free(s);
	roles_are("the headline, then a standfirst without a full stop right "
	    "above the byline: the headline is the title",
	    "National Review Subscribe Menu Politics & Policy Culture Law & "
	    "the Courts Podcasts Events Newsletters Books, Arts & Manners\n\n"
	    "Most Popular\n\n1\n\n  \xe2\x80\xa2 Dock workers end strike "
	    "after pension deal\n\n2\n\n  \xe2\x80\xa2 Six rescued after "
	    "fishing boat capsizes in heavy swell\n\nWorld\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Opponents vowed to fight the decision\nBy NATALIE VOSS\n"
	    "August 4, 2019 12:30 PM\n\n" PROSE,
	    "Ferry=title", "Opponents=heading", NULL);
	roles_are("a date with an icon's name before the reading time, and "
	    "\"This content was published on\" before the date, are datelines; "
	    "a sentence saying when a report was updated is not",
	    "Ferry timetable changes anger island commuters\n\n"
	    "Wed.,  Sept. 25, 2019 timer6 min read\n\n"
	    "This content was published on October 16, 2019 - 01:46\n\n"
	    "15 January 2019 Last updated at 04:17 GMT\n\n" PROSE
	    "\nThe report was updated on March 4, 2019.\n\n" PROSE,
	    "Wed.=dateline", "This content=dateline", "15 January=dateline",
	    "The report=body", NULL);
	roles_are("under a heading about cookies, the banner's text is the "
	    "site's even without the word; a four-word site's name gives way to "
	    "a long headline under it",
	    "Cookies and your privacy\n\nChoose \"Accept\" to allow all of "
	    "this, or \"Customise\" to pick which purposes you agree to.\n\n"
	    "Customise\n\nThe Salt Lake Tribune\n\n"
	    "Sixteen states sue the president to stop the declaration of "
	    "emergency\n\nThe Salt Lake Tribune \xc2\xb7 2h\n\n"
	    "Feb 21 2019 2:10 PM ET\n\n" PROSE,
	    "Cookies=boilerplate", "Choose=boilerplate", "Sixteen=title", NULL);
	roles_are("a browser's print header (the day printed, then the page's "
	    "title) is the site's; the article's date in digits is a dateline",
	    "8/11/19, 5:21 PM   Ferry timetable changes anger island\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "1/4/2019, 6:12 PM\n\n" PROSE,
	    "8/11/19=boilerplate", "Ferry timetable changes anger island "
	    "commuters=title", "1/4/2019=dateline", NULL);
	roles_are("lynx -dump's link numbers: a menu row run together, a "
	    "row of items in a script without capitals, a bulleted item",
	    "[1]Subscribe [2]Sign In [3]News [4]Breaking News [5]World "
	    "[6]Business [7]Opinion [8]Property [9]Motors [10]Podcasts\n\n"
	    "[1]\xe0\xa4\xb9\xe0\xa4\xbf\xe0\xa4\x82\xe0\xa4\xa6\xe0\xa5"
	    "\x80 \xc2\xb7 [2]Subscribe \xc2\xb7 [3]Governance \xc2\xb7 "
	    "[4]Defence\n\n"
	    "   * [7]Japan News\n   * [8]Politics\n   * [9]Business\n\n"
	    "Can we use cookies?\n\nStrictly necessary cookies are always "
	    "on.\n\n"
	    "Ferry timetable changes anger island commuters\n\n" PROSE,
	    "[1]Subscribe=boilerplate", "[2]Subscribe \xc2\xb7=boilerplate",
	    "[8]Politics=boilerplate", "Strictly=boilerplate", "Ferry=title",
	    NULL);
	roles_are("an e-mail forward: the forwarder's note and signature, "
	    "the forward's subject and the senders' addresses are the "
	    "mail's; the article is what was forwarded",
	    "From: Bea Hollins <bea.hollins@example.com>\n"
	    "Sent: Sunday, February 16, 2020 10:07 PM\n"
	    "Subject: Fw: Ferry timetable changes anger island commuters\n\n"
	    "Interesting one below.\n\n-- \nBea Hollins\n\n"
	    "---------- Forwarded message ---------\n"
	    "From: Island News <news@example.com>\n"
	    "Date: Mon, Dec 30, 2019 at 11:46 AM\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Reuters\nMonday, December 30th, 2019\n\n" PROSE,
	    "Sent:=boilerplate", "Interesting=boilerplate",
	    "Bea Hollins\n\n=boilerplate", "---------- Forwarded=boilerplate",
	    "Ferry timetable changes anger island commuters\n\nReuters=title",
	    "Monday, December=dateline", NULL);
	roles_are("a read-later app's reading time and word count is a counter",
	    "2 mins (436 words)\n\n"
	    "Ferry timetable changes anger island commuters\n\n" PROSE,
	    "2 mins=boilerplate", "Ferry=title", NULL);
	roles_are("a list of other stories ends at a section's label: the "
	    "headline after it, above its standfirst and byline, is the title",
	    "Breaking News\n\n"
	    "County executive unveils plan to freeze property taxes\n\n"
	    "NATION & WORLD\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Islanders say the new sailings leave them stranded after dark\n"
	    "By Dana Nguyen and Jake Dyer\n"
	    "Updated 9:09 pm CDT, Tuesday, July 23, 2019\n\n" PROSE,
	    "County=boilerplate", "Ferry=title", NULL);
	roles_are("\"Must Read\", \"Editor's Choice\", \"Popular posts\": "
	    "heads of lists of other stories",
	    "Must Read\n\nCommuter rail service suspended after signal "
	    "fire\n\nPipeline company fined over spill near wetlands\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "By Mara Ellison\n\n" PROSE,
	    "Must=boilerplate", "Commuter=boilerplate", "Ferry=title", NULL);
	roles_are("a ticker's name above its value is no headline",
	    "Sensex\n\n35,832.64\n\nNifty 50\n\n10,633.31\n\n"
	    "-119.79 (-0.20%)\n\n"
	    "Ferry timetable changes anger island commuters\n\n" PROSE,
	    "Nifty=boilerplate", "Ferry=title", NULL);
	roles_are("an agency and a place before the date, after commas, is a "
	    "dateline; so is a 1916 paper's place and date",
	    "Ferry timetable changes anger island commuters\n\n"
	    "IANS, Beijing, AUG 08 2019, 11:43 IST\n\n" PROSE
	    "\nST. JOHNS, APACHE COUNTY, ARIZONA, JUNE 8, 1916\n\n" PROSE,
	    "IANS=dateline", "ST. JOHNS=dateline", NULL);
	roles_are("no prose before the dateline: the headline is the first of "
	    "two headline-like lines above it, past a lower-case \"by\" line",
	    "You've read 2 of 5 free articles this month.\n\nGlobal News\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Opponents vowed to fight the decision\n\n"
	    "by Associated Press\n\nOctober 29, 2019\n\n" PROSE,
	    "Ferry=title", "Opponents=heading", NULL);
	roles_are("a photo's credit after a copyright sign makes a caption; "
	    "the page's \"\xc2\xa9 2019 Site\" and OCR noise do not",
	    "Mourners lay flowers at a makeshift memorial \xc2\xa9 Kenji "
	    "Araki/Kyodo\n\n"
	    "Ferry timetable changes anger island commuters\n\n" PROSE
	    "\nThree Days of Conferences .D\xc2\xa9 Not Clear Political "
	    "Situation.\n\n" PROSE,
	    "Mourners=caption", "Ferry=title", "Three Days=body", NULL);
	roles_are("a consent banner that names the reader's device and the "
	    "site's partners, not cookies, is the site's",
	    "A note on your privacy\n\nWe and 226 partners store or access "
	    "information on your device for ads, content and measurement.\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "By Mara Ellison\n\n" PROSE,
	    "A note=boilerplate", "We and=boilerplate", "Ferry=title", NULL);
	roles_are("a few words with a number (a surf report) are not the "
	    "title when a headline follows",
	    "Surf\n\nNorth Shore 3-6 ft\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "ASSOCIATED PRESS\n\nBy Sheila Tamashiro\n\n"
	    "Posted October 27, 2019\n\n" PROSE,
	    "Ferry=title", NULL);
	roles_are("a banner's short heading, its text about consent or ads and "
	    "its buttons are the site's; a headline with a standfirst about "
	    "privacy is not",
	    "Ad blocker detected\n\nAdvertising helps fund our reporting.\n\n"
	    "Turn off ad blocker\n\nI've allowed ads\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "By Mara Ellison\n\n" PROSE,
	    "Ad blocker=boilerplate", "Advertising=boilerplate", "Ferry=title",
	    NULL);
	roles_are("(a headline with a standfirst about privacy is not)",
	    "Regulator fines social network over data leak\n\n"
	    "The regulator said the site failed to protect its users' "
	    "privacy for years.\n\nBy Mara Ellison\n\n" PROSE,
	    "Regulator=title", NULL);
	roles_are("a date followed by counts and a page template's unfilled "
	    "placeholder is a dateline",
	    "Ferry timetable changes anger island commuters\n\n"
	    "15 March 2019 10:10 pm - 29 - {{hitsCtrl.values.hits}}\n\n"
	    "23 October 2019 08:51 pm - 39 - 554\n\n" PROSE,
	    "15 March=dateline", "23 October=dateline", NULL);
	roles_are("captions with their credit after a full stop or a dash; "
	    "\"Story continues after the ad\"; a tide table; a row of lynx "
	    "links without separators",
	    "[1]The Post and Courier [2]postandcourier.com [3]Subscribe "
	    "[4]e-Edition\n\nHigh 2:26am \xc2\xb7 Low 1:34pm\n\n"
	    "Story continues after the ad\n\n"
	    "Workers repair power lines after the storm. AFP\n\n"
	    "Health workers unload boxes of vaccine \xe2\x80\x94 AFP\n\n"
	    "Shoppers pass a shuttered bank branch. Pic by Nimal Dayaratne\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "By Mara Ellison\n\n" PROSE
	    "\nThe report[1] was cited[2] by three courts[3] this year.\n",
	    "[1]The=boilerplate", "Story=boilerplate", "Workers=caption",
	    "Health=caption", "Shoppers=caption", "Ferry=title",
	    "The report=body", NULL);
	roles_are("a source with its site in brackets, then its date between "
	    "dashes, is a dateline",
	    "Ferry timetable changes anger island commuters\n\n"
	    "Angela Tolentino (Philstar.com) - January 16, 2019 - 3:03pm\n\n"
	    PROSE,
	    "Angela=dateline", NULL);
	roles_are("a byline with its date in digits is the dateline",
	    "Fur fans flock to the city for the weekend\n\n"
	    "BY MARISOL VEGA - 02/23/19 07:45 AM EST\n\n" PROSE,
	    "BY MARISOL=dateline", NULL);
	roles_are("a date with its time and any time zone in capitals is a "
	    "dateline",
	    "Bombs kill at least 20 at cathedral in Mindanao\n\n"
	    "Thursday, 16 May 2019 2:31 PM MYT\n\n" PROSE,
	    "Thursday=dateline", NULL);
	roles_are("(a headline in capitals with its deck is not a kicker and "
	    "its headline)",
	    "BARRY C. WILSON DIES\n\nSUDDENLY IN BOSTON fas Formerly a "
	    "Prominent\n\nBy A STAFF WRITER\n\n" PROSE,
	    "BARRY=title", NULL);
	roles_are("(a headline with a number and \"ago\" in it, or a word and "
	    "a date, is still one)",
	    "Ferry sank 30 years ago found off the point today\n\n"
	    "Brexit talks resume, March 29\n\n" PROSE,
	    "Ferry=title", "Brexit=heading", NULL);

	furniture_add(&site, "Ferry timetable changes anger island commuters", 46);
	furniture_add(&site, "Lifeboat crew rescues two kayakers", 34);
	roles_are("a headline the site repeats (its most-read box) is still "
	    "the title right above its byline",
	    "Most read\n\nLifeboat crew rescues two kayakers\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "By Mara Ellison\n\n" PROSE,
	    "Lifeboat=boilerplate", "By Mara=byline", NULL);
	ok(strcmp(role_names[ps.v[2].role], "boilerplate") == 0 &&
	    strcmp(role_names[ps.v[3].role], "title") == 0,
	    "(the box's copy boilerplate, the one above the byline the title)");
	furniture_free(&site);

	furniture_add(&site, "Ice storm leaves thousands without heat", 39);
	furniture_add(&site, "Train services resume after landslide", 37);
	furniture_add(&site, "World News", 10);
	roles_are("a promotion guessed for the title, the site's numbered "
	    "list of headlines, a section, then the headline above its "
	    "author's name and date: the headline is the title",
	    "Get 1 month free\n\nSubscribe\n\n1\n\n"
	    "Ice storm leaves thousands without heat\n\n2\n\n"
	    "Train services resume after landslide\n\nWorld News\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "Noa Ben-Ami\n\nJul 01, 2019 11:00 AM\n\n" PROSE,
	    "Ferry=title", "Get 1=boilerplate", "Jul 01=dateline", NULL);
	furniture_free(&site);

	furniture_add(&site, "News", 4);
	furniture_add(&site, "More Videos ...", 15);
	roles_are("a section's name the site repeats, above the headline "
	    "that the byline follows, marks the earlier guess as another "
	    "story's headline",
	    "Mayor promises crackdown on potholes\n\nNews\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "By Mara Ellison\n\n" PROSE,
	    "Ferry=title", "Mayor=boilerplate", NULL);
	roles_are("but a repeated line that is no heading (a video widget's) "
	    "does not",
	    "Mayor promises crackdown on potholes\n\nMore Videos ...\n\n"
	    "Ferry timetable changes anger island commuters\n\n"
	    "By Mara Ellison\n\n" PROSE,
	    "Mayor=title", NULL);
	furniture_free(&site);

	ok(role_from_name("comment", 7) == ROLE_COMMENT && role_from_name("foo", 3) == -1,
	    "role names map both ways");

	paras_free(&ps);
	return tap_done();
}
