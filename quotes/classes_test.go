package quotes

import (
	"strings"
	"testing"
)

// The classes of attribution failure seen on real news (issue 7, §3), each
// on article text written for this test.

func TestHonorificsBeforeNames(t *testing.T) {
	runCases(t, []extractCase{
		{"Mr. after", "Shipping\n\nErik Lindqvist runs the port authority.\n\n\"The harbour will reopen on Monday,\" Mr. Lindqvist said.\n",
			[]want{{"The harbour will reopen", "Erik Lindqvist"}}},
		{"Mr. without the full name", "Shipping\n\n\"The harbour will reopen on Monday,\" Mr. Lindqvist said.\n",
			[]want{{"The harbour will reopen", "Lindqvist"}}},
		{"said Ms.", "Schools\n\nAmara Okafor chairs the school board.\n\n\"Every child deserves a hot lunch,\" said Ms. Okafor.\n",
			[]want{{"Every child deserves", "Amara Okafor"}}},
		{"Rep.", "Budget\n\n\"This bill is dead on arrival,\" Rep. Dana Whitfield said on Tuesday.\n",
			[]want{{"This bill is dead", "Dana Whitfield"}}},
		{"Sen. then surname", "Budget\n\nSen. Marcus Ortega, a Democrat, opposed the measure. \"We cannot cut our way to growth,\" Sen. Ortega said.\n",
			[]want{{"We cannot cut our way", "Marcus Ortega"}}},
		{"Gov.", "Storm\n\n\"Stay off the roads tonight,\" Gov. Helen Brandt told reporters.\n",
			[]want{{"Stay off the roads", "Helen Brandt"}}},
		{"Dr.", "Health\n\n\"The vaccine is safe for children,\" said Dr. Priya Raman, a pediatrician.\n",
			[]want{{"The vaccine is safe", "Priya Raman"}}},
		{"the Rev.", "Vigil\n\n\"We pray for the families tonight,\" the Rev. Samuel Ayodele said at the vigil.\n",
			[]want{{"We pray for the families", "Samuel Ayodele"}}},
		{"AG in a headline", "Former AG Brandvold at RNC: Harlow email scandal disqualifies her.\n\nFormer Attorney General Michael Brandvold told delegates on Tuesday that the nominee should step aside.\n\n\"Nobody is above the law,\" Brandvold said.\n",
			[]want{{"Nobody is above the law", "Michael Brandvold"}}},
		{"DA", "Court\n\n\"We will retry the case,\" DA Lena Ortiz said.\n",
			[]want{{"We will retry the case", "Lena Ortiz"}}},
		{"Gen.", "Defence\n\nGen. Thomas Reyes commands the northern division. \"Our troops are ready,\" Gen. Reyes said.\n",
			[]want{{"Our troops are ready", "Thomas Reyes"}}},
	})
}

func TestSurnamesThatAreWords(t *testing.T) {
	runCases(t, []extractCase{
		{"King", "Vote\n\nCouncillor Angela King voted against the plan. \"It is the wrong plan,\" King said.\n",
			[]want{{"It is the wrong plan", "Angela King"}}},
		{"Good", "Vote\n\nMarcus Good leads the tenants' union. \"Rents are too high,\" said Good.\n",
			[]want{{"Rents are too high", "Marcus Good"}}},
		{"Baker and Young", "Race\n\nState Sen. Liz Baker and her rival, Tom Young, debated on Monday. \"I have the experience,\" Baker said. \"I have the ideas,\" Young replied.\n",
			[]want{{"I have the experience", "Liz Baker"}, {"I have the ideas", "Tom Young"}}},
		{"Price", "Energy\n\n\"Prices will keep rising,\" said Rebecca Price, an energy analyst.\n",
			[]want{{"Prices will keep rising", "Rebecca Price"}}},
		{"Bishop and Judge", "Court\n\nAttorney Carla Bishop represents the family. \"We will appeal,\" Bishop said after Judge Aaron Judge ruled.\n",
			[]want{{"We will appeal", "Carla Bishop"}}},
		{"Major and Rich", "Poll\n\n\"The numbers are clear,\" said pollster Denise Major. \"Voters want change,\" added Frank Rich, a strategist.\n",
			[]want{{"The numbers are clear", "Denise Major"}, {"Voters want change", "Frank Rich"}}},
	})
}

func TestNamesWithInitialsAndParticles(t *testing.T) {
	runCases(t, []extractCase{
		{"initials", "Ranch\n\n\"The drought took half the herd,\" said J. R. Hollis, a rancher.\n",
			[]want{{"The drought took", "J. R. Hollis"}}},
		{"de los after a two-word title", "Lawsuit\n\nDENVER (CP) — Colorado Attorney General Camila de los Santos sued the agency on Wednesday.\n\n\"This rule turns our rivers into a disposal system,\" de los Santos said at a news conference.\n\nDe los Santos rejected that comparison.\n\n\"Spraying a dirt road is not the same thing,\" she said.\n",
			[]want{{"This rule turns our rivers", "Camila de los Santos"}, {"Spraying a dirt road", "Camila de los Santos"}}},
		{"numerals in a stage name", "Music\n\n\"I wrote it in one night,\" Kareem 4X said of the song.\n",
			[]want{{"I wrote it in one night", "Kareem 4X"}}},
		{"suffix III", "Estate\n\nRaymond Hale III inherited the estate. \"My father built this,\" Hale said.\n",
			[]want{{"My father built this", "Raymond Hale III"}}},
		{"Jr. after", "March\n\n\"The time is always right to do what is right,\" said Martin Luther King Jr. in 1964.\n",
			[]want{{"The time is always right", "Martin Luther King Jr."}}},
		{"apostrophe and hyphen", "Hearing\n\n\"That is not what the law says,\" said Rep. Alexandria Ocasio-Cortez. \"We disagree,\" Kevin O'Malley said.\n",
			[]want{{"That is not what the law says", "Alexandria Ocasio-Cortez"}, {"We disagree", "Kevin O'Malley"}}},
		{"bin", "Riyadh\n\nCrown Prince Mohammed bin Salman received the delegation. \"The kingdom is open,\" bin Salman said.\n",
			[]want{{"The kingdom is open", "Mohammed bin Salman"}}},
	})
}

func TestRolesBeforeNames(t *testing.T) {
	runCases(t, []extractCase{
		{"a county office", "Recount\n\n\"Every ballot has now been looked at by human eyes,\" County Clerk and Recorder Bernice Abernathy-Cole said at a news conference.\n",
			[]want{{"Every ballot has now been looked at", "Bernice Abernathy-Cole"}}},
		{"a businessman opening the sentence", "Debate\n\nBusinessman J.T. Holloway III, the race's self-funder, used much of his time to promote his plan.\n\n\"It's the answer you're getting tonight,\" Holloway said.\n",
			[]want{{"It's the answer", "J.T. Holloway III"}}},
		{"goalkeeper", "Final\n\n\"I saw the ball late,\" goalkeeper Ilse Varga said.\n",
			[]want{{"I saw the ball late", "Ilse Varga"}}},
		{"psychologist", "Study\n\n\"Sleep matters more than diet,\" said psychologist Nadia Moor.\n",
			[]want{{"Sleep matters more", "Nadia Moor"}}},
		{"campaign chairman", "Campaign\n\n\"We are confident,\" campaign chairman John Poe told reporters.\n",
			[]want{{"We are confident", "John Poe"}}},
		{"Fed Chair", "Rates\n\n\"Inflation is coming down,\" Fed Chair Janet Ling said on Wednesday.\n",
			[]want{{"Inflation is coming down", "Janet Ling"}}},
		{"SEIU President", "Strike\n\n\"Our members deserve a raise,\" SEIU President Mary Hale said.\n",
			[]want{{"Our members deserve a raise", "Mary Hale"}}},
	})
}

func TestOrganisations(t *testing.T) {
	runCases(t, []extractCase{
		{"it, in the sentence of the organisation it stands for", "Storm\n\nIn rural Van Buren County, where every customer of the Ozark Valley Electric Cooperative was without power, County Judge Wendell Little said roads were blocked.\n\nThe cooperative said in a statement that it had called in 240 line workers but warned that some customers \"should prepare to be without power for a week or longer.\"\n",
			[]want{{"should prepare to be without power", "Ozark Valley Electric Cooperative"}}},
		{"a company whose name ends in Products", "Fire\n\nIn a statement Monday evening, Kessling Polymer Products said it was \"deeply grateful that all of our team members are safe.\"\n\n\"Our thoughts are with our three injured colleagues,\" the company said.\n\nStaff writer Anjali Deshpande contributed from Ridgeway General Hospital.\n",
			[]want{{"deeply grateful", "Kessling Polymer Products"}, {"Our thoughts are with", "Kessling Polymer Products"}}},
		{"a union named before the word union, and its office", "Steel\n\nThe United Metal and Foundry Workers union represents 4,000 workers at the mill.\n\nThe union's national office said in a statement that the tariffs were \"a long-overdue first step.\"\n",
			[]want{{"a long-overdue first step.", "United Metal and Foundry Workers"}}},
		{"a committee on what it deals with", "Ethics\n\nThe House Committee on Ethics concluded Thursday that Rep. Vincent Meer pressured his staff.\n\nIn a 94-page report, the committee said it had found \"substantial evidence\" of misconduct.\n",
			[]want{{"substantial evidence", "House Committee on Ethics"}}},
		{"lists that end in \"and the\" and without a connector after", "Ethics\n\nThe Coalition for Transparency, Accountability and the Public Trust said the report \"confirms what staff have been saying.\"\n\nThe Coalition for Safe Roads, Rested Drivers and Fair Pay said the agency \"ignored its own research.\"\n",
			[]want{{"confirms what staff have been saying.", "Coalition for Transparency, Accountability and the Public Trust"}, {"ignored its own research.", "Coalition for Safe Roads, Rested Drivers and Fair Pay"}}},
		{"a name that says what it is not", "Town hall\n\nIn a news release, Kansans for Health Care, Not Cuts called the town hall \"proof that Kansans are paying attention.\"\n",
			[]want{{"proof that Kansans are paying attention", "Kansans for Health Care, Not Cuts"}}},
		{"two plurals joined before \"of\"", "Hospital\n\nThe United Nurses and Allied Professionals of the Riverbend Valley, which represents 600 nurses, called the cuts \"reckless and dangerous.\"\n\n\"Closing the unit will cost lives,\" the union said.\n",
			[]want{{"reckless and dangerous.", "United Nurses and Allied Professionals of the Riverbend Valley"}, {"Closing the unit will cost lives", "United Nurses and Allied Professionals of the Riverbend Valley"}}},
		{"a list whose last member opens with \"Their\"", "Retirees\n\nThe American Federation of Retirees, Pensioners and Their Families announced it would spend $6 million on ads.\n\n\"Our members have paid into this system their entire working lives,\" the federation said.\n",
			[]want{{"Our members have paid", "American Federation of Retirees, Pensioners and Their Families"}}},
		{"a list after \"for a\"", "Shelter\n\nNeighbors for a Safe, Clean and Accountable Eastside opposed the plan from the start.\n\n\"The council has chosen to ignore the people who live here,\" the group said in a statement.\n",
			[]want{{"The council has chosen", "Neighbors for a Safe, Clean and Accountable Eastside"}}},
		{"lower-case words inside", "Port\n\n\"The channel is unsafe,\" the Union of Harbour Pilots said in a statement.\n",
			[]want{{"The channel is unsafe", "Union of Harbour Pilots"}}},
		{"a connector inside the name before a spokesman", "Highway\n\n\"We saw no crashes overnight,\" a Department of Public Safety spokesman said.\n",
			[]want{{"We saw no crashes", "Department of Public Safety"}}},
		{"the owner of a sign", "Highway\n\nOne Calder State Department of Transportation sign read, \"Speeding you are, arrested you will be.\"\n",
			[]want{{"Speeding you are", "Calder State Department of Transportation"}}},
		{"a brotherhood's local", "Layoffs\n\nIn a statement, the International Brotherhood of Warehouse and Freight Workers Local 417 called the closures \"a betrayal of the workers\" on Monday.\n",
			[]want{{"a betrayal of the workers", "International Brotherhood of Warehouse and Freight Workers Local 417"}}},
		{"union of a country", "Strike\n\n\"We will walk out on Friday,\" the Allied Dockworkers Union of Canada said.\n",
			[]want{{"We will walk out", "Allied Dockworkers Union of Canada"}}},
		{"the company", "Rail\n\nNorthwind Rail cancelled 40 trains on Monday. \"Safety comes first,\" the company said.\n",
			[]want{{"Safety comes first", "Northwind Rail"}}},
		{"a spokesperson of", "Rail\n\nNorthwind Rail cancelled 40 trains on Monday. \"Services will resume on Tuesday,\" a Northwind Rail spokesperson said.\n",
			[]want{{"Services will resume", "Northwind Rail"}}},
		{"the union", "Strike\n\nThe Allied Dockworkers Union voted to strike. \"Talks have failed,\" the union said.\n",
			[]want{{"Talks have failed", "Allied Dockworkers Union"}}},
		{"the council", "Parks\n\nThe Brookfield City Council closed the park. \"The trees are unsafe,\" the council said.\n",
			[]want{{"The trees are unsafe", "Brookfield City Council"}}},
		{"a plural before for", "Zoning\n\nIn a statement on Wednesday, Neighbors for Quiet Streets said the vote was \"a betrayal of the east side.\"\n",
			[]want{{"a betrayal of the east side", "Neighbors for Quiet Streets"}}},
		{"for and and at the start of a sentence", "Schools\n\nFamilies for Open Schools and Honest Budgets, which claims 900 members, called the plan \"a tax on children.\"\n",
			[]want{{"a tax on children", "Families for Open Schools and Honest Budgets"}}},
		{"of and and after The", "Outbreak\n\nThe state Department of Health and Human Services said it was \"tracing every contact\" at the clinic.\n",
			[]want{{"tracing every contact", "Department of Health and Human Services"}}},
		{"against, and and after it", "Protest\n\nThe Marlowe Coalition Against Hate and Fascism said the appearance was \"an invitation to harass students.\"\n\nThe protest was organized by the Marlowe Coalition Against Hate and Fascism, which said the appearance was \"a provocation.\"\n",
			[]want{{"an invitation to harass students", "Marlowe Coalition Against Hate and Fascism"}, {"a provocation", "Marlowe Coalition Against Hate and Fascism"}}},
		{"and before the word that makes it one", "Shops\n\nThe Old Town Retail and Restaurant Association said the closure was \"a loss for every shop on the block.\"\n",
			[]want{{"a loss for every shop", "Old Town Retail and Restaurant Association"}}},
		{"a federation as subject", "Budget\n\nThe National Federation of Transit Workers called the memo \"an insult to every driver.\"\n",
			[]want{{"an insult to every driver", "National Federation of Transit Workers"}}},
		{"a union local and the union", "Strike\n\n\"We want to retire with dignity,\" said Rosa Fenn, president of Bakery and Confectionery Workers Local 312.\n\nIn a statement, the union said the offer \"guts retiree health care.\"\n",
			[]want{{"We want to retire", "Rosa Fenn"}, {"guts retiree health care", "Bakery and Confectionery Workers Local 312"}}},
		{"Co. and the company", "Strike\n\nWorkers at Ashgrove Baking Co.'s plant walked out on Monday.\n\nIn a letter to employees, the company said it \"respects every choice.\"\n",
			[]want{{"respects every choice", "Ashgrove Baking Co."}}},
		{"The before a name is no part of it", "Fire\n\nThe American Red Cross said in a statement it was \"providing immediate assistance\" to 20 people.\n",
			[]want{{"providing immediate assistance", "Red Cross"}}},
		{"a division of a city", "Fire\n\nAccording to records from the city's Division of Housing Inspection, the building was cited for \"inoperable smoke detectors.\"\n",
			[]want{{"inoperable smoke detectors", "Division of Housing Inspection"}}},
		{"an unnamed one of a kind is nobody", "Tax\n\nOne Democratic representative from a swing district told the Wire: \"Nobody called us.\"\n",
			[]want{{"Nobody called us", ""}}},
		{"analysts at a firm speak for it", "Markets\n\nAnalysts at Beaumont Capital wrote that the chip tariffs were \"the most disruptive\" part of the package.\n",
			[]want{{"the most disruptive", "Beaumont Capital"}}},
		{"the patrol", "Crash\n\nThe Nebraska State Patrol closed the highway. The patrol said the lanes would stay closed \"until further notice.\"\n",
			[]want{{"until further notice", "Nebraska State Patrol"}}},
		{"the agency after an administration", "Flights\n\nThe Federal Aviation Administration capped arrivals on Saturday. The agency called the caps \"a precautionary step.\"\n",
			[]want{{"a precautionary step", "Federal Aviation Administration"}}},
		{"the final statement", "Summit\n\nNATO leaders met in Ankara. \"We stand together,\" NATO said on Tuesday.\n\nThe final statement, just five pages long, promised Ukraine \"sustained and predictable support.\"\n",
			[]want{{"We stand together", "NATO"}, {"sustained and predictable support", "NATO"}}},
		{"the historical society", "Obituary\n\nShe recorded an oral history for the Calloway Eastside Historical Society and Museum in 2009.\n\nThe historical society said she had been \"a living archive.\"\n",
			[]want{{"a living archive", "Calloway Eastside Historical Society and Museum"}}},
		{"an organisation in an apposition", "Ballot\n\nAnother opposition group, Mothers of the Shenandoah, said in a statement that it would call the measure \"a betrayal of women.\"\n",
			[]want{{"a betrayal of women", "Mothers of the Shenandoah"}}},
		{"which said", "Campus\n\nThe protest was organized by the Marlowe Coalition Against Hate, which said in a post that the talk was \"an invitation to harass students.\"\n",
			[]want{{"an invitation to harass students", "Marlowe Coalition Against Hate"}}},
		{"the union of employees", "Layoffs\n\nThe National Council of Housing Employees represents 5,200 workers. The union said the department \"failed to give notice.\"\n",
			[]want{{"failed to give notice", "National Council of Housing Employees"}}},
		{"the chamber", "Detour\n\nThe Westbrook Area Chamber of Commerce and Industry launched a campaign. \"Our merchants need their neighbors,\" the chamber said.\n",
			[]want{{"Our merchants need their neighbors", "Westbrook Area Chamber of Commerce and Industry"}}},
		{"for a", "Hearing\n\nThe Coalition for a Fair Judiciary said the nominee had \"auditioned by refusing to answer.\"\n",
			[]want{{"auditioned by refusing", "Coalition for a Fair Judiciary"}}},
		{"a spokesperson for a person", "Merger\n\nAttorney General Marcus Delacroix-Hill opened an inquiry in May. A spokesperson for Delacroix-Hill said the inquiry \"remains active.\"\n",
			[]want{{"remains active", "Marcus Delacroix-Hill"}}},
		{"a shipping company", "Tanker\n\nMeridian Blue Shipping, the company that operates the tanker, lost contact at dawn. \"Our first concern is the crew,\" the company said.\n",
			[]want{{"Our first concern is the crew", "Meridian Blue Shipping"}}},
		{"a document is no organisation's name", "Summit\n\nLeaders met in Ankara.\n\nThe final statement, just five pages long, promised \"sustained support.\"\n",
			[]want{{"sustained support", ""}}},
		{"of the", "River\n\n\"We will sue if the permit is granted,\" said Friends of the Millrace, a conservation group.\n",
			[]want{{"We will sue", "Friends of the Millrace"}}},
	})
}

func TestQuotationsContinueAfterLongAttributions(t *testing.T) {
	runCases(t, []extractCase{
		{"age and errand", "Youth centre\n\nAmara Okafor grew up on the estate.\n\n\"I never had a place like this,\" the 41-year-old Okafor said on Friday before opening a youth centre named after her mother. \"Now these kids do.\"\n",
			[]want{{"I never had a place like this", "Amara Okafor"}, {"Now these kids do", "Amara Okafor"}}},
		{"apposition and recounted", "Hearing\n\n\"We waited three hours,\" Elmer Soto, an adviser to the county, recounted at a hearing. \"Nobody came.\"\n",
			[]want{{"We waited three hours", "Elmer Soto"}, {"Nobody came", "Elmer Soto"}}},
		{"a phrase holding a list between the quotation and its speaker", "Flood\n\nGov. Margaret Holloway toured the levee on Sunday.\n\n\"If there had not been that rescue\" by the Coast Guard, the National Guard and dozens of neighbors, Holloway said on Monday, \"we would be counting the dead.\"\n",
			[]want{{"If there had not been that rescue", "Margaret Holloway"}, {"we would be counting the dead.", "Margaret Holloway"}}},
	})
}

func TestSpeechVerbsAndFrames(t *testing.T) {
	runCases(t, []extractCase{
		{"testified", "Hearing\n\n\"I was never told,\" Dana Kirk testified on Tuesday.\n", []want{{"I was never told", "Dana Kirk"}}},
		{"explained in an email", "School\n\n\"The bus route changed,\" Principal Ruth Adler explained in an email.\n", []want{{"The bus route changed", "Ruth Adler"}}},
		{"wrote in a memo", "Memo\n\nChief of staff Leon Park wrote in a memo that the office was \"badly understaffed\".\n", []want{{"badly understaffed", "Leon Park"}}},
		{"said in a statement", "Recall\n\n\"No injuries have been reported,\" Halvorsen Foods said in a statement.\n", []want{{"No injuries have been reported", "Halvorsen Foods"}}},
		{"told an outlet", "Race\n\n\"I am running to win,\" Carla Mendez told The Ledger.\n", []want{{"I am running to win", "Carla Mendez"}}},
		{"said by email", "Race\n\n\"We have no comment,\" campaign spokesman Eli Grant said by email.\n", []want{{"We have no comment", "Eli Grant"}}},
		{"in an interview", "Race\n\nIn an interview, Mayor Rosa Tan said the budget was \"balanced for the first time\".\n", []want{{"balanced for the first time", "Rosa Tan"}}},
		{"according to", "Storm\n\nThe storm was \"the worst in a decade,\" according to meteorologist Owen Blake.\n", []want{{"the worst in a decade", "Owen Blake"}}},
		{"asked", "Debate\n\n\"Where was the money spent?\" asked Councillor Ben Asher.\n", []want{{"Where was the money spent?", "Ben Asher"}}},
		{"argued", "Court\n\nDefense attorney Maya Lind argued that the search was \"plainly unconstitutional\".\n", []want{{"plainly unconstitutional", "Maya Lind"}}},
		{"asked by a moderator", "Debate\n\nSen. Alma Ruiz was asked by Channel 9 moderator Gerald Baines whether her plan would risk \"adding another expensive program to an overburdened budget.\"\n\nRuiz was asked by host Tom Kessler, who supports her, \"Now, you said you were tired of the emails, did you not?\"\n\nThe \"Fair Streets Initiative\" was called by the council to settle the matter.\n",
			[]want{{"adding another expensive program", "Gerald Baines"}, {"Now, you said you were tired", "Tom Kessler"}}},
		{"says X set off inside the sentence, well before the quotation", "Profile\n\n\"Few can match her,\" says Myra Gutin, a historian at Rider University.\n\nThe paradox of the mayor, says Carl Antonelli, historian at the Civic League, is that she was \"one of the most powerful mayors in the city's history.\"\n",
			[]want{{"Few can match her", "Myra Gutin"}, {"one of the most powerful mayors", "Carl Antonelli"}}},
		{"prayed", "Convention\n\nThe Rev. Ife Oyelaran-Baptiste of Greater Bethel AME Church closed the night with a prayer.\n\n\"Lord, bless the delegates,\" she prayed, to laughter.\n",
			[]want{{"Lord, bless the delegates", "Ife Oyelaran-Baptiste"}}},
		{"a congressman from a state, then an apposition, then the verb", "Water\n\nRep. Dale Baker of Nevada, a Republican on the House Natural Resources Committee, called the proposal a \"bailout for California agribusiness\" and said he would oppose it.\n",
			[]want{{"bailout for California agribusiness", "Dale Baker"}}},
		{"an apposition with the town the lawyer is from", "Football\n\nRutherford's attorney, Leonard Hargrove III of Waco, said in a phone interview that the video was \"misleading.\"\n",
			[]want{{"misleading.", "Leonard Hargrove III"}}},
		{"an apposition with the member's state", "Whip race\n\nThe caucus said it would not endorse as a bloc. Its chairman, Rep. Jerome Wexley of South Carolina, posted on X that members should \"vote their conscience.\"\n",
			[]want{{"vote their conscience.", "Jerome Wexley"}}},
		{"the spokeswoman, named when she was introduced", "Schools\n\nPolice Chief Ann Torres said officers searched the building.\n\nA spokeswoman for the district, Kristen Vale, said the first priority had been securing the building.\n\nThe spokeswoman added that counselors would be available.\n\n\"Nobody should have to process a morning like this alone,\" the spokeswoman said.\n",
			[]want{{"Nobody should have to process", "Kristen Vale"}}},
		{"a spokeswoman for a committee named in lower case", "Convention\n\nThe Democratic National Convention Committee said crews were working on the air conditioning.\n\nA spokeswoman for the convention committee said additional buses had been added. \"We heard the feedback,\" she said.\n",
			[]want{{"We heard the feedback", "Democratic National Convention Committee"}}},
		{"declined to describe, saying only that", "Standoff\n\nSgt. Dwayne Bishop said the man surrendered at 6 p.m.\n\nBishop declined to describe the negotiations, saying only that Kessler made \"a number of demands, none of which we could meet.\"\n",
			[]want{{"a number of demands", "Dwayne Bishop"}}},
		{"started", "Interview\n\nIn an interview with host Sean Harlan on Monday night, Mayor Tom Vick responded to a question about the budget.\n\n\"The Ledger is claiming today that you had a private meeting in January,\" Harlan started.\n",
			[]want{{"The Ledger is claiming today", "Sean Harlan"}}},
		{"began, and interrupted", "Hearing\n\n\"So I'll ask it plainly: Who decided to wait?\" Chairman Bradley Kincaid said.\n\n\"The decision was made on the advice of outside counsel, who asked us to—\" Victoria Ashby-Lowry began.\n\n\"Which law enforcement agency?\" Kincaid interrupted.\n",
			[]want{{"So I'll ask it plainly", "Bradley Kincaid"}, {"The decision was made", "Victoria Ashby-Lowry"}, {"Which law enforcement agency?", "Bradley Kincaid"}}},
		{"posted on X", "Feud\n\n\"See you in court,\" Jordan Vale posted on X on Sunday.\n", []want{{"See you in court", "Jordan Vale"}}},
		{"tweeted", "Feud\n\nJordan Vale tweeted: \"See you in court.\"\n", []want{{"See you in court", "Jordan Vale"}}},
		{"said opening the sentence", "Vigil\n\nSaid Dora Pike, who grew up on the street, \"We were all so proud of him.\"\n", []want{{"We were all so proud", "Dora Pike"}}},
		{"shot back", "Debate\n\nMayor Rosa Tan attacked the plan. Councillor Ben Asher shot back, \"The mayor has no plan of her own.\"\n", []want{{"The mayor has no plan", "Ben Asher"}}},
		{"absolute participle", "Talks\n\nBoth leaders issued a statement after the meeting, Ines Kovac saying she was \"very encouraged\" and Tom Young calling it a \"great meeting\".\n", []want{{"very encouraged", "Ines Kovac"}, {"great meeting", "Tom Young"}}},
		{"could only quip", "Debate\n\nThe scheduling was so odd that a spokesman for Rep. Dana Whitfield could only quip: \"I guess Christmas Eve was booked.\"\n", []want{{"I guess Christmas Eve was booked.", "Dana Whitfield"}}},
		{"retaliated", "Feud\n\nPresident Anton Reyes met the mayor, Ivo Marsh, in May. Marsh said the country had lost its way: \"It is no longer itself,\" he claimed.\n\n\"We will always be ourselves,\" an angry Reyes retaliated.\n", []want{{"It is no longer itself", "Ivo Marsh"}, {"We will always be ourselves", "Anton Reyes"}}},
		{"apposition after apposition", "Climate\n\n\"It is an invasion of the state's domain,\" Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said at an event.\n", []want{{"It is an invasion", "Scott Pruitt"}}},
	})
}

func TestRoundUpLayouts(t *testing.T) {
	runCases(t, []extractCase{
		{"dash then name and role", "What analysts say\n\n\"The rally has further to run.\" — Oren Vastly, analyst at Halbrook Capital\n",
			[]want{{"The rally has further to run", "Oren Vastly"}}},
		{"a fact check signs each claim alike, with a year", "Fact check\n\nGov. Thomas Avery Pruitt III gave his State of the State address on Tuesday.\n\nCLAIM 1: JOBS\n\n\u201cWe have created more jobs in the last two years.\u201d\n\u2014 Gov. Thomas Avery Pruitt III, Feb. 4, 2025\n\nTHE FACTS: Ohio added about 187,000 jobs.\n\nCLAIM 2: TEACHERS\n\n\u201cEvery single classroom now has a certified teacher.\u201d\n\u2014 Gov. Thomas Avery Pruitt III, Feb. 4, 2025\n\nTHE FACTS: Not quite.\n",
			[]want{{"We have created more jobs", "Thomas Avery Pruitt III"}, {"Every single classroom", "Thomas Avery Pruitt III"}}},
		{"a credit line with a hyphen and a full stop, or a role and what the speaker was doing", "Debate claims\n\nSome claims from the night.\n\n\"Almost all new income and wealth is going to the top 1 percent.\"\n\n- Marta Velasquez.\n\nThe senator is relying on an outdated statistic.\n\n\"Great speech. She's tested. She's ready. She never quits.\"\n\n-Governor Paul Odell, tweeting after the speech.\n",
			[]want{{"Almost all new income", "Marta Velasquez"}, {"Great speech", "Paul Odell"}}},
		{"name, outlet: quote", "What the papers say\n\nNina Calder, The Ledger: \"A budget for the few.\"\n",
			[]want{{"A budget for the few", "Nina Calder"}}},
		{"name line then the quotation", "Voices from the march\n\nPeter Oyelaran\n\n\"I came for my grandchildren.\"\n",
			[]want{{"I came for my grandchildren", "Peter Oyelaran"}}},
		{"handle", "Reactions\n\nLena Fisk (@lenafisk) wrote: \"Best final I have ever seen.\"\n",
			[]want{{"Best final I have ever seen", "Lena Fisk"}}},
	})
}

func TestLiveBlogSignOffs(t *testing.T) {
	body := `Live updates: the Senate debate

10:40 p.m.
Campaign claims victory in fundraising email
A Pierce spokeswoman, Marisol Thigpen, responded in a text message: "If they thought he'd won, they wouldn't be begging for money."
— Imani Cartwright

10:51 p.m.
"Neither of them answered the question about Medicaid."
— Dr. Samuel Oyelowo, president of the Georgia Rural Health Association
`
	runCases(t, []extractCase{{"a reporter's sign-off is no speaker", body, []want{
		{"If they thought he'd won", "Marisol Thigpen"},
		{"Neither of them answered", "Samuel Oyelowo"},
	}}})
}

func TestNeverANameThatIsNot(t *testing.T) {
	runCases(t, []extractCase{
		{"Western states are no speaker stating", "Water\n\nWASHINGTON — President Catherine Adler on Tuesday announced a $40 billion plan to shore up water supplies across seven drought-stricken Western states, calling the shrinking of the Colorado River \"the defining infrastructure challenge of this decade.\"\n",
			[]want{{"the defining infrastructure challenge", "Catherine Adler"}}},
		{"a list of counties", "Ice storm\n\n\"This is not a storm you can drive through,\" Gov. Janice Whitfield-Ames said at an afternoon briefing.\n\nShe said the National Guard had sent teams with chain saws to Faulkner, Van Buren and Searcy Counties, where the ice was thickest.\n\n\"I have asked the president for a federal emergency declaration,\" she said.\n",
			[]want{{"This is not a storm", "Janice Whitfield-Ames"}, {"I have asked the president", "Janice Whitfield-Ames"}}},
		{"a weather line in the page's header", "Skip to main content\nThe Cedar Valley Courier\nNews  Sports  Obituaries  Opinion\n73°F Waverly, IA\n\nELECTIONS\n\n‘I’m a plumber’: Bishop brings Senate bid to Waverly diner\n\nBy Kelsey Amundsen\nPublished Oct. 3, 2024 at 7:15 p.m.\n\nWAVERLY — Daniel Bishop arrived at the Main Street Grill on Thursday morning about forty minutes late, apologized to the room and then stood on a chair.\n\n\"I know I'm late,\" the Republican nominee told the crowd.\n",
			[]want{{"I know I'm late", "Daniel Bishop"}}},
		{"a party tag with an apposition after it", "Hearing\n\nThe chief executive, Victoria Ashby-Lowry, testified for three hours.\n\nRepublicans were no gentler. Rep. Thomas Shaughnessy, R-Ohio, a former county prosecutor, asked the CEO whether anyone had been fired.\n\n\"Two members of our security team are no longer with the company,\" she said.\n",
			[]want{{"Two members of our security team", "Victoria Ashby-Lowry"}}},
		{"a salutation before a letter", "Whip race\n\nRep. Maria-Elena Voss has spent the spring on a listening tour.\n\nIn a Dear Colleague letter circulated Monday, she argued that the whip team had grown too distant.\n\n\"Too many of our members learn how a vote is going from cable news,\" the letter read.\n",
			[]want{{"Too many of our members", "Maria-Elena Voss"}}},
		{"a state after a name, and a newspaper", "Whip race\n\nRep. Gregory Stone of Indiana, the chief deputy whip, told reporters he had \"well north of 100 firm commitments.\"\n\nRep. Maria-Elena Vásquez-Toll of Arizona, a second-term member who chairs the Republican Main Street Partnership's border working group, disputed that.\n\n\"If Greg had 100 votes, this race would be over,\" she said.\n\nIn a letter circulated Monday and obtained by Hill Dispatch, she argued that the whip team had grown too distant.\n\n\"Too many of our members learn how a vote is going from cable news,\" she said.\n",
			[]want{{"well north of 100", "Gregory Stone"}, {"If Greg had 100 votes", "Maria-Elena Vásquez-Toll"}, {"Too many of our members", "Maria-Elena Vásquez-Toll"}}},
		{"headline-case fragment", "Senator Says The Plan Failed Again\n\nREAD MORE\n\n\"We tried everything,\" said Mina Drago, the senator.\n",
			[]want{{"We tried everything", "Mina Drago"}}},
		{"possessive", "Plan\n\n\"It was my idea,\" Maria Lopez's deputy said. Maria Lopez's office later said it was \"a team effort\".\n",
			[]want{{"It was my idea", ""}, {"a team effort", "Maria Lopez"}}},
		{"P&G", "Results\n\n\"Demand held up,\" P&G said on Friday.\n",
			[]want{{"Demand held up", "P&G"}}},
		{"section name", "Around the Nation\n\n\"The levee held,\" Sheriff Dale Moss said.\n",
			[]want{{"The levee held", "Dale Moss"}}},
		{"a country of two words", "Museum\n\nDr. Amara Okonjo-Bell runs the museum. Dr. Okonjo-Bell was born in Durban, South Africa, and came to the United States at 19.\n\nShe laughs at the description. \"I was insufferable,\" she said.\n",
			[]want{{"I was insufferable", "Amara Okonjo-Bell"}}},
		{"a law's name", "Museum\n\nDr. Amara Okonjo-Bell runs the museum. She oversaw returns under the Native American Graves Protection and Repatriation Act.\n\n\"We had a room where children came every week,\" she said.\n",
			[]want{{"We had a room", "Amara Okonjo-Bell"}}},
		{"an owner before a surname", "Rates\n\nFed Governor Raymond Young voted to hold rates on Wednesday.\n\n\"There is no reason to wait,\" the Fed's Young said.\n",
			[]want{{"There is no reason to wait", "Raymond Young"}}},
		{"a sentence's first word", "Secrets\n\nTop Harlow adviser sent secret messages to her private account.\n\nMara Harlow's top policy aide was among the authors, sources said.\n\nHarlow has called for the messages to be made public. \"I have nothing to hide,\" Harlow said.\n",
			[]want{{"I have nothing to hide", "Mara Harlow"}}},
		{"a title opening a sentence stays a title", "Water\n\nMayor Evelyn Young toured the break on Monday. Crews worked through the night, and the mayor thanked them.\n\n\"This is the failure we warned about,\" the mayor said.\n",
			[]want{{"This is the failure", "Evelyn Young"}}},
	})
}

func TestTitlesInQuotationMarks(t *testing.T) {
	runCases(t, []extractCase{
		{"a title after a preposition", "Theater\n\nComposer Fadi Haddad says he started writing songs for \"Salt and Sorrow\" in 2021. \"I wanted the sea to sing,\" he says.\n",
			[]want{{"I wanted the sea to sing", "Fadi Haddad"}}},
		{"a program, called", "Transit\n\nThe authority will launch a fare-capping program, called \"Ride Smart,\" in the fall, board chair Anh Tran said.\n",
			nil},
		{"show and novel", "Books\n\nHer novel \"Winter Harbour\" was adapted for \"The Morning Desk\" last year. \"I cried when I read it,\" said host Ava Lim.\n",
			[]want{{"I cried when I read it", "Ava Lim"}}},
		{"slogan", "Rally\n\nSupporters chanted \"Build the Bridge\" as Mayor Ken Ito arrived.\n", nil},
		{"a name given by a passive", "Transit\n\nThe plan, branded \"Millbrook Moves\" by the Millbrook Area Transit Authority, is designed to close a gap of $4.8 million.\n", nil},
	})
}

func TestPronounsAcrossParagraphs(t *testing.T) {
	runCases(t, []extractCase{
		{"a river is nobody she can be", "Drought\n\nYuki Tanabe-Ross, a hydrologist at the state university, said average flows on the San Miguelito have declined since 2000. \"The system was designed for a river that was sometimes short,\" she said.\n",
			[]want{{"The system was designed", "Yuki Tanabe-Ross"}}},
		{"a spokeswoman nobody names speaks for her agency", "Fire\n\nJenna Rich-Callahan, who hauled six horses out in three trips, said strangers had come to help. \"That's this valley,\" she said.\n\nA spokeswoman for the Calder National Forest said two air tankers were assigned to the fire. \"Visibility was essentially zero,\" she said.\n",
			[]want{{"That's this valley", "Jenna Rich-Callahan"}, {"Visibility was essentially zero", "Calder National Forest"}}},
		{"a live blog's surname alone", "Rally live\n\n9:22 p.m. — A heckler\n\nA man near the riser shouted. Valdez-Kimura paused and smiled. \"Sir, I'll get to the border,\" she said.\n\n— Rosa Delgado\n",
			[]want{{"Sir, I'll get to the border", "Valdez-Kimura"}}},
		{"a spokesman for her is not what she is", "Veto\n\nGov. Evelyn Marsh vetoed the bill on Tuesday.\n\nDr. Priya Raghunathan, who studies housing, said research on caps is mixed. \"Both sides cite real studies,\" Dr. Raghunathan said.\n\nLuis Ortega, a spokesman for Ms. Marsh, said the governor had pressured nobody.\n\nThe governor, who faces re-election next year, addressed the risk in her veto message. \"I understand this will disappoint people,\" she wrote.\n",
			[]want{{"Both sides cite real studies", "Priya Raghunathan"}, {"I understand this will disappoint", "Evelyn Marsh"}}},
		{"whom a sentence is for", "Layoffs\n\nAlana Fiske, a company spokeswoman, said there would be a job fair next month. \"We will help everyone find work,\" she said.\n\nFor Keisha Young, that answer was not enough. \"I'll believe it when I see it in writing,\" she said.\n",
			[]want{{"We will help everyone", "Alana Fiske"}, {"I'll believe it", "Keisha Young"}}},
		{"she after a man was mentioned", "Council\n\nCouncillor Grace Obi proposed the budget. It was opposed by Mark Feld.\n\n\"It is fair,\" she said.\n",
			[]want{{"It is fair", "Grace Obi"}}},
		{"he across paragraphs", "Coach\n\nCoach Luis Ferrer spoke after the loss.\n\nThe team has lost four in a row.\n\n\"We need to defend better,\" he said.\n",
			[]want{{"We need to defend better", "Luis Ferrer"}}},
		{"he is the speaking person, not the last capitalised word", "Trial\n\nProsecutor Dan Webb questioned the witness about Boston. He said the timeline was \"impossible\".\n",
			[]want{{"impossible", "Dan Webb"}}},
		{"a subject paragraphs back gives way", "Campaign\n\nSen. Ruth Ames spoke in Dayton on Monday.\n\nThe rally drew about 400 people.\n\nOrganizers set up chairs in the gym.\n\nCampaign manager Dana Whitlock, in a brief interview, played down the turnout. \"We are adding volunteers every day,\" she said.\n",
			[]want{{"We are adding volunteers", "Dana Whitlock"}}},
		{"he is the one who noted, not the one noted", "Poll\n\nPollster Dan Kowal said the race had tightened.\n\nKowal noted that Senator Grant Halvorsen still leads among older voters. \"If turnout looks like 2012, she wins,\" he said.\n",
			[]want{{"If turnout looks like 2012", "Dan Kowal"}}},
		{"a paragraph about one person, then a quotation alone", "Interview\n\nWhat that means is left to the voters, since Donald Trump spoke only in bromides during the interview.\n\n\"We have to do something.\"\n",
			[]want{{"We have to do something", "Donald Trump"}}},
		{"a pause, then the same speaker", "Farm\n\n\"People used to have babies at home,\" says Mateo Alvarado, who works nights at a feedlot. \"That is the part nobody says.\"\n\nHe pauses.\n\n\"I am not trying to be dramatic.\"\n",
			[]want{{"People used to have babies", "Mateo Alvarado"}, {"That is the part", "Mateo Alvarado"}, {"I am not trying", "Mateo Alvarado"}}},
		{"an aside between dashes, then he", "Vote\n\nStudent board member Oliver Tran read from a survey.\n\nBoard member Russell Young Jr. — no relation to the board president — cast one of the two no votes. He said the district was \"solving a parenting problem with a school policy.\"\n",
			[]want{{"solving a parenting problem", "Russell Young Jr."}}},
		{"he is the one the host pressed", "Interview\n\nColumnist Nathan Price, an adviser to two governors, called the plan illiterate.\n\nFox host Laura Whitfield pressed Grant Halvorsen on whether he would impose the tariff on day one. \"Day one, Laura,\" he replied.\n",
			[]want{{"Day one, Laura", "Grant Halvorsen"}}},
		{"the pastor is the Rev.", "Church\n\nThe Rev. Marcus Love cut the ribbon. His wife, Denise Love, laughed. \"He cried,\" she said.\n\nThe pastor shook his head. \"I had something in my eye,\" he said.\n",
			[]want{{"He cried", "Denise Love"}, {"I had something in my eye", "Marcus Love"}}},
		{"an apposition describing a child is no stranger", "Little league\n\nManager Doug Bishop praised the team.\n\nCaden, 10, the youngest player on the roster, said he mostly watched from the dugout. \"I caught a fly ball,\" he said.\n",
			[]want{{"I caught a fly ball", "Caden"}}},
		{"she by the first name", "Vote\n\nBoard President Janet Ruiz opened the meeting. Board member Victor Lang asked for a delay.\n\n\"We have waited long enough,\" she said.\n",
			[]want{{"We have waited long enough", "Janet Ruiz"}}},
		{"he by the article's own pronouns", "Vote\n\nBoard member Sasha Orlov said his mind was made up. Board President Janet Ruiz disagreed.\n\n\"I will vote no,\" he said.\n",
			[]want{{"I will vote no", "Sasha Orlov"}}},
		{"she by a gendered noun", "Trial\n\nThe defendant's mother, Tamsin Adair, sat behind him. Detective Lou Banner testified first.\n\n\"He is a good boy,\" she said.\n",
			[]want{{"He is a good boy", "Tamsin Adair"}}},
		{"a surname in a name is no title", "Game\n\nThe twins' mother, Regina King, watched from the stands. \"I could not breathe,\" she said.\n",
			[]want{{"I could not breathe", "Regina King"}}},
	})
}

func TestPeopleWhoShareASurname(t *testing.T) {
	runCases(t, []extractCase{
		{"a wife named by first name keeps the surname, not his suffix", "Bakery\n\nHis father, Stanley Kowalczyk Sr., came to Port Ellery in 1964 to work at the shipyard. He lasted 11 months.\n\n\"I was a terrible welder and a pretty good baker,\" the elder Kowalczyk told the Gazette in 1985.\n\nHe and his wife, Helen, opened the bakery with a $4,000 loan. Helen Kowalczyk ran the counter for 38 years.\n\n\"People come here for company,\" Helen Kowalczyk said in that same interview.\n",
			[]want{{"I was a terrible welder", "Stanley Kowalczyk Sr."}, {"People come here for company", "Helen Kowalczyk"}}},
		{"the elder of a surname with a particle", "Race\n\nCurtis Van Hoven, the Republican nominee, spoke in Kiel on Friday.\n\nVan Hoven's first television ad features his father, Walter Van Hoven, 81, leaning on a gate at the family's farm.\n\n\"My son has never once missed a milking,\" the elder Van Hoven says in the ad.\n",
			[]want{{"My son has never once missed a milking", "Walter Van Hoven"}}},
		{"a father-in-law", "Farm bill\n\nLuann Schroeder-Diaz, who grows corn on 1,100 acres near Hampton, Iowa, with her husband and her father-in-law, Otto Schroeder, said higher prices would help.\n\n\"It's a floor, not a windfall,\" Schroeder-Diaz said. \"Nobody's buying a new combine because of this bill.\"\n\nHer father-in-law, 78, who has farmed the same ground since 1969, was more skeptical. \"I've seen eleven farm bills,\" he said.\n",
			[]want{{"It's a floor", "Luann Schroeder-Diaz"}, {"Nobody's buying", "Luann Schroeder-Diaz"}, {"I've seen eleven farm bills", "Otto Schroeder"}}},
		{"Jr. and Sr.", "Shipyard\n\nRep. Paul Amato Jr. chaired the hearing. His father, Paul Amato Sr., held the seat for 20 years.\n\n\"I never call him for advice,\" Amato Sr. said.\n\n\"We disagree about plenty,\" Amato Jr. said.\n",
			[]want{{"I never call him", "Paul Amato Sr."}, {"We disagree", "Paul Amato Jr."}}},
		{"the elder and the younger", "Shipyard\n\nRep. Paul Amato Jr. chaired the hearing. His father, Paul Amato Sr., held the seat for 20 years.\n\n\"I never call him for advice,\" the elder Amato said.\n\n\"We disagree about plenty,\" the younger Amato said.\n",
			[]want{{"I never call him", "Paul Amato Sr."}, {"We disagree", "Paul Amato Jr."}}},
		{"a surname alone is the one the story is about", "Trial\n\nA jury convicted former officer Dale Reyes on Thursday. His father, Dale Reyes Sr., wept.\n\n\"I made a split-second decision,\" Reyes told jurors.\n",
			[]want{{"I made a split-second decision", "Dale Reyes"}}},
		{"a wife by her first name", "Race\n\nCandidate Celia Brandt spoke in Racine. Her husband, Owen Brandt, stood behind her.\n\n\"She never stops,\" Owen said.\n\n\"He is the patient one,\" Brandt said.\n",
			[]want{{"She never stops", "Owen Brandt"}, {"He is the patient one", "Celia Brandt"}}},
		{"a child by first name, then he", "Festival\n\nAmong the lantern makers was 8-year-old Eli Santos. Volunteer Rita Gomez helped him.\n\nAsked about his lantern, Eli grinned. \"It is a rocket,\" he said.\n",
			[]want{{"It is a rocket", "Eli Santos"}}},
		{"somebody named by first name only", "Shelter\n\nMaria, 34, arrived in Nogales in December with her two children. Her son, Tomas, 9, draws trucks.\n\n\"We left with nothing,\" Maria said.\n\n\"I want to be a firefighter,\" Tomas said.\n",
			[]want{{"We left with nothing", "Maria"}, {"I want to be a firefighter", "Tomas"}}},
		{"a child by first name and a clause", "Ballpark\n\nThe Brandt family has held seats since 1990. Tyler Brandt, 41, brought his son. Owen, asked what he thought, had one concern. \"Is Sparky coming too?\" he asked.\n",
			[]want{{"Is Sparky coming too", "Owen"}}},
		{"only a first name given", "Pantry\n\nOne of them, a 41-year-old home health aide who gave only her first name, Tasha, said she began coming to the pantry in September. \"I make too much for some programs and not enough for everything else,\" she said.\n",
			[]want{{"I make too much for some programs", "Tasha"}}},
		{"a neighbor is a role", "Storm\n\nNeighbor Jeb Harbin brought a chainsaw over at first light.\n\n\"That's just what you do out here,\" Harbin said.\n",
			[]want{{"That's just what you do out here", "Jeb Harbin"}}},
		{"a dispatcher is a role", "Sheriff\n\nDispatcher A.J. Stroud has worked nights for 22 years. \"We had a gentleman last winter who fell in his kitchen,\" Stroud said.\n",
			[]want{{"We had a gentleman last winter", "A.J. Stroud"}}},
		{"somebody named by first name with a description", "Transit\n\nLupe, a home health aide who asked that her last name not be used, said the change would cost her $40 a month.\n\n\"That is my electric bill,\" she told the board.\n",
			[]want{{"That is my electric bill", "Lupe"}}},
		{"a viewer named by first name", "Storm\n\nViewer messages are pouring in. A viewer named Sheila sent this on the station's Facebook page from Tarrant's Mill:\n\n\"Hail the size of golf balls on Mill Street, my windshield is done\"\n",
			[]want{{"Hail the size of golf balls", "Sheila"}}},
		{"a viewer who signed only a first name", "Storm\n\nLots of messages from viewers tonight. This one, from a viewer who signed her message only Marcy, came in through our app:\n\n\"Thank you Dana and team, you kept my family safe tonight\"\n",
			[]want{{"Thank you Dana and team", "Marcy"}}},
		{"a name given only as", "Board\n\nOne of the last speakers was a fourth-grader who gave her name only as Aaliyah. \"Please don't close my school,\" she read.\n\n\"I'm worried about the park,\" said a woman who identified herself only as Brenda.\n",
			[]want{{"Please don't close my school", "Aaliyah"}, {"I'm worried about the park", "Brenda"}}},
		{"a first name that is no common word", "Bee\n\nAarav Mehta, 12, won the regional spelling bee on Saturday.\n\n\"I just trusted the roots,\" Aarav said.\n",
			[]want{{"I just trusted the roots", "Aarav Mehta"}}},
		{"a couple named once", "Opening\n\nHector and Rosa Villanueva ran a food truck for eight years before opening the restaurant.\n\nHector, 41, grew up in Fresno. \"Everything here is my grandmother's recipes,\" Hector said.\n",
			[]want{{"Everything here is my grandmother", "Hector Villanueva"}}},
		{"Dr. is the doctor of the family", "Race\n\nTheodore Lind, 58, spoke in Toledo. His wife, Delphine Lind, a pediatrician, watched from the side. \"He is happiest doing this,\" Dr. Lind said.\n",
			[]want{{"He is happiest doing this", "Delphine Lind"}}},
		{"a wife by first name, then Mrs.", "Diner\n\nAt the diner, Gerald Bishop, 71, said he would vote for both candidates. \"She got us the bypass,\" Mr. Bishop said.\n\nHis wife, Maureen, shook her head. \"I am not voting for him,\" Mrs. Bishop said.\n",
			[]want{{"She got us the bypass", "Gerald Bishop"}, {"I am not voting for him", "Maureen Bishop"}}},
		{"a son by first name keeps it", "Shooting\n\nTasha Greene was in the car with her children. Her son, Malik, 10, was calm. \"I wasn't scared,\" he said.\n",
			[]want{{"I wasn't scared", "Malik"}}},
		{"a surname ending in s before of", "Fair\n\nThe prize went to Jolene Price-Matthews of Hollis Ferry.\n\n\"Now we are even,\" Price-Matthews said.\n",
			[]want{{"Now we are even", "Jolene Price-Matthews"}}},
		{"his son, then he", "Sentencing\n\nGregory Hale Jr. pleaded guilty to 22 counts. His father, Gregory Hale Sr., 78, asked the judge for mercy. \"He is still my son,\" the elder Hale said.\n\nHis son, standing at the defense table, turned to face the gallery.\n\n\"I am sorry,\" he said.\n",
			[]want{{"He is still my son", "Gregory Hale Sr."}, {"I am sorry", "Gregory Hale Jr."}}},
		{"the younger, then he", "Rally\n\nThe crowd heard from the Rev. Elijah Monroe Sr. and his son, state Rep. Elijah Monroe Jr.\n\n\"I have been voting since 1965,\" the elder Monroe said.\n\nThe younger Monroe, 44, followed his father to the lectern. \"I am just trying to keep up,\" he said.\n",
			[]want{{"I have been voting", "Elijah Monroe Sr."}, {"I am just trying", "Elijah Monroe Jr."}}},
		{"his wife said", "Sentencing\n\nThe court heard from the family of Aaliyah Brown. Denise Brown said the sentence was not enough. Marcus Brown Sr. stood beside her.\n\n\"We are going to make sure people remember her name,\" his wife said.\n",
			[]want{{"We are going to make sure", "Denise Brown"}}},
		{"the younger by age", "Race\n\nTheodore Lind, 58, spoke in Toledo. Their son, Marcus Lind, 24, works as his body man.\n\n\"Shake hands with everybody,\" the younger Mr. Lind said.\n",
			[]want{{"Shake hands with everybody", "Marcus Lind"}}},
		{"a surname of two words", "Wrestling\n\nLuke Vander Sloot coached the runner-up. \"Cole wrestled his heart out,\" Vander Sloot said.\n",
			[]want{{"Cole wrestled his heart out", "Luke Vander Sloot"}}},
		{"grandma before a first name", "Bakery\n\nThe siblings' grandmother, Ruth Bishop, 81, was skeptical at first. \"I told them they were crazy,\" Grandma Ruth said.\n",
			[]want{{"I told them they were crazy", "Ruth Bishop"}}},
		{"a son named in his father's apposition is not the subject", "Final\n\nPoint guard Tavion Price had seven assists.\n\n\"They were pressuring me the whole night,\" Price said.\n\nDarryl Price, Tavion's father and a member of the 1987 championship team, said he had waited 38 years for this.\n\n\"I got to do it with my son,\" he said, wiping his eyes.\n",
			[]want{{"They were pressuring me", "Tavion Price"}, {"I got to do it with my son", "Darryl Price"}}},
		{"a surname with particles after a husband named by first name", "Closing\n\nOn a Wednesday afternoon, Maria de la Vega was toasting chiles.\n\n\"People ask me for the recipe all the time,\" de la Vega said.\n\nThe restaurant that she opened with her late husband, Ernesto, in 1994 will close for good.\n\n\"I knew this day would come someday,\" de la Vega said.\n",
			[]want{{"People ask me for the recipe", "Maria de la Vega"}, {"I knew this day would come", "Maria de la Vega"}}},
		{"a surname alone after a second bearer speaks in full in its paragraph", "Ruling\n\nSenate Minority Leader Gerald Pruitt praised the ruling as \"a long overdue victory.\"\n\n\"The Court has fixed it,\" Pruitt said on the Senate floor.\n\nIn Georgia, Secretary of State Wendell Pruitt, the leader's younger brother, said the ruling would not affect state limits. \"Georgia's rules haven't changed,\" Pruitt said in an email.\n",
			[]want{{"a long overdue victory.", "Gerald Pruitt"}, {"The Court has fixed it", "Gerald Pruitt"}, {"Georgia's rules haven't changed", "Wendell Pruitt"}}},
		{"but not a late father the paragraph brings in", "Town hall\n\nSen. Marcus Young spent 90 minutes fielding questions.\n\n\"I was wrong, and I've said so,\" Young answered.\n\nLater, Young spoke about his late father, Earl Young, a millwright. \"My dad used to tell me to shake every hand twice,\" Young said.\n",
			[]want{{"I was wrong", "Marcus Young"}, {"My dad used to tell me", "Marcus Young"}}},
		{"a first name of two words", "Storm\n\nDelbert Haskins and his wife, Jo Anne, sat on folding chairs in their driveway.\n\n\"That tree was here before we were,\" Jo Anne Haskins said.\n",
			[]want{{"That tree was here", "Jo Anne Haskins"}}},
		{"a father named by first name is the elder", "Bakery\n\n\"You get used to it,\" said Mark Szymanski, 58, a baker.\n\nThree Szymanskis work the night shift: Mark; his father, Stanley, who is 84; and Mark's daughter, Alyssa, 27.\n\nThe elder Szymanski does not care for the word retired.\n\n\"Retired is for people with hobbies,\" he said.\n",
			[]want{{"You get used to it", "Mark Szymanski"}, {"Retired is for people with hobbies", "Stanley Szymanski"}}},
		{"a father introduced by his son's name is the elder", "Hoops\n\nThe freshman shot it. Isaiah Boone's 3-pointer broke a 69-69 tie.\n\n\"I just saw the rim,\" Boone said.\n\nCoach Darnell Whitacre recruited Isaiah's father, Marcus Boone, out of a high school gym in 1996.\n\n\"I wasn't crying,\" the elder Boone said later.\n",
			[]want{{"I just saw the rim", "Isaiah Boone"}, {"I wasn't crying", "Marcus Boone"}}},
		{"her son is who was introduced as her son, not a grandson named since", "Obituary\n\nMARLOW FALLS \u2014 Dorothy Lindqvist, who for 52 years measured and cut fabric behind the counter of Lindqvist Fabric & Notions, died Sunday at her home. She was 88.\n\nHer death was confirmed by her son, Peter Lindqvist, who said she had been giving orders until Saturday night.\n\nThe Rev. Ann Haugen led the prayers.\n\nJacob Lindqvist, Peter's son, remembered sorting buttons by color when he was 7.\n\n\"I thought I was running the place,\" said Jacob, now 24.\n\nHer son said the store will stay open, as she wished.\n\n\"She made us promise,\" he said.\n",
			[]want{{"I thought I was running the place", "Jacob Lindqvist"}, {"She made us promise", "Peter Lindqvist"}}},
		{"brothers", "Final\n\nGuard Marcus Dale scored 22 points. His younger brother, Devin Dale, made the steal.\n\n\"I just went where the ball was going,\" Devin Dale said.\n\n\"He gave it back for once,\" Marcus said.\n",
			[]want{{"I just went", "Devin Dale"}, {"He gave it back", "Marcus Dale"}}},
	})
}

func TestDocumentsSpeakForTheirAuthors(t *testing.T) {
	runCases(t, []extractCase{
		{"it read, after a statement was issued", "Football\n\nAthletic director Gwendolyn Sayre issued a statement Sunday afternoon. \"Coach Vukovich has my full confidence,\" it read.\n",
			[]want{{"Coach Vukovich has my full confidence", "Gwendolyn Sayre"}}},
		{"what it called is the subject's", "Ads\n\nThe Alliance for Affordable Coverage began running ads this week. \"Congress has 22 days,\" the group said in a statement.\n\nAmericans for Fiscal Sanity, a conservative advocacy group, urged Republicans to reject what it called \"throwing another $35 billion at a broken law.\"\n",
			[]want{{"Congress has 22 days", "Alliance for Affordable Coverage"}, {"throwing another $35 billion", "Americans for Fiscal Sanity"}}},
		{"a complaint filed by a group whose name goes on after \"in\"", "Money\n\nOn Tuesday, after The Ledger sent detailed questions to the company, a watchdog group, Citizens for Accountability in Government and Elections, filed a complaint with the F.E.C.\n\n\"The timing is consistent with a straw-donor scheme,\" the complaint alleges.\n",
			[]want{{"The timing is consistent", "Citizens for Accountability in Government and Elections"}}},
		{"a lawsuit filed in a court by a coalition", "Ballots\n\nThe lawsuit, filed in U.S. District Court in Phoenix by the Arizona Coalition for Voting Access, Equity and Participation, alleges that the deadline \"imposes a severe and unjustified burden on the right to vote.\"\n",
			[]want{{"imposes a severe and unjustified burden", "Arizona Coalition for Voting Access, Equity and Participation"}}},
		{"a lawsuit filed by a coalition whose name lists its members", "Water\n\nA coalition of irrigators sued the city in March. The lawsuit, filed by the Coalition of Ditch Companies, Irrigators and Water Users of the Upper Valley, alleges that the city has \"systematically acquired senior rights.\"\n\nThe Coalition of Ditch Companies, Irrigators and Water Users of the Upper Valley said it had \"no choice but to sue.\"\n",
			[]want{{"systematically acquired senior rights.", "Coalition of Ditch Companies, Irrigators and Water Users of the Upper Valley"}, {"no choice but to sue.", "Coalition of Ditch Companies, Irrigators and Water Users of the Upper Valley"}}},
		{"a letter released by a federation and signed by nobody named", "Hearing\n\nA business coalition wrote to the committee on Monday.\n\nThe United Federation of Service, Hospital and Allied Workers, which has 1.3 million members, released a letter signed by 40 local presidents urging swift confirmation.\n\n\"She has told both sides the truth,\" the letter read.\n",
			[]want{{"She has told both sides the truth", "United Federation of Service, Hospital and Allied Workers"}}},
		{"a hearing officer's order", "Landlord\n\nThe fine was imposed by city hearing officer Adrian Kessler after a three-day hearing. In his written order, issued Wednesday, Kessler found the company responsible for 837 violations.\n\n\"The respondent's pattern of delay demonstrates a conscious disregard for the health of its tenants,\" the order said.\n",
			[]want{{"The respondent's pattern of delay", "Adrian Kessler"}}},
		{"a memo obtained by a newsletter", "Budget\n\nThe governor's budget director, Anjali Raghunathan, went further in a memo sent to legislative leaders Thursday and obtained by Capitol Signal Ohio.\n\n\"We urge both chambers to adopt the Senate's trigger language,\" the memo read.\n",
			[]want{{"We urge both chambers", "Anjali Raghunathan"}}},
		{"a newspaper's fact-check, written by its reporter", "Wages\n\nThe Clarion's fact-check, written by Rosalind Abernathy-Park, argued that the study used \"a worst-case scenario as if it were a forecast.\"\n",
			[]want{{"a worst-case scenario", "Rosalind Abernathy-Park"}}},
		{"a letter after a letter, each seeking the other's author", "Feud\n\nHale wrote to the firm's chief executive, threatening \"a major lawsuit,\" according to a copy of the letter reviewed by The Ledger. That letter, on Hale Group letterhead, demanded that Ruiz make \"a major public apology\" or that the firm fire him.\n",
			[]want{{"a major lawsuit", "Hale"}, {"a major public apology", "Hale"}}},
		{"a letter delivered at a time, then who signed it", "Council\n\nFranklin J. Oduya resigned Tuesday.\n\nIn a two-page letter delivered to the city clerk at 4:45 p.m., Mr. Oduya, 61, said he was stepping down.\n\n\"I have made mistakes in how my campaign kept its books,\" the letter read.\n",
			[]want{{"I have made mistakes", "Franklin J. Oduya"}}},
		{"a memo read from a copy someone else released", "Housing\n\nRep. Dennis Kovach held up a 2022 memo written by Gary Lindqvist, then the company's regional vice president, to property managers at four bases.\n\n\"Work orders open longer than 72 hours will count against your metrics,\" the memo read, according to a copy released by the committee.\n",
			[]want{{"Work orders open longer", "Gary Lindqvist"}}},
		{"the agency the sentence before was about", "Storm\n\nForecasters at the National Weather Service warned of more ice.\n\nThe Arkansas State Police said troopers had responded to more than 700 crashes since Friday.\n\n\"Stay off the roads,\" the agency said in a post on its Facebook page.\n",
			[]want{{"Stay off the roads", "Arkansas State Police"}}},
		{"a post shared on Facebook", "Hiker\n\nDeputies from the Alder County Sheriff's Office searched the ridge for three days.\n\nThe sheriff's office shared the news on Facebook shortly after 9 a.m.\n\n\"WE FOUND HIM. Owen Marsh is alive,\" the post said.\n",
			[]want{{"WE FOUND HIM.", "Alder County Sheriff's Office"}}},
		{"a statement or letter saying, and who put it out", "Budget\n\nThe firefighters' union, Millbrook Professional Firefighters, Local 2291, distributed a statement at the door saying the hiring freeze would leave two engine companies \"dangerously understaffed.\"\n\nMayor Ann Lee sent a letter to the council saying the plan was \"fair to every department.\"\n",
			[]want{{"dangerously understaffed.", "Millbrook Professional Firefighters, Local 2291"}, {"fair to every department.", "Ann Lee"}}},
		{"a memo with a title, and who wrote it", "Memo\n\nThe six-page memo, dated Sept. 9 and titled \"Path to 270: Phase II Messaging Guidance,\" was written by Brent Castellano, the campaign's chief strategist. Sen. Wade Harrow has not commented.\n\n\"We cannot afford that exposure,\" the memo reads.\n",
			[]want{{"We cannot afford that exposure", "Brent Castellano"}}},
		{"his letters, after a people's name that is nobody", "Museum\n\nThe objects were donated in 1931 by Augustus Pell Fairmont, a textile heir who traveled the upper Midwest in the 1910s buying, and in several cases digging up, Native American artifacts. His letters, preserved in the museum's archives, describe one burial site as \"an excellent field, quite untouched.\"\n",
			[]want{{"an excellent field, quite untouched.", "Augustus Pell Fairmont"}}},
		{"one of the letters, from somebody", "Retirement\n\nIn the bottom drawer of his desk, Bell keeps a folder of letters from former students. One, from a 2009 graduate named Jasmine Torres, is handwritten on notebook paper.\n\n\"You didn't give up on me when I gave up on me,\" the letter reads.\n",
			[]want{{"You didn't give up on me", "Jasmine Torres"}}},
		{"the statement of an aside before the verb", "Football\n\nThe Ridge Conference fined the school $10,000 on Friday.\n\nAthletic director Maureen Fitzgerald, in a statement released Sunday afternoon, said Love had her \"complete and unwavering support.\" \"Coach Love has rebuilt this program the right way,\" the statement said.\n",
			[]want{{"complete and unwavering support", "Maureen Fitzgerald"}, {"Coach Love has rebuilt", "Maureen Fitzgerald"}}},
		{"the letter said", "Schools\n\nSuperintendent Dale Okoro said in a letter to families that the district had no choice.\n\n\"I know this is a hardship,\" the letter said.\n",
			[]want{{"I know this is a hardship", "Dale Okoro"}}},
		{"the sign read", "Bakery\n\nThe bakery will close on March 30, its owner, Sal Rinaldi, announced in a handwritten sign.\n\n\"Thank you for 40 years,\" the sign read.\n",
			[]want{{"Thank you for 40 years", "Sal Rinaldi"}}},
		{"the memo, signed by", "Layoffs\n\nThe memo, dated Feb. 3 and signed by Deputy Secretary Corbin A. Wexler, says the department will \"realign its workforce.\"\n\n\"This is not a reflection on any employee,\" the memo reads.\n",
			[]want{{"realign its workforce", "Corbin A. Wexler"}, {"This is not a reflection", "Corbin A. Wexler"}}},
		{"a memo written in a year by", "Book\n\nThe book reproduces an internal memo written in March 2014 by Hannah Rich, then deputy chief of staff.\n\n\"Timeliness is not a priority. Caution is,\" the memo reads.\n",
			[]want{{"Timeliness is not a priority", "Hannah Rich"}}},
		{"the letter accuses", "Probe\n\nIn a letter obtained by The Sentinel, Judiciary Chairman Jim Brannock gave the attorney general until May 28 to answer.\n\nThe letter accuses her of a \"politically motivated fishing expedition.\"\n",
			[]want{{"politically motivated fishing expedition", "Jim Brannock"}}},
		{"a letter written by", "Court\n\nThe lawyer read from a letter written by the defendant's daughter, Emma Park. \"My mother did a terrible thing,\" the letter read.\n",
			[]want{{"My mother did a terrible thing", "Emma Park"}}},
	})
}

func TestAClauseOfItsOwnKeepsItsQuotation(t *testing.T) {
	runCases(t, []extractCase{
		{"a name that is a word opens the sentence", "Debate\n\nRepublican businessman Carter Will traded attacks with the attorney general.\n\nWill, a first-time candidate, repeatedly cast her as a politician who had \"spent 20 years in government.\"\n",
			[]want{{"spent 20 years in government", "Carter Will"}}},
		{"a plural of places is no verb", "Storm\n\nThe Florida Interfaith Disaster Network, a coalition of churches, said it had opened shelters in Dixie and Taylor counties and was \"stretched to capacity.\"\n",
			[]want{{"stretched to capacity", "Florida Interfaith Disaster Network"}}},
		{"who after somebody unnamed", "Schools\n\nTeacher Kristin Page said she heard from a former student, now a nurse in Pittsburgh, who wrote that the school had been \"the only place I felt safe.\"\n",
			[]want{{"the only place I felt safe", "Kristin Page"}}},
		{"a relative clause's verb", "Senate\n\nSen. Ruth Ames, who has served two terms and once described herself as \"a Republican of the old school,\" voted no.\n",
			[]want{{"a Republican of the old school", "Ruth Ames"}}},
		{"whom he called", "Race\n\nVoter Ben Cross said he would back Mara Klein, whom he called \"the lesser evil.\"\n",
			[]want{{"the lesser evil", "Ben Cross"}}},
		{"asked whether, she said", "Senate\n\nSen. Ruth Ames spoke in Dayton.\n\nAsked this week whether she would vote for Grant Halvorsen, the nominee, she paused and said she was \"focused on Ohio.\"\n",
			[]want{{"focused on Ohio", "Ruth Ames"}}},
		{"critics are nobody in particular", "Debate\n\nSen. Grant Halvorsen spoke for 90 minutes. Even allies called the speech \"rambling.\"\n",
			[]want{{"rambling", ""}}},
		{"as X went on about", "Convention\n\nVoter Melanie Cruz watched the speech at home. \"You winning?\" she said to her husband, and as Senator Dale Brock went on about \"a rigged system,\" she nodded.\n",
			[]want{{"You winning?", "Melanie Cruz"}, {"a rigged system", "Dale Brock"}}},
	})
}

func TestAColonHandsOverTheNextParagraph(t *testing.T) {
	runCases(t, []extractCase{
		{"after a label in capitals", "Playbook\n\nON THE OTHER SIDE OF THE DOME — Senate Minority Leader Rosalind Tate put out a statement Sunday night:\n\n\"Republicans control the House, the Senate and the White House.\"\n",
			[]want{{"Republicans control the House", "Rosalind Tate"}}},
		{"to the last she before a verb", "Profile\n\nCeleste Marin is running for the Senate.\n\nHer standard speech ends with a passage about her father that she delivers word for word:\n\n\"When they closed that plant, nobody came.\"\n",
			[]want{{"When they closed that plant", "Celeste Marin"}}},
	})
}

func TestExchangesOfQuestionsAndAnswers(t *testing.T) {
	body := `Hearing

"Do you believe the case was correctly decided?" Sen. Amira Haddad asked.

"Senator, I won't grade the court's precedents," Judge Caroline Strong replied.

"It was overruled. You're free to say whether you agree."

"What I can say is that it is the law of the land."

"Is the other case the law of the land?"

"It is."
`
	runCases(t, []extractCase{
		{"she answers the question that named her", "Hearing\n\nRep. Priya Venkataraman, D-N.J., held up a printout of the email. Victoria Ashby-Lowry, the chief executive, looked at it.\n\n\"Ms. Ashby-Lowry, were you one of the three people who received this email?\" Venkataraman asked.\n\n\"I was,\" she said.\n",
			[]want{{"Ms. Ashby-Lowry, were you one", "Priya Venkataraman"}, {"I was", "Victoria Ashby-Lowry"}}},
		{"the writer's own question, as the byline names her", "Interview\n\nBy Mariama Sesay\n\nRep. Everett Oakes sat down with WCVR for nearly an hour.\n\n\"Why now?\" I asked.\n\n\"Because my wife told me to,\" he said.\n",
			[]want{{"Why now?", "Mariama Sesay"}, {"Because my wife told me to", "Everett Oakes"}}},
		{"a reporter's question, then her answer", "Recount\n\n\"We followed the statute to the letter,\" County Clerk Bernice Abernathy-Cole said.\n\n\"Would you support a judge reviewing those 11 ballots?\" Sentinel reporter Ivy Castellano asked her.\n\n\"That's the candidate's right, and I'd welcome it,\" she said.\n",
			[]want{{"We followed the statute", "Bernice Abernathy-Cole"}, {"Would you support a judge", "Ivy Castellano"}, {"That's the candidate's right", "Bernice Abernathy-Cole"}}},
		{"a station's reporter asks, the mother answers", "Fair\n\n\"I heard the noise first,\" Ana Lindgren told KTLV 12's Jordan Pike outside the hospital.\n\n\"What do you want people to know about Sophie?\" Pike asked.\n\n\"That she's tough. She's the toughest kid I know,\" she said.\n",
			[]want{{"I heard the noise first", "Ana Lindgren"}, {"What do you want people to know", "Jordan Pike"}, {"That she's tough", "Ana Lindgren"}}},
		{"a reply sets the sides", body, []want{
			{"Do you believe", "Amira Haddad"}, {"Senator, I won't grade", "Caroline Strong"},
			{"It was overruled", "Amira Haddad"}, {"What I can say", "Caroline Strong"},
			{"Is the other case", "Amira Haddad"}, {"It is", "Caroline Strong"},
		}},
		{"a question goes back to who asked", "Council\n\n\"Will you commit to security?\" Councilmember Patricia King asked.\n\n\"We've budgeted for it,\" director Sandra Whitehorse said.\n\n\"Budgeted or committed?\"\n\n\"Committed, Councilmember.\"\n",
			[]want{{"Will you commit", "Patricia King"}, {"We've budgeted", "Sandra Whitehorse"}, {"Budgeted or committed", "Patricia King"}, {"Committed, Councilmember", "Sandra Whitehorse"}}},
		{"words said to somebody by name are answered by them", "Bakery\n\nIrene Dombrowski has run the counter since 1981.\n\nWalt Pierson, a retired mail carrier, reached the counter a little after 7.\n\n\"Two paczki and a loaf of rye,\" he said.\n\n\"That's the last rye, Walt,\" Irene said.\n\n\"Then I'm going to freeze it.\"\n\n\"You'll be a hundred and thirty.\"\n\n\"That's the plan.\"\n",
			[]want{{"Two paczki", "Walt Pierson"}, {"That's the last rye", "Irene Dombrowski"}, {"Then I'm going to freeze it.", "Walt Pierson"}, {"You'll be a hundred", "Irene Dombrowski"}, {"That's the plan.", "Walt Pierson"}}},
		{"an exchange set up by X asked Y", "Hearing\n\nThe hearing ran four hours. Sen. Bradford Kell, the ranking member, asked Tessa Moravec who had seen the slide.\n\n\"Did you see it?\"\n\n\"I saw a version of it, yes.\"\n\n\"When?\"\n\n\"I believe in the spring of last year.\"\n",
			[]want{{"Did you see it", "Bradford Kell"}, {"I saw a version of it", "Tessa Moravec"}, {"When", "Bradford Kell"}, {"I believe in the spring", "Tessa Moravec"}}},
		{"an answer goes on", "Interview\n\n\"Mr. Trump, can you explain?\" reporter Matt Boyle asked.\n\n\"I'm very disappointed in the committee,\" Donald Trump said.\n\n\"I'm very disappointed because the room was stacked.\"\n",
			[]want{{"Mr. Trump, can you explain", "Matt Boyle"}, {"I'm very disappointed in the committee", "Donald Trump"}, {"I'm very disappointed because", "Donald Trump"}}},
	})
}

func TestHardWrappedWithBlankLines(t *testing.T) {
	body := `Shipyard hearing turns personal

Rep. Paul Amato grew up a few miles from the dry docks that his
father spent 22 years defending in Congress, and on Tuesday he told
the Navy exactly what he thought of its plans.

"We were promised two attack submarines a year. We are getting barely
one, and nobody in this building can tell me when that changes,"
Amato, a Connecticut Democrat, said in his opening remarks.

Navy Secretary Ruth Ostrow said the service would have a plan by
Friday. "We owe the committee an answer and it will have one," she
said.
`
	runCases(t, []extractCase{{"a line that ends a quotation runs on", body, []want{
		{"We were promised two attack submarines", "Paul Amato"},
		{"We owe the committee an answer", "Ruth Ostrow"},
	}}})
}

func TestWordsAndPlacesInNames(t *testing.T) {
	runCases(t, []extractCase{
		{"a place for a surname, before a suffix", "Champions\n\nEastfield Central athletic director Reginald Washington III said the school would hang a new banner.\n\"That banner has been up there by itself for 34 years,\" Washington said.\n",
			[]want{{"That banner has been up there", "Reginald Washington III"}}},
		{"a State team is no person", "Column\n\nASHFORD — Terry Vukovich walked into the interview room at 11:52 p.m. Saturday, 38 minutes after his Ashford State Ravens had lost 31-10.\n\n\"Go ahead,\" he said.\n",
			[]want{{"Go ahead", "Terry Vukovich"}}},
		{"a town's team is no person", "Baseball\n\nThe team has played in Millbrook since 1987. Mayor Henry Abiodun said the city would fight for the Millbrook Lamplighters.\n\nAsked whether Millbrook might pursue another team, he said: \"I'm not going to rule anything out.\"\n",
			[]want{{"I'm not going to rule anything out", "Henry Abiodun"}}},
		{"a first name that is also a place", "Talks\n\nThe envoy arrived in Jordan on Monday. \"We are hopeful,\" said Jordan Williams, a State Department official.\n",
			[]want{{"We are hopeful", "Jordan Williams"}}},
		{"a row of seats is no name", "Ballpark\n\nDoris Kleinfeld, 79, has held season tickets since 1987 — same seats, Section 104, Row C. \"I've been sitting in the same seat so long they should name it after me,\" she said.\n",
			[]want{{"I've been sitting in the same seat", "Doris Kleinfeld"}}},
		{"a party tag of two words", "Vote\n\nState Rep. Yesenia Castro, D-San Antonio, who offered 11 amendments, called the program \"a blank check with no receipt.\"\n",
			[]want{{"a blank check", "Yesenia Castro"}}},
		{"a hyphenated given name", "Water\n\nMin-jun Seo, a hydrologist at the Southwest Water Institute, has measured the aquifer for a decade.\n\n\"It is a retirement account you have drawn down for 80 years,\" Seo says.\n",
			[]want{{"It is a retirement account", "Min-jun Seo"}}},
		{"a country that is a given name", "Rentals\n\nCouncil member Thomas Bishop backed the cap.\n\nJordan Whitley, who owns three rentals, said the rule would cost him $90,000. \"We followed your rules,\" he said.\n",
			[]want{{"We followed your rules", "Jordan Whitley"}}},
		{"a surname that is a word", "Debate\n\nRepublican Carter Will faced Democrat Lena Moss on Tuesday.\n\n\"I have signed the front of a paycheck,\" Will said.\n",
			[]want{{"I have signed the front", "Carter Will"}}},
		{"a surname that is a month", "Hearing\n\nSen. Dwight May questioned the secretary.\n\n\"I will hold you to Friday,\" May said.\n",
			[]want{{"I will hold you to Friday", "Dwight May"}}},
		{"a state is nobody", "Debate\n\nThe sessions will be held at his golf club in Far Hills, New Jersey.\n\nCampaign manager Dana Whitlock, in a brief interview, played down the changes. \"Nothing is being overhauled,\" she said.\n",
			[]want{{"Nothing is being overhauled", "Dana Whitlock"}}},
		{"titles of two words before a first name", "Vote\n\nCouncil Member Esperanza Villalobos led the push. \"Tonight we told 90,000 renters they matter,\" Villalobos said.\n\nPro Tem Vernon Cash was cautious. \"Let us not get ahead of ourselves,\" Cash said.\n",
			[]want{{"Tonight we told", "Esperanza Villalobos"}, {"Let us not get ahead", "Vernon Cash"}}},
		{"a hyphenated first name after a title", "Budget\n\nCommissioners Ann-Marie Kowalski and Ted Ruiz voted no. \"People are choosing between groceries and gas,\" Kowalski said.\n",
			[]want{{"People are choosing", "Ann-Marie Kowalski"}}},
		{"one of the officials is nobody", "Layoffs\n\n\"People are walking around like ghosts,\" said one of the officials.\n",
			[]want{{"People are walking around", ""}}},
		{"an office, then its director", "Briefing\n\nOffice of Management and Budget Director Theodore Park joined her at the lectern.\n\n\"Nobody should be surprised,\" Park said.\n",
			[]want{{"Nobody should be surprised", "Theodore Park"}}},
		{"born is no part of a name", "Obituary\n\nBorn Ernestine Mayfield in 1933, she taught music for 34 years.\n\n\"If you can talk, you can sing,\" she liked to say.\n",
			[]want{{"If you can talk", "Ernestine Mayfield"}}},
		{"a surname that is a street's word", "Wrestling\n\nNorth Cedar sophomore Abby Lane won the title. \"People told me it was a phase,\" Lane said.\n",
			[]want{{"People told me it was a phase", "Abby Lane"}}},
		{"a people is a group, not a person", "Poll\n\nThe poll asked Sikh Americans and others about the campaign. Americans called the plan \"very responsible.\"\n",
			[]want{{"very responsible", "Americans"}}},
		{"a courthouse is nobody", "Verdict\n\nMara Lutz waited outside the Hollins County Courthouse. \"I can rest now,\" she said.\n",
			[]want{{"I can rest now", "Mara Lutz"}}},
		{"a school is nobody", "Final\n\nBrookside Central led for most of the game. The coach, Nadia Ferris, was calm afterward.\n\n\"We will be back,\" she said.\n",
			[]want{{"We will be back", "Nadia Ferris"}}},
	})
}

func TestOneLineParagraphs(t *testing.T) {
	runCases(t, []extractCase{
		{"single newlines between paragraphs", "Council approves tram extension\nThe city council approved the tram extension on Monday after a long debate.\n\"This is a great day for the east side,\" said Councillor Rita Osei.\nOpponents were not convinced.\n\"It will cost twice what they say,\" said Dan Moreau, who leads the residents' association.\n",
			[]want{{"This is a great day for the east side", "Rita Osei"}, {"It will cost twice what they say", "Dan Moreau"}}},
	})
}

func TestFurnitureNearTheTop(t *testing.T) {
	runCases(t, []extractCase{
		{"comment counter and reading time under the byline", "Council approves tram extension\nBy Lena Fisk\n12 comments\n4 min read\nShare\n\nThe city council approved the tram extension on Monday.\n\n\"This is a great day for the east side,\" said Councillor Rita Osei.\n",
			[]want{{"This is a great day", "Rita Osei"}}},
		{"read more standing alone between paragraphs", "Council approves tram extension\n\nThe city council approved the tram extension on Monday after a long debate that ran late into the night.\n\nREAD MORE\n\n\"This is a great day for the east side of the city and for everyone who lives there,\" said Councillor Rita Osei, who has campaigned for the line for a decade.\n",
			[]want{{"This is a great day", "Rita Osei"}}},
		{"an advertisement inside a quotation of several paragraphs", "Sentencing\n\nLinda Marsh was the first to address the court. She paused, then continued.\n\n\"I used to be a person who said good morning to strangers. I used to sing in the car.\n\n\"People tell me that time heals. It does not.\n\nAdvertisement\n\n\"Mr. Bannon, I do not hate you. But I will never forgive what you took from us.\"\n\nGary Marsh spoke next.\n",
			[]want{{"I used to be a person who said good morning to strangers. I used to sing in the car. People tell me that time heals. It does not. Mr. Bannon, I do not hate you.", "Linda Marsh"}}},
	})
}

func TestScrapedTwice(t *testing.T) {
	body := "The city council approved the tram extension on Monday.\n\n\"This is a great day for the east side,\" said Councillor Rita Osei.\n\n\"It will cost twice what they say,\" said Dan Moreau.\n\n"
	runCases(t, []extractCase{
		{"body repeated", "Council approves tram extension\n\n" + body + body,
			[]want{{"This is a great day", "Rita Osei"}, {"It will cost twice", "Dan Moreau"}}},
	})
}

func TestPlainTextMetadataLines(t *testing.T) {
	text := "Headline: Council approves tram extension\nSubtitle: The line will open in 2028\nDate: 2026-03-04\nPublisher: The Riverside Ledger\nBy: Lena Fisk\nURL: https://ledger.example/news/tram\n\nThe city council approved the tram extension on Monday.\n\n\"This is a great day for the east side,\" said Councillor Rita Osei.\n"
	a, err := ParseArticle("tram.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Council approves tram extension" || a.Outlet != "The Riverside Ledger" || a.Published != "2026-03-04" || a.URL != "https://ledger.example/news/tram" {
		t.Errorf("metadata = title %q, outlet %q, published %q, url %q", a.Title, a.Outlet, a.Published, a.URL)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Rita Osei" {
		t.Fatalf("quotes = %+v", a.Quotes)
	}
}

func TestStatementRelayedByAnAgencyIsOneStatement(t *testing.T) {
	agency, err := ParseArticle("wire.txt", []byte("---\noutlet: Harbour Wire\n---\nPort talks\n\nThe harbour will reopen to container ships on Monday after the dredging is finished, the port authority's news service reported, quoting the harbour master: \"Every berth will be open again by Monday, and the dredgers will have left the channel for good.\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	person, err := ParseArticle("ledger.txt", []byte("---\noutlet: The Ledger\n---\nPort reopens\n\nHarbour master Ines Kovac spoke at the quay on Friday.\n\n\"Every berth will be open again by Monday, and the dredgers will have left the channel for good,\" Kovac said.\n\n\"It was a great success,\" she added.\n"))
	if err != nil {
		t.Fatal(err)
	}
	other, err := ParseArticle("other.txt", []byte("---\noutlet: The Ledger\n---\nFestival\n\n\"It was a great success,\" said festival director Omar Haddad.\n"))
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex([]*Article{agency, person, other})
	find := func(article, prefix string) *Quote {
		for _, q := range ix.Quotes() {
			if q.Article == article && strings.HasPrefix(q.Text, prefix) {
				return q
			}
		}
		t.Fatalf("no quotation %q… in %s", prefix, article)
		return nil
	}
	w, l := find("wire.txt", "Every berth"), find("ledger.txt", "Every berth")
	if w.Speaker == l.Speaker {
		t.Fatalf("speakers %q and %q: the test wants them to differ", w.Speaker, l.Speaker)
	}
	if len(w.AlsoIn) != 1 || w.AlsoIn[0] != l.ID || len(l.AlsoIn) != 1 || l.AlsoIn[0] != w.ID {
		t.Errorf("also_in: wire %v, ledger %v; want each other", w.AlsoIn, l.AlsoIn)
	}
	if s, o := find("ledger.txt", "It was a great"), find("other.txt", "It was a great"); len(s.AlsoIn) != 0 || len(o.AlsoIn) != 0 {
		t.Errorf("two people's \"great success\" grouped: %v, %v", s.AlsoIn, o.AlsoIn)
	}
}

func TestStudiesAndTheirAuthors(t *testing.T) {
	runCases(t, []extractCase{
		{"a report by, with an apposition, found", "Primaries\n\nA report released in June by the Civic Ledger Project, a nonpartisan research group, found that members of the caucus were \"nearly three times as likely\" as other incumbents to face a challenge.\n",
			[]want{{"nearly three times as likely", "Civic Ledger Project"}}},
		{"a survey by found", "Budget\n\nA survey released Wednesday by the Brennick Institute found that 64% of voters view the fights as \"mostly political theater,\" and few trust Congress.\n",
			[]want{{"mostly political theater", "Brennick Institute"}}},
		{"a participle after the finding, past a decimal", "Hospitals\n\nA report released in January by the state Hospital Cost Commission found that the margin fell to negative 4.2 percent, describing the hospital's position as \"precarious but not yet critical.\"\n",
			[]want{{"precarious but not yet critical", "Hospital Cost Commission"}}},
		{"a survey of people found", "Poll\n\nPOLL WATCH — A new Ashgrove Research survey of likely primary voters found Strong leading with 31 percent, but also found that 44 percent of voters \"don't know enough to say\" about any candidate.\n",
			[]want{{"don't know enough to say", "Ashgrove Research"}}},
		{"found in the passive is nobody's finding", "Campus\n\nMarlowe State University closed the quad. The university said any students found to have broken the code of conduct \"will be held accountable.\"\n",
			[]want{{"will be held accountable", "Marlowe State University"}}},
		{"found after a speech verb keeps that verb's subject", "Audit\n\nInspector General Lorraine Cross wrote that her office had found \"systemic weaknesses\" in how the Army enforces the rules.\n",
			[]want{{"systemic weaknesses", "Lorraine Cross"}}},
	})
}

func TestNumbersInsideSentences(t *testing.T) {
	runCases(t, []extractCase{
		{"thousands are one number", "Schools\n\nMore than 2,300 residents signed the petition, Mayor Dana Holt said, calling the turnout \"a sign of real anger.\"\n",
			[]want{{"a sign of real anger", "Dana Holt"}}},
		{"a decimal is no sentence end", "Budget\n\nMayor Dana Holt said the margin fell to negative 4.2 percent, calling it \"bad news for the county.\"\n",
			[]want{{"bad news for the county", "Dana Holt"}}},
		{"millions with a decimal", "Budget\n\nMayor Dana Holt said the budget grew by $1.5 million, calling it \"good news for the county.\"\n",
			[]want{{"good news for the county", "Dana Holt"}}},
	})
}

func TestOrganisationsDescribed(t *testing.T) {
	runCases(t, []extractCase{
		{"its own lower-case noun names nobody", "Banks\n\nIn a separate announcement, the Board of Governors of the Calder Reserve System said it would \"review and update\" the scenarios used in its annual bank stress tests.\n",
			[]want{{"review and update", "Board of Governors of the Calder Reserve System"}}},
		{"a teachers' union is an education association", "Schools\n\nThe Lakeside Education Association will ask its members to authorize a strike after talks with the Lakeside School District broke down.\n\nThe union posted an open letter on its website. \"We know a strike would be hard on families,\" the letter said.\n",
			[]want{{"We know a strike", "Lakeside Education Association"}}},
		{"a company an apposition names", "Breach\n\nPayroll firm Quillbrook says hackers stole Social Security numbers\n\nQuillbrook, a payroll and HR software company used by 40,000 small businesses, said Thursday that hackers had stolen the Social Security numbers of 8 million workers.\n\n\"We deeply regret this incident,\" the company wrote.\n",
			[]want{{"We deeply regret this incident", "Quillbrook"}}},
		{"a union local's number", "Buses\n\nIn a letter to the council, Amalgamated Transit Union Local 1190 said the redesign would \"shift good union jobs to a private van contractor\" next year.\n",
			[]want{{"shift good union jobs", "Amalgamated Transit Union Local 1190"}}},
		{"the hospital is a medical center", "Births\n\nSt. Brendan Regional Medical Center will close its maternity unit in March.\n\nThe hospital said in a statement that the unit had become \"financially and clinically unsustainable\" this year.\n",
			[]want{{"financially and clinically unsustainable", "St. Brendan Regional Medical Center"}}},
		{"the union is an officers' association", "Budget\n\nThe Bellmont Police Officers Association went further. In a statement posted to its Facebook page, the union accused the council of \"playing politics with public safety\" on Wednesday.\n",
			[]want{{"playing politics with public safety", "Bellmont Police Officers Association"}}},
		{"a word of a name alone is the organisation", "Pact\n\nIn Ankara, Turkey's Ministry of Foreign Affairs said in a statement that it \"welcomes all contributions\" to the task force.\n\nThe Defense Department's Office of Inspector General released the report Wednesday. The 87-page report, which The Washington Post reviewed ahead of its release, found that Lt. Col. Brandon Rich \"created an appearance of favoritism\" in 2023.\n",
			[]want{{"welcomes all contributions", "Ministry of Foreign Affairs"}, {"created an appearance of favoritism", "Office of Inspector General"}}},
		{"the company is no union named since", "Strike\n\nHearthstone Baking Co. employs 300 people in Millbrook. Food Processing and Allied Workers Local 412 called the strike on Monday.\n\nIn a letter to employees, the company said it \"respects the right of every employee to make his or her own choice\" in the dispute.\n",
			[]want{{"respects the right of every employee", "Hearthstone Baking Co."}}},
		{"the first word of an organisation's name", "Tenants\n\nCrestmoor Residential Partners LLC owns the complex. In court filings, Crestmoor's attorneys argued that tenants had \"failed to provide proper written notice\" of repairs.\n",
			[]want{{"failed to provide proper written notice", "Crestmoor Residential Partners LLC"}}},
		{"an organisation's words say we", "Book\n\nLiberty Hall Press published the memoir in May.\n\nLiberty Hall Press stood by the book. \"We stand behind every word of the account.\"\n",
			[]want{{"We stand behind every word", "Liberty Hall Press"}}},
		{"the label is the record company", "Music\n\nHer album debuted at No. 2 in June, and her label, Red Clay Records, said Sunday that she remains under contract. Senator Grant Halvorsen mocked the album.\n\n\"Loretta is family to us, and she isn't going anywhere,\" the label said in a statement.\n",
			[]want{{"Loretta is family to us", "Red Clay Records"}}},
		{"the utility is the power company", "Storm\n\nGulf Coastal Power said in a statement that 14,000 customers remained without electricity. The utility said most customers should have power back \"by the end of next week\" in the parish.\n",
			[]want{{"by the end of next week", "Gulf Coastal Power"}}},
		{"a bakery is nobody's she", "Bakery\n\nAt 4 a.m. the only light on Canal Street comes from the front window of Van Aalst Bakehouse, where the owner is already kneading rye dough.\n\n\"People think bakers are morning people,\" she said.\n",
			[]want{{"People think bakers are morning people", ""}}},
		{"an ampersand inside the name", "Fire\n\nWestridge Power & Light said in a filing that one of its lines had \"experienced an outage event\" before the fire.\n",
			[]want{{"experienced an outage event", "Westridge Power & Light"}}},
		{"a person of a state body", "Fire\n\n\"We lost some ground last night,\" Battalion Chief Lupe Arriaga of the state Wildland Fire Service said at a briefing.\n",
			[]want{{"We lost some ground last night", "Lupe Arriaga"}}},
		{"her campaign is her campaign", "Primary\n\nBusinesswoman Maria Kent-Navarro trailed by 900 votes. Her campaign later said in a statement that it was \"closely monitoring the count in Ashby County,\" where ballots remain.\n",
			[]want{{"closely monitoring the count", "Kent-Navarro campaign"}}},
	})
}

func TestPartyTagsWithLongPlaces(t *testing.T) {
	runCases(t, []extractCase{
		{"a town of nine letters", "Hoax\n\nState Rep. Yolanda Whitfield-Brooks, D-Muskegon, whose district includes Port Wexford, wrote on X that the hoax calls were \"terrorizing our kids.\"\n",
			[]want{{"terrorizing our kids", "Yolanda Whitfield-Brooks"}}},
		{"a party and a state in words", "Pact\n\nSen. Petra Novak-Lindgren, Republican of Wisconsin, wrote on X that it was \"money well spent.\" Representative Darius Love, Democrat of California, wrote that the pact left open \"who is liable.\"\n",
			[]want{{"money well spent", "Petra Novak-Lindgren"}, {"who is liable", "Darius Love"}}},
		{"an interstate is no party", "Traffic\n\nThe crash closed the road, I-95, for hours. \"It was chaos,\" said trooper Dan Reyes.\n",
			[]want{{"It was chaos", "Dan Reyes"}}},
	})
}

func TestRoundUpBullets(t *testing.T) {
	runCases(t, []extractCase{
		{"a bullet before the subject", "The week\n\n• Former Lt. Gov. Raymond Kessel launched his campaign for governor Monday in Dalton, telling a crowd of about 300: \"This state doesn't need a manager. It needs a mechanic.\"\n\n• The Fair Lines Coalition filed suit Tuesday, arguing in its complaint that the maps \"dilute the voting strength of rural communities.\"\n",
			[]want{{"This state doesn't need a manager", "Raymond Kessel"}, {"dilute the voting strength", "Fair Lines Coalition"}}},
	})
}

func TestInterviewAnswers(t *testing.T) {
	body := "Chief Evangeline Brooks-Tate took over the Dunmore Falls police in March. Brooks-Tate sat down with the Courier last week. Councilmember Rosa Delgado-Finn voted to confirm Brooks-Tate.\n\nQ: You're 60 days in. What has surprised you?\n\nA: How small it is. A woman stopped me in the cereal aisle. I said, \"Ma'am, I've been here nine days.\"\n\nQ: The union wanted an internal hire. How are you handling that?\n\nA: I understand it. What I told them at my first roll call was, \"You don't have to like me. You have to give me 90 days.\"\n"
	runCases(t, []extractCase{
		{"I in an answer is who answers", "Interview\n\n" + body,
			[]want{{"Ma'am, I've been here nine days", "Evangeline Brooks-Tate"}, {"You don't have to like me", "Evangeline Brooks-Tate"}}},
		{"I in running text is nobody", "Column\n\nI said, \"Ma'am, I've been here nine days,\" and walked on. Councilmember Rosa Delgado-Finn laughed.\n",
			[]want{{"Ma'am, I've been here nine days", ""}}},
	})
}

func TestRelativesToldApartByTitle(t *testing.T) {
	runCases(t, []extractCase{
		{"Ms. is the daughter her first name says is one", "Drought\n\nSamuel Okonkwo, 71, has farmed near Harlan Falls for 40 years. \"The well went dry in June,\" Mr. Okonkwo said.\n\nMr. Okonkwo's daughter, Grace Okonkwo, 44, has been hauling water to the farm.\n\n\"My dad has voted Republican his whole life,\" Ms. Okonkwo said.\n",
			[]want{{"The well went dry", "Samuel Okonkwo"}, {"My dad has voted", "Grace Okonkwo"}}},
		{"the younger is the one named second", "Primary\n\nSheriff Dale Judge won the nomination. \"I want your vote in November,\" Judge said.\n\nJudge was introduced by his son, Brandon Judge, a Marine veteran. \"Dad has been getting up at 4:30 every morning for 31 years,\" the younger Judge said.\n",
			[]want{{"I want your vote", "Dale Judge"}, {"Dad has been getting up", "Brandon Judge"}}},
		{"whose daughter is hers, not his", "Measles\n\nSuperintendent Douglas Afolabi-Grant said the district had \"no choice but to follow the order.\"\n\nOther parents said the order had come too late. Kenji Yamamoto-Ellis, whose 11-month-old daughter is too young for the first shot, said he had kept her home since the first case.\n\n\"She can't be vaccinated yet. She depends on everybody else,\" he said.\n",
			[]want{{"no choice but to follow", "Douglas Afolabi-Grant"}, {"She can't be vaccinated yet", "Kenji Yamamoto-Ellis"}}},
		{"the elder and the younger by how they were introduced", "Sheriff\n\nSheriff Wade Tolliver has run the office for 24 years. \"Everybody's got my number,\" Tolliver said.\n\nThe job runs in the family. His father, Earl Tolliver, was sheriff before him, and his son, Wade Tolliver Jr., is a deputy.\n\nThe elder Tolliver remembers it differently. \"I said the badge is the second least important thing,\" he said.\n",
			[]want{{"Everybody's got my number", "Wade Tolliver"}, {"I said the badge", "Earl Tolliver"}}},
		{"ages still decide first", "Campaign\n\nTheodore King, 58, shook every hand. \"We are not finished,\" Mr. King said.\n\nTheir son, Marcus King, 24, is his body man. \"My dad taught me to shake hands with everybody,\" the younger Mr. King said.\n\nHis wife, Delphine King, watched from the side.\n",
			[]want{{"We are not finished", "Theodore King"}, {"My dad taught me", "Marcus King"}}},
	})
}

func TestNewsletterSections(t *testing.T) {
	body := "The session ended at midnight.\n\nQUOTE OF THE WEEK\n\"I have been in this building for 22 years, and I have never seen a bill die because somebody's mother-in-law called.\"\n— Sen. Bernadette Quill, R-Dalton, on the sudden collapse of the short-term rental bill\n\nOVERHEARD IN THE HALLS\n\"I'm not saying I'm tired, but I just tried to badge into my own house.\" — a House staffer, Wednesday, 11:48 p.m.\n"
	runCases(t, []extractCase{
		{"a section in capitals is nobody; the dash line below is", "Statehouse week\n\n" + body,
			[]want{{"I have been in this building", "Bernadette Quill"}, {"I'm not saying I'm tired", ""}}},
	})
}

func TestAsSomebodyPutIt(t *testing.T) {
	runCases(t, []extractCase{
		{"as X, a name in apposition, put it", "Race\n\nA year ago the seat would have been \"a punch line,\" as her campaign manager, Theo Bishop, put it.\n",
			[]want{{"a punch line", "Theo Bishop"}}},
	})
}

func TestWhereTheReporterSawIt(t *testing.T) {
	runCases(t, []extractCase{
		{"a copy obtained by an outlet wrote nothing", "Shutdown\n\nThe Office of Management and Budget sent a memo to agency heads Friday instructing them to \"review and update\" shutdown plans \"in the event of a lapse in appropriations,\" according to a copy obtained by The Capitol Wire.\n",
			[]want{{"review and update", "Office of Management and Budget"}, {"in the event of a lapse", "Office of Management and Budget"}}},
		{"a report by an agency did", "Radios\n\nThe crews lacked working radios, according to a report released by the Office of Inspector General, which called the program \"under-resourced\" in May.\n",
			[]want{{"under-resourced", "Office of Inspector General"}}},
	})
}

func TestOpeningPhrasesBeforeTheSubject(t *testing.T) {
	runCases(t, []extractCase{
		{"any short phrase and a comma", "History\n\nEighty years after that, Ross Perot won nearly 19 percent of the vote in 1992, warning of the \"giant sucking sound\" of jobs heading to Mexico.\n",
			[]want{{"giant sucking sound", "Ross Perot"}}},
	})
}

func TestPullQuotes(t *testing.T) {
	runCases(t, []extractCase{
		{"a subhead repeating a quotation below it", "Sentencing\n\nJudge Evelyn Strand sentenced Caleb Rourke to 14 years. \"They describe a good man,\" she said.\n\n\"Our house has gone silent\"\n\nMaya's mother, Andrea Little, spoke for nearly 20 minutes.\n\n\"Our house has gone silent,\" she said. \"Maya used to come in the back door yelling for the dog.\"\n",
			[]want{{"They describe a good man", "Evelyn Strand"}, {"Our house has gone silent", "Andrea Little"}, {"Maya used to come in", "Andrea Little"}}},
		{"short answers stay", "Hearing\n\n\"Is the other case the law of the land?\" Sen. Amira Haddad asked.\n\n\"It is,\" Judge Caroline Strong replied.\n\n\"It is.\"\n",
			[]want{{"Is the other case", "Amira Haddad"}, {"It is", "Caroline Strong"}, {"It is", "Amira Haddad"}}},
	})
}

func TestRelativeClausesAfterAppositions(t *testing.T) {
	runCases(t, []extractCase{
		{"an apposition opening with an owner of two words", "Births\n\n\"This is the hardest decision I have been part of,\" Elaine Whitmore-Grant, St. Brendan's chief executive, said in an interview.\n",
			[]want{{"This is the hardest decision", "Elaine Whitmore-Grant"}}},
		{"a relative clause inside an apposition", "Budget\n\nCouncilman Peter Sharp, an at-large member who voted yes, pushed back. \"With respect to my colleague, the people in her district call 911 more than anybody.\"\n",
			[]want{{"With respect to my colleague", "Peter Sharp"}}},
		{"who after an apposition with a place", "Town hall\n\nThe first question came from Gloria Fenwick, a retired middle-school teacher from nearby Carrow Springs, who asked: \"My pension has been frozen for three years. What are you going to do about it?\"\n",
			[]want{{"My pension has been frozen", "Gloria Fenwick"}}},
		{"which with a subject of its own", "Jobs\n\nIn an email, campaign spokesman Curtis Free said the figure came from a 2025 report by the Badger Policy Institute, a conservative think tank in Madison, which he called \"the most honest accounting of the governor's record.\"\n",
			[]want{{"the most honest accounting", "Curtis Free"}}},
	})
}

func TestDatelines(t *testing.T) {
	runCases(t, []extractCase{
		{"a city in capitals and a dash", "Hearing\n\nWASHINGTON — Dana Whitcomb-Reyes spent nearly six hours before the Senate labor committee on Tuesday insisting that she would be \"a secretary for the people who work.\"\n",
			[]want{{"a secretary for the people who work", "Dana Whitcomb-Reyes"}}},
		{"an agency's tag in brackets", "Floods\n\nDENVER (AP) — Gov. Ana Ruiz spent Monday touring flood damage, calling the storm \"the worst in a generation.\"\n",
			[]want{{"the worst in a generation", "Ana Ruiz"}}},
	})
}

func TestWordsReadOutAreTheWriters(t *testing.T) {
	runCases(t, []extractCase{
		{"a text message somebody sent", "Verdict\n\nThe most emotional moment came Tuesday, when prosecutor Ellen Marchetti read aloud a text message Kayla Dunn sent to her sister three days before she was killed: \"If anything happens to me, it was Travis.\"\n",
			[]want{{"If anything happens to me", "Kayla Dunn"}}},
		{"a letter from somebody, then the quotation", "Hearing\n\nSenator Rosalind Bishop, Democrat of New Jersey, read aloud from a letter she said she had received from Teresa Alvarado, a pediatric nurse in Camden.\n\n\"I have held children who were shot by other children.\"\n",
			[]want{{"I have held children", "Teresa Alvarado"}}},
		{"a journal a daughter named by first name wrote", "Drill\n\nAnother parent, Rachel Goldfarb, read aloud from the journal her daughter, Sophie, wrote in the next morning: \"Today we had a drill. It was not a drill it was a man.\"\n",
			[]want{{"Today we had a drill", "Sophie"}}},
		{"the reader's own words stay hers", "Hearing\n\nSenator Rosalind Bishop read the bill twice. \"This is not a serious proposal,\" she said.\n",
			[]want{{"This is not a serious proposal", "Rosalind Bishop"}}},
	})
}

func TestOneOfAGroupIsUnnamed(t *testing.T) {
	runCases(t, []extractCase{
		{"one of the teachers", "Drill\n\n\"Some of my kids thought it was real,\" one of the teachers said.\n",
			[]want{{"Some of my kids thought it was real", ""}}},
		{"the justice is the one titled Justice", "Ruling\n\nJustice Gerald Haversham wrote the dissent, joined by two colleagues. The justice warned that the ruling would invite \"a flood of litigation.\"\n",
			[]want{{"a flood of litigation", "Gerald Haversham"}}},
	})
}

func TestPollFindings(t *testing.T) {
	body := "WASHINGTON — Democrat Evelyn Marsh-Tobin has opened a 7-point lead over Republican Grant Halvorsen, a new Courier/Hartwell University Poll finds, as a majority of likely voters say the GOP nominee lacks \"the temperament to serve effectively as president.\"\n\nThe poll also found deep pessimism. Nearly six in 10 voters, 58%, said the race has made them feel \"more cynical about politics,\" including majorities of both parties.\n\nA Carrow University poll released last week found the race tied. In Harlan County, 58 percent of respondents described the water situation as \"a crisis,\" and a plurality said neither candidate had offered \"a realistic plan.\"\n"
	runCases(t, []extractCase{
		{"counted respondents speak for the poll", "Poll\n\n" + body,
			[]want{{"the temperament to serve", "Courier/Hartwell University Poll"}, {"more cynical about politics", "Courier/Hartwell University Poll"}, {"a crisis", "Carrow University"}, {"a realistic plan", "Carrow University"}}},
		{"the pollster is the firm that polled", "Poll\n\nA new Keystone Insights poll has Thibodeaux up 47 to 45, well within the margin of error. \"This is a genuine toss-up,\" the pollster wrote in a memo accompanying the results.\n",
			[]want{{"This is a genuine toss-up", "Keystone Insights"}}},
		{"a group not counted is itself", "Rally\n\nA Carrow University poll released last week found the race tied.\n\nAt the rally, union members said the wait was \"worth every minute.\"\n",
			[]want{{"worth every minute", "Union members"}}},
	})
}

func TestPostsAndReposts(t *testing.T) {
	body := "A post shared widely on social media claims that a new federal rule will outlaw gas stoves.\n\n\"Starting in 2027, the federal government will make it ILLEGAL to cook on a gas stove in your own home,\" reads the March 24 post by Brody Kincaid, a lifestyle influencer with about 1.2 million followers. \"Share before they delete this!!\"\n\nThe claim was amplified by Rep. Vera Lindqvist, who reposted it with the comment \"They're coming for your kitchen.\"\n"
	runCases(t, []extractCase{
		{"a post reads, by its writer; a repost with a comment", "Fact check\n\n" + body,
			[]want{{"Starting in 2027", "Brody Kincaid"}, {"Share before they delete this", "Brody Kincaid"}, {"They're coming for your kitchen", "Vera Lindqvist"}}},
	})
}

func TestSomebodyWhoKeepsTheirNameBack(t *testing.T) {
	runCases(t, []extractCase{
		{"asked not to be named", "Layoffs\n\nPlant manager Ruth Kessler said the line would close in June. \"We looked at every option,\" she said.\n\nA longtime line worker who asked not to be named because she hopes to be hired at another plant said morale had been sinking. \"We saw the new equipment go to other plants,\" she said.\n",
			[]want{{"We looked at every option", "Ruth Kessler"}, {"We saw the new equipment", ""}}},
		{"declined to give her name", "Protest\n\nOrganizer Beatriz Salcedo-Young led the march. \"We will be back,\" she said.\n\nA teenager who marched with her grandmother, and who declined to give her name, said she had made her sign the night before. \"My grandma's well is right there,\" she said.\n",
			[]want{{"We will be back", "Beatriz Salcedo-Young"}, {"My grandma's well is right there", ""}}},
		{"a stranger of the other gender leaves her hers", "Profile\n\nGov. Lorraine Beaudry-Nakamura took office in 2019. \"I am a teacher first,\" she said.\n\nA lobbyist who asked not to be named because he still has business before her administration was less admiring. \"She never forgets a slight,\" he said.\n\nShe calls the schools plan the biggest mistake of her career. \"I came at it like a teacher with a lesson plan,\" she said.\n",
			[]want{{"I am a teacher first", "Lorraine Beaudry-Nakamura"}, {"She never forgets a slight", ""}, {"I came at it like a teacher", "Lorraine Beaudry-Nakamura"}}},
	})
}

func TestOfficialsUnnamed(t *testing.T) {
	runCases(t, []extractCase{
		{"city officials are nobody in particular", "Budget\n\nThe council approved a budget that closes what city officials describe as an $11 million \"structural deficit.\"\n",
			[]want{{"structural deficit", ""}}},
		{"she, after somebody who asked not to be identified, is that somebody", "Verdict\n\nJudge Meredith Kwan thanked the jurors.\n\nOne juror, a woman who asked not to be identified because she feared for her safety, said the text messages weighed heavily.\n\n\"We went through every single one of them, twice,\" she said.\n",
			[]want{{"We went through every single one", "one juror"}}},
		{"a delegate from a state, who declined to give her name", "Convention\n\nThe air conditioning struggled again on Tuesday.\n\n\"Tell that to my deodorant,\" said a delegate from Ohio who declined to give her name.\n",
			[]want{{"Tell that to my deodorant", "a delegate from Ohio"}}},
		{"Syrian officials say who", "Talks\n\nSyrian officials called the meeting \"a new chapter\" in relations.\n",
			[]want{{"a new chapter", "Syrian officials"}}},
	})
}

func TestSomebodysClaim(t *testing.T) {
	runCases(t, []extractCase{
		{"a claim named by somebody else", "Fact check\n\nChallenger Dwight Rowe said crime had doubled. Mayor Elena Varga, speaking at the same debate, called Rowe's claim \"a scare tactic.\"\n",
			[]want{{"a scare tactic", "Elena Varga"}}},
		{"a claim that is the claimer's", "Fact check\n\nPolitifact checked Donald Trump's claim that there have been \"thousands of shootings\" in Chicago this year.\n",
			[]want{{"thousands of shootings", "Donald Trump"}}},
	})
}

func TestTheSameWordsQuotedAgain(t *testing.T) {
	runCases(t, []extractCase{
		{"a fact check's claim, said further down", "Fact check\n\nTHE CLAIM: \"Violent crime in this city has doubled since Elena Varga took office.\"\n\nDuring last week's debate, challenger Dwight Rowe made public safety his theme. \"Violent crime in this city has doubled since Elena Varga took office,\" Rowe said.\n",
			[]want{{"Violent crime in this city", "Dwight Rowe"}, {"Violent crime in this city", "Dwight Rowe"}}},
		{"a short phrase quoted twice stays apart", "Debate\n\nHalvorsen called the plan \"a disaster.\" Supporters waved signs reading \"a disaster\" outside.\n",
			[]want{{"a disaster", "Halvorsen"}, {"a disaster", ""}}},
	})
}

func TestAPersonTheWordsAfterAVerbName(t *testing.T) {
	runCases(t, []extractCase{
		{"said, a role, then the name", "Library\n\n\"Nobody thought it would last,\" said Dr. Helga Brandvold, a historian at Corran College.\n\nToday the branch is busier than it has been in decades, said library director Wanda Okonjo. It lent out \"just under 90,000 books\" last year, she said.\n",
			[]want{{"Nobody thought it would last", "Helga Brandvold"}, {"just under 90,000 books", "Wanda Okonjo"}}},
		{"said, a capitalised role, then the name", "Library\n\n\"Nobody thought it would last,\" said Dr. Helga Brandvold, a historian at Corran College.\n\nToday the branch is busier than it has been in decades, said Library Director Wanda Okonjo. It lent out \"just under 90,000 books\" last year, she said.\n",
			[]want{{"Nobody thought it would last", "Helga Brandvold"}, {"just under 90,000 books", "Wanda Okonjo"}}},
	})
}

func TestHerHusbandHisWife(t *testing.T) {
	runCases(t, []extractCase{
		{"her husband is the man of her family", "Bakery\n\nGino Ferraro, 66, has run the bakery with his wife, Teresa, since 1990. \"The ovens are older than our kids,\" he said.\n\nSunniva Ybarra-Quint, the town's business director, said a grant might help. \"We are looking at options,\" Ybarra-Quint said.\n\nTeresa Ferraro said the cannoli recipe will stay in the family. \"Some things you don't sell,\" she said.\n\nHer husband was less sure. \"We'll see,\" he said.\n",
			[]want{{"The ovens are older", "Gino Ferraro"}, {"We are looking at options", "Sunniva Ybarra-Quint"}, {"Some things you don't sell", "Teresa Ferraro"}, {"We'll see", "Gino Ferraro"}}},
	})
}

func TestRoundUpLabelsWithAnAside(t *testing.T) {
	body := "Reactions to the stadium vote\n\nThe council approved the deal 6-3 on Tuesday night.\n\nCounty Executive Dolores Kingsley: \"The county will do its part on roads. But I want a plan for game-day traffic.\"\n\nState Sen. Marcus Whitfield Jr., on X: \"Great night for every kid who ever dreamed of playing here.\"\n\nHouse Minority Leader Anita Young, replying to Whitfield on X: \"Funny how there's always money for stadiums.\"\n\nRiverhawks manager Luis Ortega, before Wednesday's game: \"Our guys read the news too.\"\n\nHarlan Taxpayers Alliance, in a statement:\n\"Every economist who has studied stadium subsidies has reached the same conclusion.\"\n"
	runCases(t, []extractCase{
		{"a name, roles before it, where or how after a comma", body,
			[]want{{"The county will do its part", "Dolores Kingsley"}, {"Great night for every kid", "Marcus Whitfield Jr."}, {"Funny how there's always money", "Anita Young"}, {"Our guys read the news", "Luis Ortega"}, {"Every economist who has studied", "Harlan Taxpayers Alliance"}}},
	})
}

func TestSurnamesThatOpenWithAParticle(t *testing.T) {
	runCases(t, []extractCase{
		{"a capitalised particle opens a surname, not a first name", "Election night\n\n11:48 p.m. — De la Vega declares victory\n\nMarisol de la Vega took the stage at the union hall.\n\n\"Port Calder, we did it,\" de la Vega said.\n\nHer mother, Carmen de la Vega, 74, sat in the front row. \"I told her not to run,\" she said.\n\nVan Buren conceded at midnight. Pieter Van Buren, the incumbent, thanked his staff. \"We ran a clean race,\" Van Buren said.\n",
			[]want{{"Port Calder, we did it", "Marisol de la Vega"}, {"I told her not to run", "Carmen de la Vega"}, {"We ran a clean race", "Pieter Van Buren"}}},
	})
}

func TestGenerationsBySuffix(t *testing.T) {
	runCases(t, []extractCase{
		{"a surname that is a title, then a suffix", "Obituary\n\nWalter King Sr., who coached Eastvale High for 31 seasons, died Tuesday. He was 88.\n\nHis death was confirmed by his son Walter King Jr., who said his father had been ill since January.\n\n\"He went the way he would have wanted,\" King Jr. said.\n",
			[]want{{"He went the way he would have wanted", "Walter King Jr."}}},
		{"the younger of Jr. and III", "Trial\n\nThe charity's founder, Raymond Price Jr., is on trial. Price, 61, denies the charges.\n\nJurors also heard from the defendant's son, Raymond Price III, who ran the charity's operations. He testified that he knew nothing of the transfers.\n\n\"My father built that charity from nothing,\" the younger Price said.\n\n\"I was only the bookkeeper's boss,\" the elder Price said later.\n",
			[]want{{"My father built that charity", "Raymond Price III"}, {"I was only the bookkeeper's boss", "Raymond Price Jr."}}},
	})
}

func TestACampaignSpeaksForItself(t *testing.T) {
	runCases(t, []extractCase{
		{"the candidate's campaign is an organisation", "Debate\n\nRep. Gordon Shepherd III and his challenger, Dr. Miriam Hope, clashed on Thursday.\n\nThe Hope campaign, in an email to supporters, wrote that Shepherd had \"refused to give a single straight answer.\"\n\nShepherd's campaign called the email \"desperate.\" Her campaign later said it had raised $90,000 \"in one night.\"\n\n\"We won on substance,\" Hope said.\n",
			[]want{{"refused to give a single straight answer", "Hope campaign"}, {"desperate", "Shepherd campaign"}, {"in one night", "Hope campaign"}, {"We won on substance", "Miriam Hope"}}},
	})
}

func TestAFirstNameWithASuffix(t *testing.T) {
	runCases(t, []extractCase{
		{"the son by his first name and suffix", "Obituary\n\nWalter King Sr. died Tuesday at 88.\n\nHis death was confirmed by his son Walter King Jr., who said his father had been ill. His friend Clarence Hope said King was a legend.\n\nWalter Jr., 61, an assistant principal, said the family asked for donations instead of flowers.\n\n\"Dad would hate all this fuss,\" he said.\n",
			[]want{{"Dad would hate all this fuss", "Walter King Jr."}}},
	})
}

func TestTheAgeAsADescription(t *testing.T) {
	runCases(t, []extractCase{
		{"the age of somebody just named", "Rezoning\n\nJoyce Small, 71, said she feared for her street. \"I am not against anybody,\" she said.\n\nDevin King, an elementary school teacher who rents downtown, said he had been priced out of three apartments.\n\n\"I teach your grandchildren,\" the 34-year-old said, turning to face the residents.\n",
			[]want{{"I am not against anybody", "Joyce Small"}, {"I teach your grandchildren", "Devin King"}}},
		{"the age the article gave", "Rezoning\n\nJoyce Small, 71, spoke first. Devin King, a teacher, spoke next and said rents had doubled.\n\n\"I have lived here since 1979,\" the 71-year-old said.\n",
			[]want{{"I have lived here since 1979", "Joyce Small"}}},
	})
}

func TestAChildNamedAfterAKinshipNoun(t *testing.T) {
	runCases(t, []extractCase{
		{"words between the owner and the noun", "Tornado\n\nRon and Bev Tucker rode out the storm in the bathtub with their 9-year-old grandson, Eli, and the family's beagle.\n\nRon Tucker, 66, said he held a mattress over them. \"I could feel it pulling,\" he said.\n\nEli, sitting on the tailgate of his uncle's pickup, said he was worried about his bicycle. \"Grandpa says we'll find it in Nebraska,\" he said.\n",
			[]want{{"I could feel it pulling", "Ron Tucker"}, {"Grandpa says we'll find it", "Eli"}}},
		{"the family's name once the article gives it", "Basketball\n\nMalik Young whipped the ball to his younger brother, Devon, alone in the corner.\n\nDevon Young, who had missed his first four shots, finished with 11. \"I was just thinking, don't miss,\" Devon Young said.\n",
			[]want{{"I was just thinking, don't miss", "Devon Young"}}},
	})
}

func TestTheYoungerByFirstName(t *testing.T) {
	runCases(t, []extractCase{
		{"father and son of one name", "Sheriff\n\nSheriff Wade Tolliver answered every call himself.\n\nThe job runs in the family. His son, Wade Tolliver Jr., has been a deputy for six years.\n\nThe younger Wade, 31, said growing up as the sheriff's son meant \"you could not get away with anything.\"\n",
			[]want{{"you could not get away with anything", "Wade Tolliver Jr."}}},
	})
}

func TestInvertedVerbsInThePresent(t *testing.T) {
	runCases(t, []extractCase{
		{"declares, notes, recalls before the name", "Voters\n\n\"I'm a voter,\" declares Renata Szabo, 27, a Navy veteran who was among those polled. \"I don't just post about it.\"\n\n\"The lines were out the door,\" recalls Osman Farah, a poll worker.\n\n\"Nobody expected it,\" notes Priya Venkat, who runs the county party.\n",
			[]want{{"I'm a voter", "Renata Szabo"}, {"I don't just post about it", "Renata Szabo"}, {"The lines were out the door", "Osman Farah"}, {"Nobody expected it", "Priya Venkat"}}},
	})
}

func TestAPlaceNamedInsideAnApposition(t *testing.T) {
	runCases(t, []extractCase{
		{"the capital, then its name, inside the clause", "Voters\n\nMichael Seaman, who lives in an unincorporated area outside the state capital, Sacramento, said he still \"prays that she ends up the nominee.\"\n\nLena Ortiz, a nurse from her hometown, Kiel, said the race was \"a coin toss.\"\n",
			[]want{{"prays that she ends up the nominee", "Michael Seaman"}, {"a coin toss", "Lena Ortiz"}}},
	})
}

func TestCourtPapersAndOfficesOfThe(t *testing.T) {
	runCases(t, []extractCase{
		{"an affidavit speaks for who signed it, not the court it was filed in", "Arrest\n\nA probable cause affidavit filed in Dunmore County District Court says a camera recorded a man. The affidavit, signed by Detective Sgt. Mary Kowalczyk, states that the car \"was observed leaving the area at a high rate of speed.\"\n",
			[]want{{"was observed leaving the area", "Mary Kowalczyk"}}},
		{"an office of the state fire marshal is one name", "Arrest\n\nThe Office of the State Fire Marshal, which assisted city police, said lab results were pending. \"Additional charges may be filed,\" the office said.\n",
			[]want{{"Additional charges may be filed", "Office of the State Fire Marshal"}}},
	})
}

func TestNamesOfInstitutionsAndTheirOfficers(t *testing.T) {
	runCases(t, []extractCase{
		{"a saint's possessive inside an institution's name", "Measles\n\nSt. Brigid's Regional Medical Center said it was \"temporarily restricting visitors under the age of 12.\"\n",
			[]want{{"temporarily restricting visitors", "St. Brigid's Regional Medical Center"}}},
		{"an organisation's title before a name", "Ceasefire\n\nCouncil of Nations Secretary-General Obafemi Adeyemi-Clarke said, \"The guns are quiet. Let them stay quiet.\"\n",
			[]want{{"The guns are quiet", "Obafemi Adeyemi-Clarke"}}},
		{"a hyphenated given name before a surname that is a word", "Earnings\n\nAnalyst Ji-hoon Park asked about the order book. \"Is there anything in it that worries you?\" Park asked.\n",
			[]want{{"Is there anything in it", "Ji-hoon Park"}}},
	})
}

func TestAccentedGivenNames(t *testing.T) {
	runCases(t, []extractCase{
		{"an accented first name is a first name, not a title", "Ceasefire\n\nAt the council, Ambassador María Fernanda Quiroga Lemus, who chairs the humanitarian committee, called the convoy \"a test the whole world is watching.\"\n",
			[]want{{"a test the whole world is watching", "María Fernanda Quiroga Lemus"}}},
	})
}

func TestAnAsideBetweenDashes(t *testing.T) {
	runCases(t, []extractCase{
		{"dashes set off an aside before the verb", "Budget\n\nThe committee met on Monday. Sen. Ana Ruiz — who chairs the committee and has opposed the bill since March — said it was \"dead on arrival.\"\n",
			[]want{{"dead on arrival", "Ana Ruiz"}}},
	})
}

func TestReviewedRules(t *testing.T) {
	runCases(t, []extractCase{
		{"a place of several words inside the clause", "Voters\n\nMichael Seaman, who lives outside the state capital, Salt Lake City, said he still \"prays that she ends up the nominee.\"\n",
			[]want{{"prays that she ends up the nominee", "Michael Seaman"}}},
		{"particles that are also first names", "March\n\nAl Sharpton led the march. \"We are not going anywhere,\" he said.\n\nVan Jones spoke next. \"It is time,\" Jones said.\n",
			[]want{{"We are not going anywhere", "Al Sharpton"}, {"It is time", "Van Jones"}}},
		{"a campaign keeps the surname's particles", "Election\n\nMarisol de la Vega leads the race. Her campaign said it was \"confident of a win.\"\n",
			[]want{{"confident of a win", "de la Vega campaign"}}},
		{"an age reaches back one paragraph, no further", "Hearing\n\nDevin King, a teacher, said rents had doubled.\n\nThe council heard from 40 people.\n\nIt voted after midnight.\n\nThe vote was 5-2.\n\nThe 34-year-old resident was not convinced. \"Nobody listens,\" he said.\n",
			[]want{{"Nobody listens", ""}}},
	})
}

func TestALawsuitSpeaksForWhoSued(t *testing.T) {
	runCases(t, []extractCase{
		{"the lawsuit of whoever sued", "Water\n\nThe case began in 2019, when the Calloway Valley Irrigation District sued the water board over reservoir diversions. The lawsuit alleged that the diversions had caused \"irreparable and ongoing harm\" to farms.\n",
			[]want{{"irreparable and ongoing harm", "Calloway Valley Irrigation District"}}},
	})
}

func TestRoundUpLabelsWithANicknameOrAQuestion(t *testing.T) {
	runCases(t, []extractCase{
		{"a nickname in the aside, a question put to the speaker", "Reactions\n\nTheodore Banks, the team owner, praised the vote.\n\nEdward Kowalski, a season-ticket holder since 1987 known around the park as \"Big Ed\": \"I will miss the old place. I will.\"\n\nBanks, asked after the vote about the critics: \"I respect them. I have read the studies.\"\n",
			[]want{{"I will miss the old place", "Edward Kowalski"}, {"I respect them", "Theodore Banks"}}},
	})
}

func TestOrdinalsOpenNoPersonsName(t *testing.T) {
	runCases(t, []extractCase{
		{"a court named by an ordinal is nobody 'she' can be", "Hearing\n\nJudge Caroline M. Strong testified on Tuesday.\n\nIn a 2022 dissent from a Sixth Circuit ruling that upheld a state gun law, she wrote that \"the Second Amendment does not come with an asterisk for the young.\"\n",
			[]want{{"the Second Amendment does not come with an asterisk", "Caroline M. Strong"}}},
	})
}

func TestHeadlinesNameNobodyAndTitlesGiveRoles(t *testing.T) {
	runCases(t, []extractCase{
		{"a headline in title case, then the senator", "\"Not On My Watch\": GOP Senator Torches Dems' Grid Bill In Fiery Floor Speech\n\nRepublican Wyoming Sen. Colt Mason blasted Democrats on the Senate floor Tuesday over their grid bill.\n\n\"The grid cannot handle it,\" the senator said.\n",
			[]want{{"The grid cannot handle it", "Colt Mason"}}},
		{"a sentence of names and function words is no headline", "Sentencing\n\nCuyahoga County Common Pleas Judge Daniel Bishop said Gregory Halloran Jr., 52, had \"built a business on the trust of people.\"\n\n\"You took their peace of mind,\" Bishop told Halloran.\n",
			[]want{{"built a business on the trust", "Daniel Bishop"}, {"You took their peace of mind", "Daniel Bishop"}}},
	})
}

func TestAFamilySpeaksAsAFamily(t *testing.T) {
	runCases(t, []extractCase{
		{"the family of a man speaks, not the man", "Shooting\n\nPolice shot Darnell Rich, 29, on Saturday.\n\nThe family of Darnell Rich called on Tuesday for the release of the footage, saying the account \"does not match anything we know about him.\"\n",
			[]want{{"does not match anything we know about him", "Rich family"}}},
		{"a family named for its surname is no adverb", "Shooting\n\nPolice shot Darnell Rich, 29, on Saturday.\n\nIn a statement released through the family's attorney, Benjamin St. Clair, the Rich family described Darnell as a father of two and \"the person everyone called when something broke.\"\n\n\"We have been told almost nothing,\" the statement said.\n",
			[]want{{"the person everyone called", "Rich family"}, {"We have been told almost nothing", "Rich family"}}},
		{"an all-caps label is no union local", "School bus\n\nLOCAL NEWS\n\nThe Tallis County Education Support Professionals Association, which represents the district's bus drivers, praised her. \"She did exactly what professionals do,\" the union wrote.\n",
			[]want{{"She did exactly what professionals do", "Tallis County Education Support Professionals Association"}}},
	})
}

func TestTheRoleOfTheStorysSubject(t *testing.T) {
	runCases(t, []extractCase{
		{"the chef of a review that never called him the chef", "Review\n\nIsidro de la Fuente bends over the wood grill as if listening to it. \"People think I'm checking the meat,\" de la Fuente said.\n\nDe la Fuente, 44, cooked in other people's kitchens for a decade. \"My grandmother made it on a brazier,\" he said.\n\nThe chef is less sentimental about the rest of the menu. \"It's butter that sat near a fire,\" he said.\n",
			[]want{{"People think I'm checking the meat", "Isidro de la Fuente"}, {"My grandmother made it", "Isidro de la Fuente"}, {"It's butter that sat near a fire", "Isidro de la Fuente"}}},
	})
}

func TestAnOccupationBeforeAnUnknownFirstName(t *testing.T) {
	runCases(t, []extractCase{
		{"forecaster, meteorologist before a name the list does not know", "Fire\n\nForecaster Priyanka Deshmukh-Hall of the State Climate Office said winds would ease. \"We are looking at a window,\" Deshmukh-Hall said.\n\nMeteorologist Tunde Okonkwo-Ellis said the rain would come late. \"Not before Friday,\" he said.\n",
			[]want{{"We are looking at a window", "Priyanka Deshmukh-Hall"}, {"Not before Friday", "Tunde Okonkwo-Ellis"}}},
	})
}

func TestACapitalNamedInAnApposition(t *testing.T) {
	runCases(t, []extractCase{
		{"a city after the noun for it is nobody 'she' can be", "Asylum\n\nSamira al-Haddad testified on Tuesday about her arrest in the Qarzani capital, Dar Vessin, in March 2022. She told the court that officers came to her office.\n\n\"They asked for the cartoonist,\" she testified.\n",
			[]want{{"They asked for the cartoonist", "Samira al-Haddad"}}},
		{"a person after a comma is still a person", "Election\n\nIn the county, Curtis Bell, the incumbent, led by 400 votes. \"I'm not going anywhere,\" he said.\n",
			[]want{{"I'm not going anywhere", "Curtis Bell"}}},
	})
}

func TestATranslationPublishedIsNoAttribution(t *testing.T) {
	runCases(t, []extractCase{
		{"according to a translation an agency published", "Referendum\n\nPresident Valentin Oskarov spoke in the capital on Monday.\n\nSpeaking to regional governors, Oskarov said the country \"cannot plan its roads in five-year fragments,\" according to a translation of his remarks published by the state news agency VelPress.\n",
			[]want{{"cannot plan its roads", "Valentin Oskarov"}}},
	})
}

func TestAUnionLocalByItsNumber(t *testing.T) {
	runCases(t, []extractCase{
		{"the local by its number after its full name", "Rezoning\n\nMarisol Duarte, a business representative for Carpenters Local 418, said the union had reached a deal. In a statement distributed at the meeting, Local 418 said the agreement would \"put local hands on local jobs for the next five years.\"\n",
			[]want{{"put local hands on local jobs", "Carpenters Local 418"}}},
	})
}

func TestToInsideAnOrganisationsName(t *testing.T) {
	runCases(t, []extractCase{
		{"to joins a name that an organisation's word ends", "Books\n\nThe Freedom to Read Project said it was \"prepared to support families who wish to challenge it.\"\n\nParents said they wanted \"a say in what our kids read.\"\n",
			[]want{{"prepared to support families", "Freedom to Read Project"}, {"a say in what our kids read", "Parents"}}},
	})
}

func TestARelativeAfterAnOpeningPhrase(t *testing.T) {
	runCases(t, []extractCase{
		{"his wife after a short opening phrase", "Retirement\n\nSheriff Dale Judge retired on Friday after 31 years. His wife, Marcy Judge, sat in the front row.\n\nCounty Commissioner Ellen Park, 61, praised his record. \"He never missed a shift,\" Park said.\n\nAt the reception, his wife raised a glass. \"Now he can miss all of them,\" she said.\n",
			[]want{{"He never missed a shift", "Ellen Park"}, {"Now he can miss all of them", "Marcy Judge"}}},
	})
}

func TestAProposalSpeaksForWhoseItIs(t *testing.T) {
	runCases(t, []extractCase{
		{"a company's proposal promised", "Contract\n\nSix weeks later, the department awarded the contract to Bellwether Health Systems, a Virginia company.\n\nBellwether's proposal promised \"seamless, enterprise-wide scheduling from day one,\" according to a copy reviewed by The Times.\n",
			[]want{{"seamless, enterprise-wide scheduling from day one", "Bellwether"}}},
	})
}

func TestInternationalFirstNamesTellHeAndShe(t *testing.T) {
	runCases(t, []extractCase{
		{"two first names the article gives no pronoun for", "Bakery\n\nAgnieszka Nowak and Tomasz Kowal run the bakery together.\n\n\"People think bakers are morning people,\" she said.\n\n\"We just gave up on sleep,\" he said.\n",
			[]want{{"People think bakers are morning people", "Agnieszka Nowak"}, {"We just gave up on sleep", "Tomasz Kowal"}}},
	})
}

func TestADocumentSpeaksForWhoeverPutItOut(t *testing.T) {
	runCases(t, []extractCase{
		{"the group's post", "Rally\n\nThe rally was organized by the Harbor Valley Alliance for Clean Water and Fair Rates, which said in an Instagram post before the event that the hearing was a formality.\n\n\"We came to be heard, and we were,\" the group's post read afterward.\n",
			[]want{{"We came to be heard, and we were", "Harbor Valley Alliance for Clean Water and Fair Rates"}}},
		{"the department's annual report", "Crime\n\nCaptain Lydia Moreno, a spokeswoman for the Brixton Police Department, said the department changed its counting rules in 2023.\n\nThe department's 2024 annual report says the change \"produced an increase on paper that does not reflect more crime.\"\n",
			[]want{{"produced an increase on paper that does not reflect more crime.", "Brixton Police Department"}}},
		{"its latest report", "Crime\n\nThe State Bureau of Justice Figures found that crime fell 6% statewide. Its latest report cautions that \"small towns swing widely from year to year.\"\n",
			[]want{{"small towns swing widely from year to year.", "State Bureau of Justice Figures"}}},
		{"a post the article never called one", "Storm\n\nThe Delmar County Office of Emergency Management posted on Facebook on Thursday that three shelters were open. \"If you lost power, you do not have to sit in the cold,\" the post said.\n",
			[]want{{"If you lost power, you do not have to sit in the cold", "Delmar County Office of Emergency Management"}}},
		{"an unnamed publisher names nobody", "Storm\n\nThe Delmar County Office of Emergency Management posted on Facebook on Thursday that three shelters were open.\n\nTwo weeks before the opening, the bakery announced on Facebook that its ovens had failed an inspection. \"We cried. Then we called the repair man,\" the post read.\n",
			[]want{{"We cried. Then we called the repair man", ""}}},
		{"it reads, two sentences after the letter", "Coach\n\nIn 2019, Harold Quince wrote a letter to the new coach. The school framed it. It reads, in part: \"Win if you can. Lose if you must.\"\n",
			[]want{{"Win if you can. Lose if you must.", "Harold Quince"}}},
	})
}

func TestPronounsAfterPlacesDescriptionsAndFirms(t *testing.T) {
	runCases(t, []extractCase{
		{"a town of two words after in is no woman", "Campaign\n\nGovernor Evelyn Marsh-Tobin kept a low profile on Tuesday. At a fundraiser in Bryn Mawr, she said her rival was \"temperamentally unfit\" to lead.\n",
			[]want{{"temperamentally unfit", "Evelyn Marsh-Tobin"}}},
		{"the pastor, after an aside, is who he is", "Pantry\n\nThe Rev. Marcus Love, pastor of Mount Calvary Baptist Church, cut the ribbon. Willie James Pettiford, a deacon, held the scissors. \"We waited two years for this,\" Pettiford said.\n\nThe pastor, standing a few feet away, shook his head. \"I had something in my eye,\" he said.\n",
			[]want{{"We waited two years for this", "Willie James Pettiford"}, {"I had something in my eye", "Marcus Love"}}},
		{"a council described as a trade group is the group", "Tariffs\n\nCastell Automotive Group said it would raise prices. The Council of Importers and Retail Distributors, a trade group that represents 1,200 companies, said the tariffs were \"a tax on every family.\"\n\n\"Our members cannot reroute supply chains in 26 days,\" the group said.\n",
			[]want{{"a tax on every family.", "Council of Importers and Retail Distributors"}, {"Our members cannot reroute supply chains in 26 days", "Council of Importers and Retail Distributors"}}},
		{"they are the analysts at a firm", "Chips\n\nThe Harlan Valley Transit Authority said it would \"review\" its fares.\n\nAnalysts at Beaumont Capital, led by Fatima Al-Sayed, wrote that the chip tariffs were \"the least telegraphed part of the package.\"\n\n\"Where a chip is from is unclear under current rules,\" they wrote.\n",
			[]want{{"review", "Harlan Valley Transit Authority"}, {"the least telegraphed part of the package.", "Beaumont Capital"}, {"Where a chip is from is unclear under current rules", "Beaumont Capital"}}},
	})
}

func TestPeopleNamedByFirstNameOnly(t *testing.T) {
	runCases(t, []extractCase{
		{"brought in after the verb, with an age", "Final\n\n\"I think the whole town is here,\" said Principal Angela Dufresne, who wore a Falcons jersey.\n\nAmong the fans was Mia, 9, who held a hand-lettered sign. Asked why, she thought about it. \"Because he is nice to little kids at the library,\" she said.\n",
			[]want{{"I think the whole town is here", "Angela Dufresne"}, {"Because he is nice to little kids at the library", "Mia"}}},
		{"a junior without a surname", "Phones\n\nParent Monique Aldana spoke in favor of the ban. \"My daughter told me she feels relieved,\" Aldana said.\n\nNot every student agreed. Marisela, a junior who asked that her last name not be used, told the board she uses her phone for a medical condition. \"Nobody asked the kids,\" she said.\n",
			[]want{{"My daughter told me she feels relieved", "Monique Aldana"}, {"Nobody asked the kids", "Marisela"}}},
	})
}

func TestFirmsNamedForTheirPartners(t *testing.T) {
	runCases(t, []extractCase{
		{"an ampersand inside a firm's name", "School\n\nRepairs would cost $7.4 million, according to a study by the Pittsburgh firm Halloran & Sykes Architects, which called the building \"functionally obsolete.\"\n",
			[]want{{"functionally obsolete.", "Halloran & Sykes Architects"}}},
		{"partners by name alone are a firm", "Lawsuit\n\nBrandt & Okoye said in a filing that the claim was \"without merit.\"\n",
			[]want{{"without merit.", "Brandt & Okoye"}}},
	})
}

func TestOrganisationNamesWithCommasAndPossessives(t *testing.T) {
	runCases(t, []extractCase{
		{"a union that lists its trades", "Merger\n\nThe Retail, Warehouse and Grocery Workers Union, which represents 41,000 employees, has lobbied the agency. In a letter last month, the union called the plan \"a fire sale dressed up as a remedy.\"\n",
			[]want{{"a fire sale dressed up as a remedy.", "Retail, Warehouse and Grocery Workers Union"}}},
		{"after said", "Rent\n\n\"It punishes the small owners,\" said the Tri-County Apartment Owners, Managers and Realtors Association.\n",
			[]want{{"It punishes the small owners", "Tri-County Apartment Owners, Managers and Realtors Association"}}},
		{"three people are no organisation", "Title\n\n\"It was a team effort,\" said Dana Smith, Rob Jones and Al Brown.\n",
			[]want{{"It was a team effort", "Dana Smith"}}},
		{"a plural's possessive inside the name", "Shooting\n\nThe Eastfield Police Patrolmen's Benevolent Association urged residents \"not to rush to judgment.\"\n",
			[]want{{"not to rush to judgment.", "Eastfield Police Patrolmen's Benevolent Association"}}},
		{"a society with Inc. after a comma", "Fire\n\nThe Mercer Valley Historical and Genealogical Society, Inc., which has spent years on the mill, said its members were \"heartbroken beyond words.\"\n",
			[]want{{"heartbroken beyond words.", "Mercer Valley Historical and Genealogical Society"}}},
	})
}

func TestTheOneAskedAnswers(t *testing.T) {
	runCases(t, []extractCase{
		{"asked by the prosecutor, she said", "Trial\n\nProsecutor Maya Rich called the next witness. \"We will show the money moved,\" Rich said.\n\nThe prosecution later called Diane Bishop, the defendant's wife. \"He told me it was a bonus,\" Diane Bishop testified.\n\nAsked by Rich whether she had ever seen the bank statements, she said, \"Never. Not once.\"\n",
			[]want{{"We will show the money moved", "Maya Rich"}, {"He told me it was a bonus", "Diane Bishop"}, {"Never. Not once.", "Diane Bishop"}}},
	})
}

func TestTurnsOfAnExchange(t *testing.T) {
	runCases(t, []extractCase{
		{"a question back after a lead-in sentence", "Hearing\n\nThe most pointed exchange came early. \"Madam Secretary, your budget cuts the office by 40 percent. How does that square?\" asked Sen. Alicia Navarro-Kent (D-N.M.), the committee's ranking Democrat.\n\n\"It squares because we are consolidating offices,\" Secretary Caroline Strong replied.\n\n\"So fewer people will do more work?\"\n",
			[]want{{"Madam Secretary, your budget cuts the office by 40 percent. How does that square?", "Alicia Navarro-Kent"}, {"It squares because we are consolidating offices", "Caroline Strong"}, {"So fewer people will do more work?", "Alicia Navarro-Kent"}}},
		{"the third turn said, the fourth bare", "Hearing\n\nSecretary Caroline Strong testified on Tuesday.\n\n\"Will you commit that no plant will close?\" asked Sen. Jim Major.\n\n\"I can commit that no plant will close because of us,\" Strong said.\n\n\"That is not what I asked,\" Major said.\n\n\"It is the answer I can give you, senator.\"\n",
			[]want{{"Will you commit that no plant will close?", "Jim Major"}, {"I can commit that no plant will close because of us", "Caroline Strong"}, {"That is not what I asked", "Jim Major"}, {"It is the answer I can give you, senator.", "Caroline Strong"}}},
	})
}

func TestATitleWordAfterAFirstNameIsASurname(t *testing.T) {
	runCases(t, []extractCase{
		{"Major of the State Patrol", "Crash\n\nTrooper Cody Major of the State Patrol said the bus slid on black ice. Principal Alan Wise said the children were shaken.\n\nMajor urged drivers to slow down. \"Bridges freeze first,\" he said.\n",
			[]want{{"Bridges freeze first", "Cody Major"}}},
		{"a Secretary of State is still a title", "Talks\n\nSecretary of State Dana Whitfield arrived on Monday. \"We came to listen,\" Whitfield said.\n",
			[]want{{"We came to listen", "Dana Whitfield"}}},
	})
}

func TestSubjectsPastAppositionsPlacesAndNames(t *testing.T) {
	runCases(t, []extractCase{
		{"an apposition with a title of State", "Race\n\nHer campaign chair, Michigan Secretary of State Jerome Baptiste, told reporters in Detroit that the fight was \"a gift that keeps on giving.\"\n",
			[]want{{"a gift that keeps on giving.", "Jerome Baptiste"}}},
		{"a spokesman for somebody else", "Summit\n\nZoltan Farkas, a spokesman for Prime Minister Gabor Szentesi, wrote that the text was \"proof that common sense can prevail.\"\n",
			[]want{{"proof that common sense can prevail.", "Zoltan Farkas"}}},
		{"a town and its state abbreviated", "Contract\n\nKeith Hollander, approached outside the offices in Reston, Va., said the company had won the contract \"fair and square.\"\n",
			[]want{{"fair and square.", "Keith Hollander"}}},
		{"a group's name in a relative clause", "Dogs\n\nOmar Farouk, who runs the Facebook group \"Westbury Park Dog Owners,\" told trustees that dog owners have \"nowhere to go.\"\n",
			[]want{{"nowhere to go.", "Omar Farouk"}}},
		{"a group that must be destroyed is said", "Speech\n\nIn a news conference last week, Senator Dana Whitfield used stronger language, saying the group \"must be destroyed.\"\n",
			[]want{{"must be destroyed.", "Dana Whitfield"}}},
		{"a report co-written by an economist", "Rents\n\nThe report, co-written by economist Hannah Friedman-Lowe, said rent caps \"can provide short-term stability.\"\n",
			[]want{{"can provide short-term stability.", "Hannah Friedman-Lowe"}}},
	})
}

func TestMoreFramesOfTheSubject(t *testing.T) {
	runCases(t, []extractCase{
		{"a verb coordinated after an according-to aside", "Debate\n\nOn a conference call, Grant Halvorsen told senior aides he was \"done with the flash cards,\" according to two people on the call, and complained that his preparation had been \"a total waste of my time.\"\n",
			[]want{{"done with the flash cards", "Grant Halvorsen"}, {"a total waste of my time.", "Grant Halvorsen"}}},
		{"also before the verb, a colon before the words", "Verdict\n\nJudge Harriet Kwon thanked jurors. She also admonished the gallery after an outburst: \"I understand emotions are high. This is still a courtroom.\"\n",
			[]want{{"I understand emotions are high. This is still a courtroom.", "Harriet Kwon"}}},
		{"an aside between dashes inside a relative clause", "Game\n\nTerrence Wade, who has coached both brothers — Malik for four seasons and Jordan for one summer — said watching them was \"the most fun I have had all year.\"\n",
			[]want{{"the most fun I have had all year.", "Terrence Wade"}}},
		{"an authority spokesperson", "Flood\n\nThe Port Alder Water Authority runs the plant. Asked about it on Tuesday, an authority spokesperson said the bypass \"performed as designed.\"\n",
			[]want{{"performed as designed.", "Port Alder Water Authority"}}},
	})
}

func TestTheCompanyTheOfficeAndWhoTheyAre(t *testing.T) {
	runCases(t, []extractCase{
		{"the company that just spoke", "Hearing\n\nResearchers at Lakemont University published the study in March. In a statement issued after the hearing, Glimmer said it had \"introduced more than 30 new protections for teen users.\" \"We share the committee's goal,\" the company said.\n",
			[]want{{"introduced more than 30 new protections for teen users.", "Glimmer"}, {"We share the committee's goal", "Glimmer"}}},
		{"no network is the company", "Pantry\n\nThe Statewide Hunger Relief Network runs the pantry. FreshWay Markets ended its donations in May. The company said it would make a cash gift \"to help bridge the gap.\"\n",
			[]want{{"to help bridge the gap.", "FreshWay Markets"}}},
		{"the office before a spokeswoman", "Crash\n\nA CRT spokeswoman, Lorna Gaitskill, said the curve had been inspected \"as recently as last month.\" The state's Rail Transit Safety Office said it would send investigators. \"Our team will document the scene,\" the office said in a brief statement.\n",
			[]want{{"as recently as last month.", "Lorna Gaitskill"}, {"Our team will document the scene", "Rail Transit Safety Office"}}},
	})
}

func TestASurnameAloneTakesTheFullNameThePageGives(t *testing.T) {
	runCases(t, []extractCase{
		{"a full name only in a photo caption", "Buses\n\nBy Teresa Vollmer\n\nHarold Nguyen-Park, 82, speaks against the cuts at Tuesday's meeting. (Photo: Teresa Vollmer/The Ledger)\n\nThe council voted 5-2 to redesign the bus network. Council member Roberto Alcazar voted yes. \"We cannot run empty buses,\" Alcazar said.\n\nNguyen-Park, who has ridden the route to dialysis since 2019, was first to the microphone. \"That bus is my car,\" he said.\n",
			[]want{{"We cannot run empty buses", "Roberto Alcazar"}, {"That bus is my car", "Harold Nguyen-Park"}}},
		{"two first names for the surname complete nothing", "Buses\n\nHarold Nguyen-Park and Lena Nguyen-Park spoke against the cuts. (Photo: Teresa Vollmer)\n\nNguyen-Park, who has ridden the route since 2019, was first. \"That bus is my car,\" Nguyen-Park said.\n",
			[]want{{"That bus is my car", "Nguyen-Park"}}},
		{"a word the page writes in lower case is no first name", "Ranch\n\nRancher Beckstead spoke first. Every rancher in the valley came. (Photo: Kim Lowe)\n\nBeckstead, who has run cattle here for 40 years, was blunt. \"We need the water,\" Beckstead said.\n",
			[]want{{"We need the water", "Beckstead"}}},
	})
}

func TestARelativeUnderAnotherSurname(t *testing.T) {
	runCases(t, []extractCase{
		{"her father by his own surname", "Profile\n\nGov. Lorraine Beaudry-Nakamura grew up on a dairy farm. Her father, Armand Beaudry, 88, still milks 40 cows.\n\nA poll in July put her approval at 61 percent, and the institute's director, Paulina Reyes-Oakley, said that number was \"almost unheard of.\"\n\nParty leaders have courted her for the Senate race. She has not said no.\n\nHer father has his own view. \"She should come home and fix my gutters,\" he said.\n",
			[]want{{"almost unheard of.", "Paulina Reyes-Oakley"}, {"She should come home and fix my gutters", "Armand Beaudry"}}},
		{"her husband by his own surname", "Bakery\n\nAna Lopez opened the bakery in 1990. Her husband, Tom Reyes, runs the register. \"We never took a vacation,\" Lopez said.\n\nCouncil member Dana Whitfield praised the couple. \"They fed this town,\" Whitfield said.\n\nHer husband was more modest. \"It was mostly bread,\" he said.\n",
			[]want{{"We never took a vacation", "Ana Lopez"}, {"They fed this town", "Dana Whitfield"}, {"It was mostly bread", "Tom Reyes"}}},
	})
}

func TestMoreSpeechParticiples(t *testing.T) {
	runCases(t, []extractCase{
		{"questioning whether somebody else would", "Funeral\n\nRepublican front-runner Dana Whitfield is questioning whether President Tom Brandt would have attended Justice Ada Moss's funeral Mass \"if it were held in a mosque.\"\n",
			[]want{{"if it were held in a mosque.", "Dana Whitfield"}}},
	})
}

func TestHerSonIsTheOneIntroducedSo(t *testing.T) {
	runCases(t, []extractCase{
		{"her son, not her husband named after him", "Obituary\n\nMargaret O'Donnell, who taught fourth grade for 38 years, died Saturday. She was 91.\n\n\"She knew every kid's name,\" said her son, Kevin O'Donnell, of Cary Falls.\n\nO'Donnell was born in 1934 in Scranton, the youngest of seven children. She married Thomas O'Donnell in 1956; he died in 2010.\n\n\"Mom never stopped teaching,\" her son said.\n",
			[]want{{"She knew every kid's name", "Kevin O'Donnell"}, {"Mom never stopped teaching", "Kevin O'Donnell"}}},
	})
}

func TestARoundUpLabelWithRolesBeforeTheName(t *testing.T) {
	runCases(t, []extractCase{
		{"a fact check's claim and its source", "Fact check\n\nThe claim:\n\n\"She wants to abolish it.\"\n\n— Republican presidential nominee Grant Halvorsen, at a rally in Wilkes-Barre, Pa., Oct. 10, 2016\n\n\"She said it many times.\"\n\n— Grant Halvorsen, in a television interview, Oct. 12, 2016\n",
			[]want{{"She wants to abolish it.", "Grant Halvorsen"}, {"She said it many times.", "Grant Halvorsen"}}},
	})
}

func TestAParticipleAfterACommaHangsOnTheClauseBefore(t *testing.T) {
	runCases(t, []extractCase{
		{"protesters interrupted, shouting", "Rally\n\nThe first incident came during a speech at the State University of New York at Purchase, when Sanders protesters interrupted her speech, shouting \"she wins, we lose!\"\n",
			[]want{{"she wins, we lose!", "Sanders protesters"}}},
		{"reportedly yelling", "Rally\n\nAt a rally in Birmingham on Saturday, supporters kicked a protester, with Senator Dan Cole reportedly yelling: \"Get him out of here!\"\n",
			[]want{{"Get him out of here!", "Dan Cole"}}},
	})
}

func TestAPhraseSayingWhereBetweenTheNameAndTheVerb(t *testing.T) {
	runCases(t, []extractCase{
		{"in an interview", "Plan\n\nSen. Dana Whitfield in an interview said the plan was \"a disaster.\"\n",
			[]want{{"a disaster.", "Dana Whitfield"}}},
		{"at a news conference on a weekday", "Vote\n\nMayor Ann Lee at a news conference Tuesday called the vote \"a turning point.\"\n",
			[]want{{"a turning point.", "Ann Lee"}}},
		{"on a platform", "Vote\n\nRep. Leo Tamez on Twitter called it \"a sham.\"\n",
			[]want{{"a sham.", "Leo Tamez"}}},
		{"no place phrase across a conjunction", "Donors\n\nSheldon Adelson has not endorsed anyone. Adelson met with Governor Tom Brandt in December and declared in an interview that he found Brandt to be \"very charming.\"\n",
			[]want{{"very charming.", "Sheldon Adelson"}}},
	})
}

func TestLaterAndAWeekdayBeforeTheVerb(t *testing.T) {
	runCases(t, []extractCase{
		{"later Thursday told", "Talks\n\nParty chairman Reince Pruitt spoke first. Pruitt later Thursday told Fox News: \"Both of them are meeting next week.\"\n",
			[]want{{"Both of them are meeting next week.", "Reince Pruitt"}}},
	})
}

func TestMonthsAsNamesLocalsAndFiledDocuments(t *testing.T) {
	runCases(t, []extractCase{
		{"a given name that is a month", "Paper\n\nJune Bishop wrote the column for 40 years. \"I have written 2,806 columns,\" Bishop said.\n",
			[]want{{"I have written 2,806 columns", "June Bishop"}}},
		{"a union with its local after a comma", "Merger\n\nThe nurses union that represents about 2,300 workers at Meridian Valley said it would oppose the merger. \"Executives get bigger salaries,\" Keystone Nurses and Health Professionals, Local 22, said in a statement.\n",
			[]want{{"Executives get bigger salaries", "Keystone Nurses and Health Professionals, Local 22"}}},
		{"a fire company with its station after a comma", "Trial\n\nThe Dunmore Volunteer Fire Company, Station 14, said in a statement that it had \"implemented new financial controls.\"\n\n\"The men and women of this company answer every call,\" the statement said.\n",
			[]want{{"implemented new financial controls.", "Dunmore Volunteer Fire Company"}, {"The men and women of this company", "Dunmore Volunteer Fire Company"}}},
		{"the local with a hyphenated number", "Refinery\n\nUnited Refinery Workers Local 4-117 represents the operators. \"Our members raised concerns,\" the local said in a statement.\n",
			[]want{{"Our members raised concerns", "United Refinery Workers Local 4-117"}}},
		{"a lawsuit filed by somebody", "Sheriff\n\nThe lawsuit, filed in U.S. District Court in Medford by former Deputy Kristen Vale, names the sheriff. \"Defendants knowingly approved time sheets,\" the lawsuit alleges.\n",
			[]want{{"Defendants knowingly approved time sheets", "Kristen Vale"}}},
	})
}

func TestOrganisationNamesWithAnOxfordComma(t *testing.T) {
	runCases(t, []extractCase{
		{"a coalition that lists its causes", "Libraries\n\nA coalition calling itself Kansans for Libraries, Literacy, and Lifelong Learning delivered a letter. \"Cutting aid will close branches,\" the letter said.\n",
			[]want{{"Cutting aid will close branches", "Kansans for Libraries, Literacy, and Lifelong Learning"}}},
		{"a coalition of voters", "Maps\n\nThe Tennessee Coalition of Black, Latino, and Immigrant Voters sued in March. \"The plan was designed with precision,\" the lawsuit alleged.\n",
			[]want{{"The plan was designed with precision", "Tennessee Coalition of Black, Latino, and Immigrant Voters"}}},
		{"three people with an Oxford comma", "Team\n\n\"It was a team effort,\" said Dana Smith, Rob Jones, and Al Brown.\n",
			[]want{{"It was a team effort", "Dana Smith"}}},
		{"a list that \"for\" makes a name, apposed to its description", "Veto\n\nThe coalition that pushed for the bill, Tenants, Workers and Families for a Fair Nevada, said it would campaign. \"We have long memories,\" the coalition said in a statement.\n",
			[]want{{"We have long memories", "Tenants, Workers and Families for a Fair Nevada"}}},
		{"the letter of a listed name with a clause after it", "Farm\n\nA coalition of farm groups, Farmers, Ranchers, and Rural Communities for a Fair Deal, which includes several state farm bureaus, urged passage in a letter. \"Every month without a bill is a month of uncertainty,\" the letter said.\n",
			[]want{{"Every month without a bill is a month of uncertainty", "Farmers, Ranchers, and Rural Communities for a Fair Deal"}}},
		{"a listed name an apposition calls a coalition", "Obituary\n\nIn the 1970s, O'Neal helped found Brookhaven Clergy United for Housing, Jobs and Justice, an interfaith coalition that pushed the city to adopt its first fair housing ordinance. The coalition said in a statement Thursday that O'Neal \"was the conscience of this city.\"\n",
			[]want{{"was the conscience of this city.", "Brookhaven Clergy United for Housing, Jobs and Justice"}}},
		{"people in a list with \"for\" after them", "Race\n\nDana Smith, Rob Jones and Al Brown for the defense sat down. \"We will appeal,\" Smith said.\n",
			[]want{{"We will appeal", "Dana Smith"}}},
	})
}

func TestAPlaceOfTwoWordsIsNobody(t *testing.T) {
	runCases(t, []extractCase{
		{"a town the article writes after in", "Profile\n\nThe mayor of Bayou Cheval is Josephine Young-Batiste. The office in Bayou Cheval is a converted vault.\n\nWhen Young-Batiste first ran, Bayou Cheval had no traffic light.\n\n\"I have never been so scared,\" she told the Bayou Cheval Banner.\n",
			[]want{{"I have never been so scared", "Josephine Young-Batiste"}}},
		{"a man whose name follows in, in the possessive", "Flood\n\nThe water stood in Elwood Tawes' front yard. \"The marsh is coming to us,\" Tawes said.\n",
			[]want{{"The marsh is coming to us", "Elwood Tawes"}}},
	})
}

func TestAMemoFromAFirmAndACitationFromWhoCited(t *testing.T) {
	runCases(t, []extractCase{
		{"a memo from a firm", "Maps\n\nA memo from Meridian Line Strategies said the plan \"would create risk.\"\n",
			[]want{{"would create risk.", "Meridian Line Strategies"}}},
		{"the citation of whoever cited", "Refinery\n\nOSHA cited the refinery in 2022. The citation said the company had \"failed to ensure that inspections were performed.\"\n",
			[]want{{"failed to ensure that inspections were performed.", "OSHA"}}},
	})
}

func TestTheMayorOfAProfileIsItsSubject(t *testing.T) {
	runCases(t, []extractCase{
		{"the mayor the article never titled so", "Profile\n\nJosephine Young-Batiste has run Bayou Cheval for 36 years. Young-Batiste was a teacher first. Young-Batiste still answers her own phone.\n\nThe mayor said she would let everyone know \"when I know.\"\n",
			[]want{{"when I know.", "Josephine Young-Batiste"}}},
	})
}

func TestAWarningSpeaksForWhoIssuedIt(t *testing.T) {
	runCases(t, []extractCase{
		{"the warning read", "Storm\n\nThe National Weather Service has issued a tornado warning for northern Pell County until 8:15 p.m. A rotation was located near Cutler's Ford.\n\n\"TAKE COVER NOW! Move to a basement,\" the warning read.\n",
			[]want{{"TAKE COVER NOW! Move to a basement", "National Weather Service"}}},
	})
}

func TestAnOrganisationKnownByTheEndOfItsName(t *testing.T) {
	runCases(t, []extractCase{
		{"the council's resolution", "Water\n\nThe Kiyutsa Nation Tribal Council voted 9-0 on Tuesday to accept the settlement.\n\nThe Tribal Council's resolution calls the settlement \"a fulfillment, not a gift.\"\n",
			[]want{{"a fulfillment, not a gift.", "Kiyutsa Nation Tribal Council"}}},
		{"an owner's ministry is not another country's", "Summit\n\nThe Chinese Foreign Ministry said it was \"watching closely.\" Russia's Foreign Ministry was harsher. \"The alliance is provoking us,\" the Foreign Ministry said.\n",
			[]want{{"watching closely.", "Chinese Foreign Ministry"}, {"The alliance is provoking us", "Foreign Ministry"}}},
	})
}

func TestASentenceWithItsOwnQuotationTakesIt(t *testing.T) {
	runCases(t, []extractCase{
		{"the crowd answered with a chant", "Rally\n\nTheodore King spoke in Toledo. \"They told us Toledo was finished,\" he shouted, as the crowd rose. \"We are not finished!\" The crowd answered with a chant of \"Teddy! Teddy!\"\n",
			[]want{{"They told us Toledo was finished", "Theodore King"}, {"We are not finished!", "Theodore King"}, {"Teddy! Teddy!", "Crowd"}}},
		{"a title in an aside after the verb", "Interview\n\n\"I'm not sure Leo is available, but we'll see, right?\" Dana Whitfield remarked, alluding to the actor's turn in \"The Revenant.\"\n",
			[]want{{"I'm not sure Leo is available, but we'll see, right?", "Dana Whitfield"}}},
	})
}

func TestWhoseWordsAColonIntroduces(t *testing.T) {
	runCases(t, []extractCase{
		{"here is somebody in a year", "History\n\nTom Brandt ran for governor in 1992. Here is Brandt in December 1992: \"Our new direction must rest on the new realities.\"\n",
			[]want{{"Our new direction must rest on the new realities.", "Tom Brandt"}}},
		{"from somebody's post", "Race\n\nJeb Whitfield quit the race on Friday. From Whitfield's Facebook post: \"For the sake of our party, we must move on.\"\n",
			[]want{{"For the sake of our party, we must move on.", "Jeb Whitfield"}}},
		{"somebody's response was", "Email\n\nDana Lee was asked about the donor. Lee's response was: \"Is he from Ohio or Wisconsin?\"\n",
			[]want{{"Is he from Ohio or Wisconsin?", "Dana Lee"}}},
	})
}

func TestAddingOpensTheSpeakersNextWords(t *testing.T) {
	runCases(t, []extractCase{
		{"adding and a comma", "Show\n\nLater in the show, host Bill Marlow stated that the report \"was not good.\" Adding, \"Now, like with all scandals, what they do is never the crime.\"\n",
			[]want{{"was not good.", "Bill Marlow"}, {"Now, like with all scandals, what they do is never the crime.", "Bill Marlow"}}},
	})
}

func TestCallingForModifiesAName(t *testing.T) {
	runCases(t, []extractCase{
		{"statements by somebody calling for a ban", "Debate\n\nDuring the debate, Dana Whitfield claimed that statements made by Republican front-runner Tom Brandt calling for a temporary ban on refugees makes him \"the best recruiter they have.\"\n",
			[]want{{"the best recruiter they have.", "Dana Whitfield"}}},
		{"calling for the words themselves", "Hearing\n\nSen. Ann Lee spoke next, calling for \"a full investigation.\"\n",
			[]want{{"a full investigation.", "Ann Lee"}}},
	})
}

func TestTheSenderOfAMessageBeforeAColon(t *testing.T) {
	runCases(t, []extractCase{
		{"a text message received from somebody", "Radios\n\nRiley Sturgeon leads the crew union. Sturgeon still keeps a text message he received from a former crewmate, Tasha Billings, during the 2024 season: \"Radio is dead again. Using hand signals.\"\n",
			[]want{{"Radio is dead again. Using hand signals.", "Tasha Billings"}}},
	})
}

func TestAnotherOfTheMessagesIsTheirSenders(t *testing.T) {
	runCases(t, []extractCase{
		{"another, sent later, said", "Sentencing\n\nProsecutor Kevin Judge read aloud a series of text messages Caleb Rourke sent to a friend before the crash. Another, sent at 10:52 p.m., said: \"cops never sit on 12 this late.\"\n",
			[]want{{"cops never sit on 12 this late.", "Caleb Rourke"}}},
	})
}

func TestAVerbAfterTheCommaEndsTheApposition(t *testing.T) {
	runCases(t, []extractCase{
		{"his wife is not his gender", "Crash\n\nTrooper Raul Esquivel Jr. said he helped pull a woman out of a minivan. \"She kept saying, my boy,\" he said.\n\nA man who would give only his first name, Dwayne, said he and his wife stopped to help. \"Everybody out here helps everybody,\" Dwayne said.\n\nHe said he handed out blankets from his pickup. \"Folks were cold and in shock,\" he said.\n",
			[]want{{"She kept saying, my boy", "Raul Esquivel Jr."}, {"Everybody out here helps everybody", "Dwayne"}, {"Folks were cold and in shock", "Dwayne"}}},
	})
}

func TestAnAppositionAfterAnAgeTellsTheGender(t *testing.T) {
	runCases(t, []extractCase{
		{"a deaconess who opens her paragraph", "Obituary\n\nYolanda Marsh, the church secretary, spoke first. \"He was our rock,\" Marsh said.\n\nWillie Mae Hollins, 79, a deaconess at the church since 1971, said he officiated at three generations of weddings. \"He married me, and he married my daughter,\" she said.\n",
			[]want{{"He was our rock", "Yolanda Marsh"}, {"He married me, and he married my daughter", "Willie Mae Hollins"}}},
		{"her brother is not what she is", "Bakery\n\nNora Bishop, 34, and her brother Eli opened the bakery in May. \"He does the dishes,\" she said.\n",
			[]want{{"He does the dishes", "Nora Bishop"}}},
	})
}

func TestAPronounOfAPersonWhoOpensAParagraph(t *testing.T) {
	runCases(t, []extractCase{
		{"his shop tells that Zorvan is a man", "Main Street\n\nAna Lopez runs the bakery on Main Street. \"Bread first,\" Lopez said.\n\nZorvan Kettle opened his coffee shop next door in 1990.\n\n\"We share customers,\" she said.\n",
			[]want{{"Bread first", "Ana Lopez"}, {"We share customers", "Ana Lopez"}}},
	})
}

func TestFragmentsBeforeTheClosingAttribution(t *testing.T) {
	runCases(t, []extractCase{
		{"two fragments, one spokesman", "Endorsements\n\nThe group backed twelve candidates in the spring. Its endorsements will carry \"a great deal of weight\" in the fall and bring candidates the \"grass-roots firepower\" they need to win, spokesman Neil Sroka said.\n",
			[]want{{"a great deal of weight", "Neil Sroka"}, {"grass-roots firepower", "Neil Sroka"}}},
		{"the attribution straight after the last fragment", "Convention\n\nGuns are \"the ultimate public health crisis\" and \"stunt children's growth,\" Howard Dean, the former governor of Vermont, proclaimed to a cheering crowd on Tuesday.\n",
			[]want{{"the ultimate public health crisis", "Howard Dean"}, {"stunt children's growth", "Howard Dean"}}},
		{"fragments somebody else's already", "Rally\n\nAs Victor Stane went on about \"how the system is rigged\" and \"wounded American families,\" Melanie Ortiz said yes, over and over again.\n",
			[]want{{"how the system is rigged", "Victor Stane"}, {"wounded American families", "Victor Stane"}}},
		{"a nickname is not a fragment", "Hacking\n\nMarcel Lehel, the hacker known as \"Guccifer,\" had \"total access\" to the server for months, prosecutor Dana Whitfield said.\n",
			[]want{{"total access", "Dana Whitfield"}}},
	})
}

func TestDescriptionsOfThePersonJustNamed(t *testing.T) {
	runCases(t, []extractCase{
		{"a name before the unit she works in", "Theft\n\nThe theft came to light in 2023. Sgt. Ellen Marchetti of the Riverton Police Department's financial crimes unit said the scheme was \"not sophisticated, just patient.\"\n",
			[]want{{"not sophisticated, just patient.", "Ellen Marchetti"}}},
		{"an age the article had not given, a paragraph on", "Storm\n\nPine Hollow Fire District Chief Ramon Estrada said crews answered 30 calls.\n\n\"We had a fire in every field,\" Estrada said.\n\nThe largest fire burned about 600 acres.\n\n\"That one had us worried,\" said the 62-year-old, who has led the fire district since 2016.\n",
			[]want{{"We had a fire in every field", "Ramon Estrada"}, {"That one had us worried", "Ramon Estrada"}}},
		{"a state, not the senator named last", "Iowa\n\nMara Quill, who is third in many Iowa polls, stressed defence during an appearance with Sen. Joan Eberly, R-Iowa.\n\nThe Florida senator told reporters she felt good about her campaign, and \"we'll see what it turns into next week.\"\n",
			[]want{{"we'll see what it turns into next week.", "Mara Quill"}}},
		{"a role the article never gave", "Rally\n\nVictor Stane questioned his rival's temperament on Monday.\n\n\"We can't have a guy who everybody in the Senate dislikes,\" said the New York businessman, who campaigned in New Hampshire.\n",
			[]want{{"We can't have a guy", "Victor Stane"}}},
		{"the main clause's subject", "Campaign\n\nDale Harlan spoke in Denver on Friday. The evening would have gone better for the crowd in the cold if Rita Moss had come along.\n\n\"I was curious to see whether she would mention my name,\" the Republican nominee said at a rally.\n",
			[]want{{"I was curious", "Dale Harlan"}}},
		{"a party's member from a state", "Farm bill\n\nRep. Wallace Bergstrom of Iowa, the Republican chairman of the agriculture committee, opened the debate on Thursday.\n\n\"Farmers have been squeezed on every side,\" the Iowa Republican said on the House floor. \"Help is on the way.\"\n",
			[]want{{"Farmers have been squeezed", "Wallace Bergstrom"}, {"Help is on the way.", "Wallace Bergstrom"}}},
		{"a subject after a long opening phrase", "Broadband\n\nThe Senate passed the bill 61-38.\n\nAsked whether the House would take up the bill quickly, Raymond Castellano shrugged. \"I can count to 51,\" the New York Democrat said.\n",
			[]want{{"I can count to 51", "Raymond Castellano"}}},
		{"a candidate past a mayor who holds another office", "Surveillance\n\nFollowing the release of a new video threatening an attack on the city, Victor Stane called on Mayor Bill Lomax to restart the program. Lomax disbanded the unit in April 2014.\n\n\"There is hatred like nobody has ever seen,\" the Republican presidential candidate said in an interview.\n",
			[]want{{"There is hatred", "Victor Stane"}}},
		{"a senator running for president", "North\n\nSen. Marla Ruben responded first, ripping into the president late on Tuesday.\n\n\"I have been warning throughout this campaign that the country is run by amateurs,\" the Florida senator and Republican presidential candidate said in a statement.\n\nSen. Owen Hale also called for talks on Wednesday.\n\n\"China is as worried as we are,\" the independent Vermont senator and Democratic presidential candidate told reporters.\n",
			[]want{{"I have been warning", "Marla Ruben"}, {"China is as worried", "Owen Hale"}}},
		{"an office the article never gave, held by who opens the paragraph", "Senate\n\nOn the campaign trail, Tom Cruse describes himself as \"a consistent conservative.\"\n\nHarry M. Reiding (D-Nev.) blasted Rubin in a recent interview with The Post. \"I just think what Rubin has done is one of the worst machinations in politics,\" the Senate minority leader said.\n",
			[]want{{"a consistent conservative.", "Tom Cruse"}, {"I just think what Rubin has done", "Harry M. Reiding"}}},
		{"a nominee who riffed", "Rally\n\nAt a rally here last week, Mike Penrose showed the crowd a clip of Gov. Marla Hasson trying to defend her record.\n\n\"Governor Hasson, let me help you out - the answer's no,\" the Republican vice-presidential nominee riffed, drawing applause.\n",
			[]want{{"Governor Hasson, let me help you out", "Mike Penrose"}}},
		{"an office is whoever holds it", "Senate\n\nSenate Majority Leader Ana Ruiz met Tom Vick on Monday. Vick said the bill was dead.\n\n\"We will pass it this week,\" the Senate Democratic leader said.\n",
			[]want{{"We will pass it this week", "Ana Ruiz"}}},
		{"what follows the verb is no subject", "Interview\n\nBen Okafor spoke at length about the economy. In a video, he told Jack Dorn of WAVE TV that voters were worried.\n\n\"You need somebody who understands economics,\" the former Republican candidate continued.\n",
			[]want{{"You need somebody", "Ben Okafor"}}},
	})
}

func TestShortNamesChargesSheltersAndBrackets(t *testing.T) {
	runCases(t, []extractCase{
		{"a spokeswoman for the organisation the words open", "Strike\n\nNurses at Saint Brendan Health walked out Wednesday. A Saint Brendan spokeswoman told the Brief that replacement nurses were \"fully qualified and fully credentialed.\"\n",
			[]want{{"fully qualified and fully credentialed.", "Saint Brendan Health"}}},
		{"a saint's name is no person's", "Strike\n\nNurses at Saint Brendan Health walked out Wednesday. \"We will stay out,\" Tamika Orr said at a rally outside Saint Brendan Harlow.\n\nA Saint Brendan spokeswoman told the Brief that replacement nurses were \"fully credentialed.\"\n",
			[]want{{"We will stay out", "Tamika Orr"}, {"fully credentialed.", "Saint Brendan Health"}}},
		{"the charge a union filed", "Strike\n\nThe Lakeshore Registered Nurses Association represents 1,400 nurses. The union has also filed an unfair labor practice charge with the National Labor Relations Board. The charge alleges that the hospital \"refused to provide staffing data.\"\n",
			[]want{{"refused to provide staffing data.", "Lakeshore Registered Nurses Association"}}},
		{"who posted, after a party tag in brackets", "Strike\n\nThat drew a quick rebuke from Rep. Celia Hope (R-Fenton Lake), who posted on X: \"Sad to see a state official picking sides.\"\n",
			[]want{{"Sad to see a state official picking sides.", "Celia Hope"}}},
		{"a chapter of a national organisation", "Fire\n\nThe Greater Riverton Chapter of the American Red Cross is helping the family. \"Our volunteers responded overnight,\" a spokesperson for the chapter said.\n",
			[]want{{"Our volunteers responded overnight", "Greater Riverton Chapter of the American Red Cross"}}},
		{"a brand whose chief executive testified is the company", "Hearing\n\nGlimmer's chief executive, Anya Moravec, testified on Tuesday.\n\nIn a statement issued after the hearing, Glimmer said it had \"introduced more than 30 new protections for teen users since 2024,\" including default time limits. \"We share the committee's goal,\" the company said.\n",
			[]want{{"introduced more than 30 new protections", "Glimmer"}, {"We share the committee's goal", "Glimmer"}}},
		{"a person's chief of staff makes no company", "Office\n\nMaria Lopez's chief executive officer left. \"We share the goal,\" the company said.\n",
			[]want{{"We share the goal", ""}}},
		{"a report from an institute that somebody cited", "Grid\n\nSen. Colt Mason cited a report from the Institute for Energy and Economic Growth, a free-market think tank, which estimated costs would rise. \"Rural cooperatives would bear a disproportionate share,\" the report said.\n",
			[]want{{"Rural cooperatives would bear", "Institute for Energy and Economic Growth"}}},
		{"the district is the schools the sentence before named", "Storm\n\nPine Hollow Fire District crews answered 30 calls.\n\nPine Hollow County Schools canceled classes for Wednesday. \"The safety of our students is our first priority,\" the district said in a post on its Facebook page.\n",
			[]want{{"The safety of our students", "Pine Hollow County Schools"}}},
		{"a ministry keeps its country", "Vote\n\nIn a statement, Istrany's Foreign Ministry said it \"respects the right of the people.\" Turkey's Ministry of Foreign Affairs said it \"welcomes all contributions.\"\n",
			[]want{{"respects the right of the people.", "Istrany's Foreign Ministry"}, {"welcomes all contributions.", "Ministry of Foreign Affairs"}}},
		{"an animal shelter", "Obituary\n\nProceeds went to the Harwick Animal Shelter.\n\n\"He was the reason this shelter survived,\" the shelter said in a statement.\n",
			[]want{{"He was the reason this shelter survived", "Harwick Animal Shelter"}}},
	})
}

func TestASpeakerNamedAfterTheLede(t *testing.T) {
	runCases(t, []extractCase{
		{"a dash that credits a quotation is no sign-off", "Quote of the week\n\n\"We will win this race in the last week.\"\n\n\u2014 Rosa Delgado\n\nDelgado spoke in Tulsa. \"Roads first,\" she said.\n",
			[]want{{"We will win this race", "Rosa Delgado"}, {"Roads first", "Rosa Delgado"}}},
		{"a live blog's sign-offs are nobody in the story", "Live updates\n\n9:05 p.m. The rally opened.\n\n\u2014 Rosa Delgado\n\n9:20 p.m. The crowd grew.\n\n\u2014 Rosa Delgado\n\n9:40 p.m. The polls tighten.\n\n\u2014 Rosa Delgado\n\n9:50 p.m. Questions on the tarmac\n\n\"I'll debate him anywhere,\" the governor said.\n",
			[]want{{"I'll debate him anywhere", ""}}},
		{"somebody named before, doing something, then a colon", "Party\n\nAt the launch party for the new cookbook from former Rep. Margaret Hale-Dunmore, a crowd gathered. Hale-Dunmore, raising a glass: \"In my day we fought all week.\"\n",
			[]want{{"In my day we fought all week.", "Margaret Hale-Dunmore"}}},
		{"a voice on a recording", "Chase\n\nDispatch audio captures the moment the pursuit began.\n\n\"Tallow 14, I've got eyes on the van,\" Deputy Carlos Ibarra-Lund can be heard saying.\n",
			[]want{{"Tallow 14, I've got eyes on the van", "Carlos Ibarra-Lund"}}},
		{"the subject between an opening phrase and an apposition", "Bill\n\nIn a statement, the Clean Taps Coalition, an alliance of 140 environmental groups, called the vote \"a generational win for children's health.\"\n",
			[]want{{"a generational win", "Clean Taps Coalition"}}},
		{"a place's state after a participle", "Recall\n\nBrightwell, based in Ferris Lake, Minnesota, said in a statement that it was \"committed to the safety of every family.\"\n",
			[]want{{"committed to the safety", "Brightwell"}}},
		{"an opener before a name and its apposition", "Sleep\n\nBut Associate Professor Benjamin Long, a researcher at Eastbrook University, said the study risked feeding a \"moral panic\" about screens.\n",
			[]want{{"moral panic", "Benjamin Long"}}},
		{"a judge whose surname ends a church's name", "Sentencing\n\nSuperior Court Judge Adelaide Church sentenced him to nine years. \"You made a series of choices,\" Church said.\n\n\"Remorse does not bring her back,\" the judge said.\n",
			[]want{{"You made a series of choices", "Adelaide Church"}, {"Remorse does not bring her back", "Adelaide Church"}}},
		{"a parish is still a church", "Easter\n\nGrace Church will hold three services. \"All are welcome,\" the church said.\n",
			[]want{{"All are welcome", "Grace Church"}}},
		{"a speech verb's particle before the name", "Town hall\n\nRep. Gordon Major faced a crowd on Tuesday.\n\n\"What jobs? Name one,\" called out Sharon Kowalczyk, a retired bookkeeper. Major didn't name one.\n",
			[]want{{"What jobs? Name one", "Sharon Kowalczyk"}}},
		{"he, before anybody is named, is the man named next", "The last drop: Inside Nevada's bitter fight over who gets the water\n\n\"My grandfather dug this one with a mule,\" he says, kicking at the dirt.\n\nArturo Benavides, 67, has grown alfalfa and onions here for four decades. He is a stubborn man.\n",
			[]want{{"My grandfather dug this one", "Arturo Benavides"}}},
		{"she after an anonymous source is nobody named later, but the source", "Clinic\n\nA nurse who declined to give her name was worried. \"We are tired,\" she said.\n\nDr. Lorraine Pacheco runs the clinic.\n",
			[]want{{"We are tired", "a nurse"}}},
		{"a builder whose name ends in Homes, on a wrapped line", "Water\n\nThe homebuilders see it differently. A spokeswoman for Pinnacle Ridge\nHomes, the state's largest residential builder, said the cap would\n\"choke off new housing in the valley.\"\n\n\"Nevada families need homes they can afford,\" the spokeswoman said.\n",
			[]want{{"choke off new housing in the valley.", "Pinnacle Ridge Homes"}, {"Nevada families need homes", "Pinnacle Ridge Homes"}}},
	})
}

func TestAScareQuoteGivesNobodysWords(t *testing.T) {
	runCases(t, []extractCase{
		{"a paragraph about one person with a scare quote, then words alone", "Interview\n\nThe mayor toured the depot.\n\nWhat \"fix the roads\" actually means is left to voters, since Dana Whitcomb spoke only in vague phrases during the interview.\n\n\"We have to do something and it's the only way you get it done.\"\n",
			[]want{{"fix the roads", ""}, {"We have to do something", "Dana Whitcomb"}}},
		{"a scare quote between a speaker's words", "Clinic\n\n\"We will keep the clinic open,\" Mayor Rita Obi said on Monday. The plan has been called a \"shell game.\" \"Every dollar is accounted for.\"\n",
			[]want{{"We will keep the clinic open", "Rita Obi"}, {"shell game.", ""}, {"Every dollar is accounted for.", "Rita Obi"}}},
	})
}

func TestAttributionsAroundAsides(t *testing.T) {
	runCases(t, []extractCase{
		{"in his own words", "Bakery\n\n\"You get used to it,\" said Mark Szymanski, 58.\n\nThree Szymanskis work the night shift: Mark; his father, Stanley, who at 84 still comes in \"to supervise,\" in his own words; and Mark's daughter, Alyssa.\n",
			[]want{{"You get used to it", "Mark Szymanski"}, {"to supervise", "Stanley"}}},
		{"by her own count", "Center\n\nAdaeze Okafor grew up on the block.\n\nIt took her five years and, by her own count, \"about a thousand cups of coffee with people who had money\" to raise the $1.9 million.\n",
			[]want{{"about a thousand cups of coffee", "Adaeze Okafor"}}},
		{"a web address is one word", "Race\n\n\"Voters need a reason to show up,\" Nora Quist, the pollster who founded ballotwise.com tweeted on Wednesday. \"They are drifting away now.\"\n",
			[]want{{"Voters need a reason to show up", "Nora Quist"}, {"They are drifting away now.", "Nora Quist"}}},
		{"a slogan inside the apposition", "Convention\n\n\"We've had better weeks than this one,\" Ohio delegate Carl Eastwood, wearing a straw hat and \"Vote Hale\" campaign pins, said matter-of-factly as confetti fell.\n",
			[]want{{"We've had better weeks", "Carl Eastwood"}, {"Vote Hale", ""}}},
		{"a book's title inside the apposition", "Panel\n\nJeff Hemsworth, a professor at Halden College, spoke first.\n\nHemsworth, the co-author of \"Going Viral,\" about the rapid spread of rumors, said the days when the town had \"a somewhat unifying story\" are gone.\n",
			[]want{{"a somewhat unifying story", "Jeff Hemsworth"}}},
		{"an inverted verb, a description and the name it describes", "Rally\n\nThen came the most obvious change of all: \"It's about time we had a mayor who listens,\" exhorted Hale's introducer, actress Dana Curtis.\n",
			[]want{{"It's about time we had a mayor", "Dana Curtis"}}},
		{"an inverted verb and a name before a colon", "Debate\n\nIn other words, explained ABC moderator Nancy Corbin: \"What does that have to do with the budget?\"\n",
			[]want{{"What does that have to do with the budget?", "Nancy Corbin"}}},
		{"a name given in the passive, by somebody", "Funding\n\nThis feature of the movement has been called \"strategic ambiguity\" by Joshua Hendry, a professor at Halden College, and it makes funding hard to trace.\n",
			[]want{{"strategic ambiguity", "Joshua Hendry"}}},
		{"according to, inside what the speaker reports", "Count\n\nTin Maung, a member of the party's central committee, said Tuesday morning that according to its count, the party had won 80 percent of the vote, but \"we are still counting the seats.\"\n",
			[]want{{"we are still counting the seats.", "Tin Maung"}}},
	})
}

func TestOrganisationsInLocalNews(t *testing.T) {
	runCases(t, []extractCase{
		{"a group that names itself, and the group", "Permit\n\nCastellano Development Group wants to build a travel center.\n\nA group of residents calling itself Piney Grove Neighbors has collected 1,100 signatures. In a post on its Facebook page, the group thanked the board for \"listening to the people who actually live here.\"\n\n\"One down, one to go,\" the post read.\n",
			[]want{{"listening to the people", "Piney Grove Neighbors"}, {"One down, one to go", "Piney Grove Neighbors"}}},
		{"the library whose board the article named, not a director's title", "Library\n\nThe Ashby Falls Public Library Board of Trustees voted 4-3 Tuesday night to keep the event.\n\nLibrary Director Meredith Kohl told the board the program costs $250.\n\nOn Wednesday morning, the library posted on Facebook: \"The library will be open regular hours Saturday.\"\n",
			[]want{{"The library will be open regular hours Saturday.", "Ashby Falls Public Library"}}},
		{"a spokesperson described by the organisation's kind", "Pantry\n\nThe pantry gets most of its food from Northern Shores Food Bank in Traverse.\n\n\"Our partner pantries are seeing the highest need since the pandemic,\" a food bank spokesperson said.\n",
			[]want{{"Our partner pantries", "Northern Shores Food Bank"}}},
		{"the newsletter is its sender's", "Pantry\n\nGrace Harbor United Methodist Church runs the pantry on Thursdays.\n\nIn an update posted to its website and sent in its weekly email newsletter, the church told members the pantry had run out of protein.\n\n\"If every family brought one jar of peanut butter, we would get through November,\" the newsletter said.\n",
			[]want{{"If every family brought one jar", "Grace Harbor United Methodist Church"}}},
		{"a candidate's committee named in an apposition", "Vote\n\nDoris Kettering lost the coin toss. Her husband, Hank Kettering, stood beside her.\n\n\"She will be back,\" Hank Kettering said.\n\nHours later, her campaign Facebook page, Doris Kettering for Council, posted: \"Thank you, Ward 2, for sixteen wonderful years.\"\n",
			[]want{{"She will be back", "Hank Kettering"}, {"Thank you, Ward 2", "Doris Kettering for Council"}}},
		{"the co-op and the brewery", "Storm\n\nKessler Valley Electric Cooperative says about 6,800 members are without power.\n\n\"Crews will work through the night,\" the co-op said in a statement.\n\nLoose Gravel Brewing Co. opened Saturday on Main Street. The brewery posted on Facebook on Sunday morning:\n\n\"Thank you, Bellhaven. We ran out of Mud Season by 7.\"\n",
			[]want{{"Crews will work through the night", "Kessler Valley Electric Cooperative"}, {"Thank you, Bellhaven.", "Loose Gravel Brewing Co."}}},
		{"a company named for its trade", "Plant\n\nCorwell Packaging will close its Brookfield Junction plant in March.\n\nIn a notice filed with the state, the company said the closure will be \"permanent\" and that layoffs will begin Jan. 15.\n",
			[]want{{"permanent", "Corwell Packaging"}}},
		{"a health system", "Layoffs\n\nSt. Columba Health System will cut 90 jobs, the nurses' union said.\n\n\"No one takes these decisions lightly,\" the health system said.\n",
			[]want{{"No one takes these decisions lightly", "St. Columba Health System"}}},
		{"the school system of the county's schools", "Storms\n\nTallow County Schools announced it would dismiss students early Tuesday.\n\n\"The safety of our students and staff is our top priority,\" the school system said in a statement posted at 7:40 a.m.\n",
			[]want{{"The safety of our students", "Tallow County Schools"}}},
		{"a report released by an office on a weekday afternoon", "Shooting\n\nThe Pell County Sheriff's Office placed the deputy on leave.\n\nA preliminary incident report released by the sheriff's office Tuesday afternoon states that the deputy \"observed the subject holding an edged weapon.\"\n",
			[]want{{"observed the subject holding an edged weapon.", "Pell County Sheriff's Office"}}},
		{"a slogan holding the comma of the clause it ends", "Bond\n\nTaxpayers for Kettle County opposed the bond from the start.\n\nThe group, which put up 200 yard signs reading \"Too Much, Too Soon,\" said in a statement that the vote was \"a message that taxpayers want to be heard.\"\n",
			[]want{{"a message that taxpayers want to be heard.", "Taxpayers for Kettle County"}}},
	})
}

func TestPronounsInProfiles(t *testing.T) {
	runCases(t, []extractCase{
		{"a description whose apposition names him is no stranger", "Memorial\n\nThe keynote speaker, retired Army Col. Marcus Tennant, grew up on a dairy farm north of town.\n\n\"When I was a boy, I did not know any of these names,\" he said.\n",
			[]want{{"When I was a boy", "Marcus Tennant"}}},
		{"she, after a paragraph about her and none naming anybody, is who the story is about", "Obituary\n\nMILLBROOK \u2014 For half a century the day started at Whitford's Luncheonette, where Nell Whitford knew how you took your eggs.\n\nWhitford died Monday at her home. She was 88. Whitford ran the counter for 52 years, and Whitford never took a day off.\n\nHer daughter, Ruth Ann Beale, said her mother never once called in sick.\n\n\"She worked the grill in a mask,\" Beale said.\n\nRegulars lined up on Fridays for her maple cream pie, which she refused to sell whole.\n\n\"You want pie, you come sit down and eat it with people,\" she told the Herald in 2011.\n",
			[]want{{"She worked the grill in a mask", "Ruth Ann Beale"}, {"You want pie", "Nell Whitford"}}},
		{"a witness answers the prosecutor who asks", "Trial\n\nRanch hand J.R. Hollis testified Tuesday.\n\nUnder questioning from Assistant District Attorney Renata Ocasio-Vance, Hollis said he had been fixing a water trough when the argument began.\n\n\"I heard Wade say it plain,\" Hollis said.\n\n\"What did you do next?\" Ocasio-Vance asked.\n\n\"I froze, ma'am,\" he said.\n",
			[]want{{"I heard Wade say it plain", "J.R. Hollis"}, {"What did you do next?", "Renata Ocasio-Vance"}, {"I froze, ma'am", "J.R. Hollis"}}},
		{"but an answer to a reporter is who was asked", "Visit\n\nPresident Graham Whitaker toured the levee. Whitaker promised aid. Whitaker met families.\n\n\"We will make a request that matches the need,\" Gov. Tomas Ybarra said.\n\n\"Is soon a week or a month?\" another reporter asked.\n\n\"Soon is soon,\" he said.\n",
			[]want{{"We will make a request", "Tomas Ybarra"}, {"Is soon a week or a month?", ""}, {"Soon is soon", "Tomas Ybarra"}}},
	})
}

func TestBusinessesAndHolidaysAreNobody(t *testing.T) {
	runCases(t, []extractCase{
		{"a holiday is nobody, a woman named Day is somebody", "Vote\n\nPolls close at 8 p.m. on Election Day. Election Day, the clerk said, \"is the longest day of my year.\"\n\nKristen Day leads a group of pro-life Democrats. \"We are still here,\" Day said.\n",
			[]want{{"is the longest day of my year.", ""}, {"We are still here", "Kristen Day"}}},
		{"a restaurant's name is no she", "Review\n\nThere is a moment, about halfway through dinner at Brasa & Brine, when a small woman in a flour-dusted apron walks through the dining room with a tray of tamales.\n\n\"You try,\" she said to my table on my first visit.\n",
			[]want{{"You try", ""}}},
	})
}

func TestRulesKeepToTheirPlace(t *testing.T) {
	runCases(t, []extractCase{
		{"a lawyer named in a who clause is not the woman who hired him", "Court\n\n\"I want my deposit back,\" said a woman who hired a lawyer named Joe Smith.\n",
			[]want{{"I want my deposit back", "a woman"}}},
		{"a relative clause ending in a place names nobody", "Church\n\nMayor Ann Lee spoke first.\n\nThe pastor, who moved from New Orleans, said the church would reopen.\n\n\"We are not going anywhere,\" she said.\n",
			[]want{{"We are not going anywhere", ""}}},
		{"a district attorney's question to reporters is hers to answer", "Charges\n\n\"Who does this?\" District Attorney Ann Lee asked reporters. \"I'll tell you,\" she said.\n",
			[]want{{"Who does this?", "Ann Lee"}, {"I'll tell you", "Ann Lee"}}},
		{"in his own words belongs next to the quotation", "Council\n\nCouncil member Bob Kerr spoke first.\n\nThe budget was \"a mess\" and in his own words a disaster.\n",
			[]want{{"a mess", ""}}},
	})
}
