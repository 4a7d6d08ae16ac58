package extract

import "strings"

// set builds a lookup set from space-separated words.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// speechVerbs are the finite verbs that give words to a speaker.
var speechVerbs = set(`found finds reposted retweeted said says say told tells tell added adds stated states wrote writes asked asks
explained explains insisted insists noted notes warned warns replied replies responded continued continues
declared declares announced announces claimed claims tweeted posted recalled recalls conceded admitted admits
argued argues stressed stresses emphasized emphasised emphasizes emphasises concluded remarked joked quipped
acknowledged acknowledges observed commented cautioned urged urges pledged vowed promised suggested predicted
reaffirmed reaffirms affirmed reiterated reiterates expressed described describes called calls highlighted
highlights underlined underscored praised hailed denounced condemned accused slammed blasted criticised
criticized thanked welcomed labelled labeled branded termed characterised characterized proclaimed boasted
shouted confirmed confirms denied reported reports revealed disclosed assured mentioned complained lamented
estimated quoted insist claim argue warn stress urge describe call testified testifies recounted recounts
explained wrote memo posted tweets tweeted texted emailed messaged shouted yelled screamed whispered sang
muttered snapped retorted countered scoffed mused marveled marvelled sighed laughed told says
contended contends maintained maintains asserted asserts alleged alleges charged charges pointed added
advised instructed ordered demanded pleaded begged implored acknowledged elaborated clarified conceded
confided predicted forecast surmised speculated wondered questioned answered responded replied reasoned
sings sang sing chanted chants pressed interjected repeated echoed fumed exclaimed barked bragged gushed
griped grumbled chided read reads accuses cautions observes predicts suggests
retaliated objected protested cracked deadpanned raved groused rebutted theorized ventured inquired teased scolded
quip quips riffed riffs needled jabbed ribbed taunted prayed preached`)

// chantVerbs give a speaker a song or a slogan when what they quote looks
// like a title.
var chantVerbs = set(`sings sang sing singing sung chanted chants`)

// titleWords stand before a title in quotation marks.
var titleWords = set(`in sing sings sang sung performed performs played plays watched reads read hosts
hosted starred stars directed`)

// workPrepositions put a work's title after them: "songs for", "on".
var workPrepositions = set(`for on in from about to with into onto`)

// speechParticiples hang a quotation on the subject of the clause before them.
var speechParticiples = set(`saying adding telling writing asking explaining insisting noting warning claiming
calling describing stressing emphasizing emphasising urging arguing stating declaring announcing vowing pledging
promising suggesting reaffirming affirming reiterating expressing highlighting praising accusing thanking
confirming denying acknowledging admitting recalling tweeting posting quoting labelling labeling branding
testifying recounting contending maintaining asserting alleging charging demanding pleading arguing
questioning wondering predicting complaining boasting joking lamenting conceding cautioning replying
responding countering yelling shouting screaming chanting whispering muttering`)

// invertedVerbs may stand before their subject: `"…," said Putin.`
var invertedVerbs = set(`said says added adds wrote writes asked asks reads read explained continued insisted noted stated agrees agreed
replied recalled warned told declared concluded remarked argued predicted admitted conceded acknowledged
confirmed stressed insisted observed cautioned suggested announced testified recounted wrote tweeted posted
contended maintained asserted alleged charged countered responded quipped joked explained
declares explains insists notes states replies recalls warns concludes remarks argues predicts admits
concedes acknowledges confirms stresses observes cautions suggests announces testifies recounts tweets
contends maintains asserts alleges counters responds quips jokes continues`)

// pressObjects are the listeners that make "told" a cue of its own.
// listenerVerbs take who heard the words as their object: "told
// POLITICO", "asked Clinton".
var listenerVerbs = set(`told tells asked asks`)

// quotingVerbs relay somebody else's words: "quoted Putin as saying".
var quotingVerbs = set(`quoted quotes quoting cited cites citing`)

// pronounSubjects are the subject pronouns an object or possessive
// pronoun stands for, in "quoted him as saying" and "in his own words".
var pronounSubjects = map[string]string{"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}

var pressObjects = set(`reporters journalists press media`)

// skipBeforeVerb are words that may stand between a subject and its verb.
var skipBeforeVerb = set(`also later then has have had was were is are would will could might had reportedly
repeatedly previously again once recently earlier publicly privately further separately even still only
yesterday today tonight subsequently immediately initially first finally simply openly angrily flatly
himself herself themselves itself`)

// adverb reports a word that stands between a subject and its verb as an
// adverb does: "Gingrich cynically dismissed". "The Rich family
// described" ends its subject in "family", as "the assembly voted" does.
func adverb(w string) bool {
	return skipBeforeVerb[w] || strings.HasSuffix(w, "ly") && len(w) > 4 && !lyNouns[w]
}

// lyNouns are the nouns that end as an adverb does.
var lyNouns = set(`family assembly supply rally anomaly monopoly homily bully belly jelly lily italy`)

// weekdays and months let "on Wednesday" stand between a subject and its verb.
var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

var pronouns = set(`he she they we i it`)

// determiners open a description: "the Russian leader", "an official source".
var determiners = set(`the a an one his her their its this that these those our`)

// relativeOpeners start the clause in "al-Sharaa, who was speaking in Arabic, told Putin".
var relativeOpeners = set(`who which whose whom where a an the speaking writing`)

// nameSuffixes follow a surname and belong to the name: "Raymond Hale III".
var nameSuffixes = set(`jr jr. sr sr. ii iii iv`)

// nameParticles are lower-case words that belong inside a name.
var nameParticles = set(`al el bin ibn bint abu de da di del della van von der den le la los las du dos das ter`)

// honorifics and titles are not part of a person's name.
var honorifics = set(`mr mrs ms miss dr prof professor sir dame lord lady president prime minister deputy businessman businesswoman entrepreneur billionaire philanthropist recorder assessor coroner registrar
foreign defence defense interior finance secretary general gen chancellor king queen prince princess sheikh
emir sultan pope senator sen rep representative governor gov mayor ambassador envoy judge justice chief
commander colonel col lt lieutenant captain capt sergeant sgt admiral spokesman spokeswoman spokesperson
kc qc mp mep ceo executive chairman chairwoman chair director coach manager leader dictator counterpart interim
transitional acting former late vice state head premier officer minister's president's st saint rev reverend
father imam rabbi bishop cardinal archbishop lady crown rev msgr hon atty supt det insp cmdr adm maj brig
pres cllr councillor councilor councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman
assemblymember congressman congresswoman congressmember delegate commissioner supervisor sheriff marshal
constable detective inspector superintendent trooper corporal private major principal dean provost teacher
attorney lawyer counsel prosecutor solicitor barrister magistrate clerk treasurer auditor comptroller
controller undersecretary consul speaker whip chairperson cfo coo cto founder cofounder co-founder owner
partner analyst economist strategist pollster consultant adviser advisor host anchor correspondent editor
columnist author novelist poet actor actress singer rapper comedian producer filmmaker chef nurse surgeon
physician psychologist psychiatrist pediatrician therapist scientist researcher epidemiologist meteorologist
historian pastor priest deacon elder goalkeeper striker defender midfielder quarterback pitcher forward
referee candidate nominee activist organizer organiser officer agent trustee superintendent chair-elect
guard center centre linebacker receiver catcher shortstop outfielder infielder goalie wrestler swimmer
sprinter freshman sophomore junior senior redshirt tailback fullback cornerback lineman
composer playwright artist designer choreographer architect curator librarian musician guitarist
drummer pianist conductor dancer photographer baker butcher firefighter paramedic pharmacist
veterinarian dentist engineer contractor developer landlord tenant plaintiff defendant witness
victim volunteer coordinator administrator dispatcher
lieutenant-governor attorney-general surgeon-general assistant associate critic reviewer
student pupil farmer driver resident neighbor neighbour homeowner retiree parishioner grandma grandpa granny nana aunt auntie uncle`)

// personRoles are the lower-case role words a description of a person ends in.
var personRoles = set(`leader president minister premier chancellor king queen prince ruler strongman
dictator chief head coach manager spokesman spokeswoman spokesperson secretary general commander envoy
ambassador governor mayor senator judge director chairman chairwoman chair ceo executive founder boss captain
striker player star actor singer author lawyer prosecutor adviser advisor aide negotiator counterpart
diplomat official source analyst expert economist scientist professor doctor witness resident officer
spokesman emir sultan sheikh monarch pope councillor councilor councilman councilwoman councilmember
alderman assemblyman assemblywoman congressman congresswoman commissioner supervisor sheriff marshal
detective inspector superintendent trooper principal dean teacher attorney counsel solicitor barrister
magistrate clerk treasurer auditor comptroller consul strategist pollster consultant host anchor
correspondent editor columnist novelist poet actress rapper comedian producer filmmaker chef nurse surgeon
physician psychologist psychiatrist pediatrician therapist researcher epidemiologist meteorologist historian
pastor priest rabbi imam bishop deacon goalkeeper defender midfielder quarterback pitcher referee candidate
nominee activist organizer organiser agent trustee owner founder partner representative congressman
speaker nominee contender challenger incumbent businessman businesswoman billionaire mogul justice
dispatcher reporter journalist interviewer moderator juror`)

// leaderRoles are the roles "the leader" or "the Kremlin's chief" may stand for.
var leaderRoles = set(`leader president premier chancellor king queen ruler strongman dictator chief head
monarch emir sultan`)

// groupHeads are plural heads of anonymous group speakers: "Syrian officials".
var groupHeads = set(`officials sources diplomats analysts experts observers residents witnesses protesters
activists authorities lawmakers legislators critics officers soldiers medics doctors ministers leaders
spokespeople negotiators investigators prosecutors police organisers organizers campaigners villagers
militants rebels insurgents scientists researchers economists democrats republicans conservatives
liberals voters supporters donors strategists operatives staffers aides allies advocates
marchers demonstrators crowd crowds attendees opponents proponents respondents lobbyists backers
detractors skeptics sceptics members parents students teachers workers employees families victims
representatives delegates pollsters`)

// opinionHeads are groups whose words a story gives to nobody in
// particular: "critics say", "even allies call it \"rambling\"".
var opinionHeads = set(`allies critics supporters opponents observers experts analysts skeptics sceptics
detractors proponents backers insiders officials`)

// anonymousHeads are singular heads of an unnamed speaker: "an official Russian source".
var anonymousHeads = set(`source official diplomat analyst expert witness resident spokesman spokeswoman
spokesperson aide adviser advisor insider observer fan supporter voter shopper passenger worker student
man woman rider neighbour neighbor customer viewer reader parent teacher nurse driver farmer democrat
republican person strategist operative donor lawmaker staffer`)

// orgHeads end the description of an organisation: "the state-run SANA news agency".
var orgHeads = set(`agency ministry government company firm office army military police council
committee commission court party group union bank statement newspaper broadcaster network service
department embassy kremlin administration presidency parliament cabinet campaign organisation organization
corporation tabloid paper magazine outlet station channel parish diocese church
foundation institute university club federation league association board firm business carrier operator
employer retailer chain maker manufacturer developer lender insurer airline railway authority
cooperative co-op coalition alliance society district division utility legion museum library clinic
hospital school college bureau trust fund patrol chamber label shelter pantry chapter system brewery`)

// orgSuffixes are capitalised words that end an organisation's name.
var orgSuffixes = set(`agency ministry government company inc ltd llc plc corp corporation group party
council office army police commission committee union bank association organization organisation
university court department service house institute foundation federation league club news times post
press network kremlin capital economics partners securities holdings rail railway railways airlines airways
motors foods energy health systems technologies labs media industries pharmaceuticals insurance services
solutions studios records authority board bureau administration society college school hospital church
center centre coalition alliance fund trust project tribune journal herald gazette magazine teamsters guild caucus conference chamber senate assembly legislature united convention
district legion cooperative co-op collective academy museum library clinic ministries mission laboratory
protection enforcement affairs security resources recycling co co. division patrol shipping logistics products enterprises ventures manufacturing
brands properties realty construction communications entertainment telecom mining petroleum
packaging plastics chemicals textiles apparel aerospace automotive creamery dairy system
power electric utilities bakery bakehouse cafe café diner restaurant grill tavern brewery winery
distillery orchards farms market grocers pharmacy salon bookstore outfitters architects engineers
associates consultants contractors constructors builders markets supermarkets stores brotherhood sisterhood
fraternity sorority shelter pantry homes chapter schools`)

// orgConnectors join the words of an organisation's name: "Union of
// Harbour Pilots", "Bank of America", and of a title: "Secretary of State".
var orgConnectors = set(`of for and & against`)

// mediaHeads describe an outlet whose name stands before them: "the
// nationalist Global Times tabloid".
var mediaHeads = set(`tabloid newspaper paper magazine outlet station channel network broadcaster website`)

// speaksFor are the heads of a description of somebody who speaks for the
// organisation or person named before them: "a Northwind Rail
// spokesperson", "Maria Lopez's office".
var speaksFor = set(`spokesman spokeswoman spokesperson spokespeople office campaign camp team representative
representatives`)

// documents speak for whoever issued them: "the IMF report stated", "Ivana
// Trump's brief said".
var documents = set(`report brief memo memorandum letter filing complaint lawsuit study survey analysis
document ad advertisement video website email tweet post release communique announcement statement
response reply answer message remarks comments sign note notice caption spot
affidavit indictment petition motion warrant
proposal assessment codicil slide alert advisory bulletin citation resolution warning charge
order proclamation fact-check factcheck editorial op-ed essay newsletter update`)

// knownOrgs are organisations named by one capitalised word.
var knownOrgs = set(`kremlin pentagon reuters nato hamas hezbollah taliban unesco unicef who
interfax tass ria sputnik xinhua bbc cnn afp ap dw sana irna wafa`)

// nationalities maps a nationality adjective or a country in the
// possessive to one key, so "the Russian leader" finds "Russia's President".
var nationalities = map[string]string{
	"russian": "russia", "russia": "russia", "kremlin": "russia", "moscow": "russia",
	"syrian": "syria", "syria": "syria", "damascus": "syria",
	"american": "us", "us": "us", "u.s": "us", "u.s.": "us", "washington": "us", "white": "us",
	"ukrainian": "ukraine", "ukraine": "ukraine", "kyiv": "ukraine",
	"british": "uk", "uk": "uk", "u.k": "uk", "britain": "uk",
	"french": "france", "france": "france", "german": "germany", "germany": "germany",
	"israeli": "israel", "israel": "israel", "turkish": "turkey", "turkey": "turkey",
	"iranian": "iran", "iran": "iran", "chinese": "china", "china": "china",
	"egyptian": "egypt", "egypt": "egypt", "saudi": "saudi", "iraqi": "iraq", "iraq": "iraq",
	"lebanese": "lebanon", "lebanon": "lebanon", "jordanian": "jordan", "jordan": "jordan",
	"qatari": "qatar", "qatar": "qatar", "emirati": "uae", "indian": "india", "india": "india",
	"pakistani": "pakistan", "japanese": "japan", "japan": "japan", "korean": "korea",
	"italian": "italy", "italy": "italy", "spanish": "spain", "spain": "spain",
	"polish": "poland", "poland": "poland", "canadian": "canada", "canada": "canada",
	"australian": "australia", "european": "eu", "eu": "eu", "palestinian": "palestine",
	"kurdish": "kurds", "afghan": "afghanistan", "belarusian": "belarus", "belarus": "belarus",
	// Parties tell people apart the way nations do: "the Republican nominee".
	"republican": "gop", "gop": "gop", "democratic": "dem", "democrat": "dem", "libertarian": "lib",
}

// countries speak as their governments do: "Russia insisted that …".
// Jordan is left out: it is a surname as often.
var countries = set(`russia syria ukraine france germany israel turkey iran china egypt iraq lebanon qatar
india japan italy spain poland canada belarus britain pakistan afghanistan mexico cuba venezuela brazil
australia greece hungary sweden norway denmark finland netherlands belgium austria switzerland ireland
scotland wales nigeria kenya ethiopia libya yemen oman kuwait bahrain tunisia algeria morocco sudan
somalia indonesia malaysia vietnam thailand philippines taiwan argentina chile colombia peru`)

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = set(`mr mrs ms dr st jr sr gen gov sen rep lt col sgt capt prof inc ltd co corp vs etc
rev msgr hon atty supt det insp cmdr adm maj brig pres messrs mme mlle lt.gov del
no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.u a.m p.m mt ft approx dept est fig`)

// stateAbbreviations are the states as news agencies abbreviate them
// after a town: "of Reston, Va., said". Before a comma only, their dot
// ends no sentence.
var stateAbbreviations = set(`ala ariz ark calif colo conn fla ga ill ind kan kans ky la md mass mich minn
miss mo mont neb nev okla ore pa tenn tex vt va wash wis wisc wyo`)

// Stopwords carry little meaning on their own: no part of a name, and a
// lookup weighs them down. Read it; never write to it.
var Stopwords = set(`a an the and or but if of at by for with about against between into through during
before after above below to from up down in out on off over under again further then once here there when
where why how all any both each few more most other some such no nor not only own same so than too very s t
can will just don should now is are was were be been being have has had having do does did doing i me my
myself we our ours ourselves you your yours yourself he him his himself she her hers herself it its itself
they them their theirs themselves what which who whom this that these those am would could ought as until
while because said say says who`)

// scareContext are words that make the next quotation a name or a title,
// not something said: "the so-called", "dubbed", "the film".
var scareContext = set(`so-called dubbed titled entitled nicknamed named hashtag slogan film movie book novel
song album show series headline operation term word phrase codenamed code-named title podcast
hymn anthem opera musical documentary episode`)

// namedThings are nouns a name in title case follows: the group "Westbury
// Park Dog Owners", the account "Hollis Hawks". A quotation after them
// in sentence case is said: the group "must be destroyed".
var namedThings = set(`group page account channel newsletter column blog program initiative exhibit
exhibition festival`)

// statementNouns are what an organisation issues: "a statement from X".
var statementNouns = set(`statement report communique release announcement`)

// affiliations join a speaker to whom they speak for: "analysts at X".
var affiliations = set(`at for from of with`)

// months let a capitalised month pass for no name.
var months = set(`january february march april may june july august september october november december`)

// demonyms are nouns for a person from a country.
var demonyms = set(`spaniard frenchman frenchwoman briton brit englishman englishwoman scot welshman
irishman dutchman dane swede norwegian finn pole czech german italian portuguese brazilian argentine
argentinian american canadian mexican russian ukrainian belarusian georgian armenian turk syrian lebanese
israeli palestinian egyptian iranian iraqi saudi qatari chinese japanese korean indian pakistani
australian nigerian kenyan ghanaian moroccan algerian tunisian croat serb bosnian greek hungarian
romanian bulgarian austrian swiss belgian`)

// genderOf are the titles that tell whether "he" or "she" fits a person.
var genderOf = map[string]byte{
	"mr": 'm', "sir": 'm', "lord": 'm', "king": 'm', "prince": 'm', "father": 'm',
	"ms": 'f', "mrs": 'f', "miss": 'f', "dame": 'f', "lady": 'f', "queen": 'f', "princess": 'f',
}

// placeWords end the names of places, which never speak: "Elm Street",
// "Hollister County Courthouse", "Wexford Central" (a school).
var placeWords = set(`street avenue boulevard road parkway highway freeway interstate courthouse arena row section suite
aisle pier dock terminal state
stadium plaza square county township elementary airport central coliseum auditorium pavilion
amphitheater amphitheatre expressway turnpike`)

// placesNamed are places named by more than one capitalised word, which
// would otherwise pass for a person's name: US states and large cities.
var placesNamed = set(`new-york new-jersey new-hampshire new-mexico north-carolina south-carolina north-dakota
south-dakota west-virginia rhode-island los-angeles san-francisco san-diego san-jose san-antonio las-vegas
new-orleans st.-louis st.-paul salt-lake-city kansas-city fort-worth el-paso santa-fe baton-rouge
long-island puerto-rico des-moines palm-beach silicon-valley capitol-hill wall-street
south-africa north-korea south-korea south-sudan new-zealand saudi-arabia sri-lanka costa-rica el-salvador
united-kingdom united-states hong-kong sierra-leone burkina-faso czech-republic dominican-republic
ivory-coast papua-new-guinea trinidad-and-tobago bosnia-and-herzegovina new-delhi buenos-aires
rio-de-janeiro sao-paulo tel-aviv mexico-city cape-town abu-dhabi kuala-lumpur`)

// countryNames are countries that are given names too: "Jordan Whitley",
// "Chad Moss", "India Walton".
var countryNames = set(`jordan chad india israel kenya georgia`)

// placeFirstWords are the first words of placesNamed, which spare most
// names the join and the lookup.
var placeFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for p := range placesNamed {
		first, _, _ := strings.Cut(p, "-")
		m[first] = true
	}
	return m
}()

// lawWords end the names of laws, never a person's.
var lawWords = set(`act amendment acts statute ordinance`)

// ordinals open names of courts, amendments, churches and districts,
// never a person's: "Sixth Circuit", "Second Amendment", "First Baptist".
var ordinals = set(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth`)

// settlementNouns name a place the name after them gives: "the state
// capital, Sacramento,", "her hometown, Kiel,".
var settlementNouns = set(`capital city town village hometown suburb county state country province region borough
neighborhood neighbourhood district township parish island`)

// placeNames end the names of places and are surnames too: "Harlan Park"
// is a school, "Emma Park" a person, told apart by the first name.
var placeNames = set(`park hall west east north south field church lake hill hills heights center centre
high middle academy bay river valley springs falls beach island harbor harbour station market tower lane
bridge creek point village city town grove ridge woods`)

// kindWords are words in an organisation's name that tell its kind when
// the name does not end in it: "the utility" is "Gulf Coastal Power".
var kindWords = map[string]map[string]bool{
	"hospital": set(`medical health healthcare`),
	"utility":  set(`power energy electric gas water utilities`),
	"airline":  set(`airlines airways air`),
	"bank":     set(`bancorp financial savings`),
	"church":   set(`parish chapel cathedral ministries`),
	"paper":    set(`times post herald journal gazette tribune courier`),
	"label":    set(`records music`),
	// "Pine Hollow County Schools canceled classes. … the district said".
	"district": set(`schools`),
	"co-op":    set(`cooperative`), // "Kessler Valley Electric Cooperative … the co-op said"
	"brewery":  set(`brewing`),     // "Loose Gravel Brewing Co. … The brewery posted"
	"system":   set(`schools`),     // "the school system said"
}

// placeAdjectives stand between "of" and the body a person works for:
// "of the state Wildland Fire Service", "of the city Parks Department".
var placeAdjectives = set(`state federal county city national regional local`)

// genericOrgHeads describe any organisation: "the company said". All but
// "group" and "organisation" are answered to by a business only
// (businessHead).
var genericOrgHeads = set(`company corporation firm group organisation organization business carrier operator employer
retailer chain maker manufacturer developer lender insurer airline railway`)

// businessHead reports a generic head only a business answers to: not a
// union local or a county office named since.
func businessHead(w string) bool {
	return genericOrgHeads[w] && w != "group" && w != "organisation" && w != "organization"
}

// titleRoles are the roles abbreviated titles stand for, so that "the
// senator" finds "Sen. Marcus Ortega".
var titleRoles = map[string]string{
	"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "pres": "president",
	"atty": "attorney", "supt": "superintendent", "det": "detective", "insp": "inspector", "cmdr": "commander",
	"adm": "admiral", "maj": "major", "capt": "captain", "col": "colonel", "lt": "lieutenant", "sgt": "sergeant",
	"prof": "professor", "dr": "doctor", "rev": "reverend", "congressman": "congressman", "congresswoman": "congresswoman",
	"ag": "attorney general", "da": "district attorney",
}

// openers start a phrase that may stand before a sentence's subject: "In
// July, Gingrich …".
var openers = set(`in at on during after before last earlier later meanwhile since while when speaking asked
with as for despite amid following born raised
still but and also yet then now today yesterday separately elsewhere instead overall
neither either both even only inside outside across behind beyond within among against under through throughout around toward towards into`)

// verbParticles go with a speech verb before its subject: "called out",
// "shouted back", "chimed in", "spoke up".
var verbParticles = set(`out back in up`)

// leadingPrepositions open no name, capitalised in a headline or not:
// "Inside Nevada's bitter fight".
var leadingPrepositions = set(`inside outside across behind beyond within among against through throughout around toward towards into onto upon`)

// subordinators open a clause that is not an attribution of the quotation
// before it: `"That makes me smart," when Clinton blasted him`.
var subordinators = set(`when while because before after if since although though until unless whereas
once whenever`)

// prepositions make the name after them an object, not a subject.
var prepositions = set(`to at for with by of from in on about against into onto toward towards`)

// coordinators join a clause of its own after a quotation.
// sinceWords say when something was said, after its verb: `Trump said
// later.`
var sinceWords = set(`later today yesterday tonight afterward afterwards earlier then again recently`)

var coordinators = set(`and but or nor yet`)

// auxiliaries can follow a subject as its verb: "Trump has used the phrase".
var auxiliaries = set(`has had is was have were are will would could should can may might does did
didn't doesn't isn't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't
didn’t doesn’t isn’t wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t can’t couldn’t shouldn’t`)

// irregularVerbs are common past forms that do not end in -ed.
var irregularVerbs = set(`told said wrote made took gave went put sent left thought felt knew saw spoke
began held led met brought sought taught meant kept set let won lost found stood drew threw struck swore
bore hit cut read cast came became ran sat fell heard bought caught fought chose drove rode rose broke
paid spent built shook grew flew forgot hung lay laid sang sank shut slid spun stuck swept swung tore
wore woke`)

// roleSynonyms are roles a description may name by another word: "the
// California congressman" for "Rep. Adam Schiff".
var roleSynonyms = map[string]string{
	"congressman": "representative", "congresswoman": "representative", "lawmaker": "representative",
	"senator": "senator", "governor": "governor", "candidate": "nominee", "nominee": "candidate",
	"pastor": "reverend", "minister": "reverend", "reverend": "pastor",
}

// unionWords make an organisation a union whatever its name ends in.
var unionWords = set(`workers employees teamsters brotherhood guild federation officers nurses teachers educators
firefighters deputies pilots drivers machinists carpenters electricians professionals`)

// pluralPlaces are plural nouns after names that read like verbs: "Dixie
// and Taylor counties".
var pluralPlaces = set(`counties cities states towns districts parishes provinces countries nations
schools universities colleges churches companies agencies communities neighborhoods suburbs`)

// kin are the nouns of family that set off a relative's first name: "His
// wife, Maureen,".
var kin = set(`wife husband son daughter brother sister mother father grandson granddaughter
grandmother grandfather niece nephew aunt uncle stepson stepdaughter father-in-law mother-in-law
son-in-law daughter-in-law brother-in-law sister-in-law`)

// catenatives take a speech verb after "to": "she liked to say".
var catenatives = set(`liked likes loved loves used wanted wants went goes tended tends began begins
continued continues would declined refused agreed`)

// backVerbs give words to a speaker with "back": "Sanders shot back".
var backVerbs = set(`shot fired hit struck pushed snapped wrote texted`)
