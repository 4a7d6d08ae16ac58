package extract

import "strings"

// firstNameGender tells whether "he" or "she" fits somebody by their first
// name, for names that nearly always belong to one or the other in US
// and international news. Names given to both (Jordan, Taylor, Casey,
// Jamie, Morgan, Robin, Dana, Kelly, Lee, Jean) are in neither list: for
// them the article's own pronouns decide (gender.go).
var firstNameGender = genderList(`
aaron abdul abdullah abel abraham adam adolfo adrian agustin ahmad ahmed akeem akira alan albert alberto aldo
alec alejandro aleksandr alexander alexei alfonso alfred alfredo ali alistair alonso alonzo alphonse alvin
ambrose amir amos anand anders andre andreas andrei andres andrew andy angel angelo angus anibal anil anselm
anthony antoine anton antonio antwan archer archie ari arjun armand armando arnav arnold arnulfo arthur artie
arturo asher august augustus austin avi axel barack barney barrett barry bart beau ben benedict benito
benjamin bennett bennie benny bernard bernardo bernie bert bilal bill billy bjorn blaine bo bob bobby boris
boyd brad bradford bradley brady brandon brantley braxton brayden brendan brendon brent brett brian brock
brody bronson bruce bruno bryan bryce buck bud burt buster byron cade caden cale caleb calvin camden carl
carlo carlos carlton carmine carter cary casimir cassius cecil cedric cesar chad chaim chance chandler
channing charles charlie chauncey chester chet chip chuck clarence clark clarke claude clay clayton cletus
cliff clifford clifton clint clinton clyde cole colin colton connor conor conrad cornelius cornell cory craig
cristian cruz cullen curtis cyrus dale dallin damian damien damon dan daniel danny dante darian dario darius
darnell darrell darren darryl daryl dashawn dashiell dave davey david davion davis dawson dayton deacon dean
deandre deangelo declan demarcus demetri demetrius demond dennis denzel deon derek derrell derrick deshawn
desmond dev devin devon dewayne dexter diego dimitri dion dirk dmitry domingo dominic dominick don donald
donnell donnie donovan dorian doug douglas dov duane duncan dustin dusty dwayne dwight dylan earl earnest
easton eben ed eddie edgar edmund eduardo edward edwin efrain efrem elbert eldon eli elias elijah eliseo
elliot elliott elmer elvis emanuel emery emil emilio emmanuel emmett enoch enrique enzo ephraim eric erik
ernest ernesto errol esteban ethan eugene evan everett ezekiel ezra fabian fadi farid farouk fausto federico
felipe felix fernando ferris fidel finn fitzgerald fletcher floyd flynn forest forrest francesco francis
francisco frank frankie franklin fred freddie frederick fritz gabriel gareth garfield garrett garth gary
gaspar gaston gavin gene geoffrey george gerald gerard gerardo gideon gilbert gino giovanni giuseppe glen
glenn godfrey gordon graham grant graydon greg gregorio gregory griffin guido guillermo gunnar gunther gus
gustavo hakeem hal halvard hamid hamza hank hans harlan harold harris harry harvey hassan heath hector
heinrich henry herbert herman herschel hiram holden hollis homer horace horacio horatio hosea howard hoyt hugh
hugo humberto humphrey hunter ian ibrahim ignacio ignatius igor ike ira irving irwin isaac isaiah isidore
isidro ismael ivan jabari jace jack jackson jacob jaden jagger jake jalen jamal jamar jamel james jameson
jamison jaquan jared jarrod jarvis jason jasper javier javon jay jaylen jaylon jed jedediah jedidiah jeff
jefferson jeffrey jerald jeremiah jeremy jermaine jerome jerrod jerry jesse jesus jethro jim jimmy joachim
joaquim joaquin joe joel joey johan johann john johnny jon jonah jonas jonathan jonathon jorge jose joseph
josh joshua josiah josue juan judah jude jules julian julio julius justin kaleb kamal kane kareem karim karl
keenan keith kelvin ken kendrick kenji kenneth kenny kent keon kermit keshawn kevin khalid khalil kieran
kingston kirby kirk knox koby kofi kristopher kurt kurtis kwame kyle lamar lamont lance landon langston larry
lars laszlo laurence lawrence lazaro lazarus leif leland lemuel lenny leo leon leonard leonardo leroy lester
levi lewis liam lincoln linus lionel lloyd logan lonnie lorenzo lorne lou louis lowell luca lucas lucian
lucius luigi luis luke luther lyle lyndon mack magnus malachi malcolm malik manny manuel marcel marcelo marco
marcos marcus mario mark marlon marques marquis marquise marshall martin marty marvin mason mateo mathias matt
matteo matthew maurice mauricio max maximilian maxwell maynard mckinley melvin micah michael mickey miguel
mike mikey miles milo milton mitch mitchell mohamed mohammad mohammed moises monroe monte montgomery morris
moses muhammad murphy murray mustafa myron nasir nasser nate nathan nathanael nathaniel ned nehemiah neil
nelson nestor nicholas nick nicky nicolas nigel niko nikolai noah noel nolan norman norris octavio odell olaf
oleg oliver ollie omar omari orlando orrin orville oscar osman osvaldo otis otto owen ozzie pablo pascal
pasquale patrick paul pedro percival percy pete peter phil philip phillip phineas pierce pierre porter preston
quentin quincy quinton rafael rafe raheem raj ralph ralphie ramiro ramon randall randolph randy raphael rashad
rashid raul ray raymond reed reggie reginald reid reuben rex rhett rhys ricardo richard rick ricky rigoberto
rob robbie robert roberto rocco rocky rod roderick rodney rodolfo rodrigo roger roland rolando roman romeo ron
ronald ronan ronnie roscoe ross roy royce ruben rudolph rudy rufus rupert russ russel russell ryan ryder sal
salvador salvatore sam samir sammy samuel sanford sanjay santiago santino santos saul sawyer scott seamus sean
sebastian sergei sergey sergio seth shamar shane shaquille shawn sheldon sherman sid sidney silas simon
solomon sonny spencer stan stanislaw stanley stefan stefano stephen sterling steve steven stevie stewart
stuart sullivan sylvester tariq tate ted teddy terence terrance terrell terrence terry thad thaddeus theo
theodore thiago thomas thurman tim timmy timothy tobias toby todd tom tomas tommie tommy tony travis trent
trevor trey tristan troy truman tucker ty tyler tyree tyrell tyrone tyson ulysses uriel valentin valentino
vaughn vern vernon victor vijay vikram vince vincent vinny virgil vito vladimir wade waldo walker wallace walt
walter ward warren warrick wayne wendell wesley weston wilbur wiley wilfred will willard william willie wilson
winfield winfred winston woodrow wyatt xander xavier yosef yusuf zach zachary zane zeke
rahul rajesh suresh ramesh sunil amit rohit kunal nikhil deepak manoj karthik aditya
tomasz piotr krzysztof marek jakub pawel wojciech andrzej dariusz pieter joost henk willem bram
sven nils mats kwaku yaw emeka obinna chinedu tunde segun babatunde dmitri mikhail bogdan tiago
joao diogo mateus youssef faisal takeshi hiroshi daiki
`, `
abbie abby abigail ada adaeze adelaide adele adeline adriana adrienne agatha agnes aileen aimee aisha alana
alba alejandra alexa alexandra alexis alice alicia alina alisa alisha allison alma alondra althea alyssa
amalia amanda amani amara amber amelia amelie amy ana anais anastasia andrea angela angelica angie anika anita
ann anna annabel annabelle annalise anne annette annie antoinette antonia april ariana arielle arlene ashley
astrid audrey aurelia aurora ava ayanna ayesha babette barbara beatrice beatriz becca becky belen belinda
bernadette beth bethany betsy bettie bettina betty beverly bianca blanca bonita bonnie bree brenda brenna
briana brianna bridget bridgette brielle britney brittany brittney brooke caitlin calista callie camila
camille candace candice cara carina carissa carla carlotta carly carmela carmen carol carole caroline carolyn
carrie cassandra cassidy cassie catalina catherine cathy cecilia cecily celeste celestine celia chandra chanel
charity charlene charlotte charmaine chelsea cheryl cheyenne chiara chloe christa christina christine cindy
claire clara clarice clarissa claudette claudia claudine cleo colette colleen concepcion concetta connie
constance consuelo cora cordelia corinna corinne courtney crystal cynthia dagmar daisy daniela danielle daphne
darcy darla darlene dawn deanna debbie deborah debra deena deirdre delfina delia delilah delores delphine
denise desiree destiny diana diane dianne dina dinah dolly dolores dominga dominique donna dora doris dorothea
dorothy dottie drusilla dulce dulcie ebony edith edna effie eileen elaine eleanor eleanora elena elisa
elisabeth elise eliza elizabeth ella ellen ellie elma eloisa eloise elsa elsie elvira ema emilia emily emma
enid erica erin ernestine esmeralda esperanza estela estella estelle esther ethel etta eudora eugenia eula
eunice eva evangeline evelyn evie faith fatima fatimah faye felicia felicity fern fernanda fiona flora
florence frances francesca francine freda freya frieda gabriela gabriella gabrielle gaby gail gemma genesis
geneva genevieve georgette georgia georgina geraldine gertrude gianna gina ginger ginny giselle gladys glenda
gloria grace gracie greta gretchen guadalupe gwen gwendolyn hadley hailey halle hannah harmony harriet hattie
hazel heather hedy heidi helen helena helene henrietta hermione hester hilary hilda hillary holly hope
hortense hortensia ida ilene ilse imani imelda imogen inez ingrid irene iris irma isabel isabella isabelle
isadora itzel ivette ivy jacinta jacqueline jade jamila jana jane janelle janet janice janine jaqueline
jasmine jeanette jeanine jeanne jenn jenna jennie jennifer jenny jess jessica jill jillian joan joanie joanna
jo joanne jocelyn jodi johanna jolene josefina josephine josie joy joyce juana juanita judith judy julia juliana
julie juliet juliette june justine kaitlyn kamala kara karen karina karla kassandra kat katarina kate katelyn
kateri katharine katherine kathleen kathrine kathryn kathy katie katrina katy kayla kayleigh keira keisha
kelsey kendra kenya kerri kiara kim kimberly kira krista kristen kristin kristina kristy lacey lakeisha lana
latasha latisha latoya laura lauren laverne leah leann leila lena leona leticia letitia lila lilia lillian
lillie lily lina linda lindsay lindsey lisa lisette liz liza lizzie lois lola lolita lorena loretta lori
lorraine lottie louise lourdes luana lucia lucille lucinda lucy luisa lula lupe lupita luz lydia lynn mabel
mackenzie maddie madeleine madeline madison mae magdalena maggie maia mallory mamie mandy mara marcela marcia
marcy margaret margarita margo marguerite maria mariah mariana marianne maribel maricela marie mariela marilyn
marina marisa marisela marisol maritza marjorie marla marlena marlene marsha marta martha martina mary maryann
matilda maude maureen mavis maxine maya mckenzie meg megan meghan melanie melinda melissa melody mercedes
meredith mia micaela michaela michelle mikayla milagros mildred milena millie mina minerva mirabel mireya
miriam misty moira molly monica monique myra myrtle nadia nadine nancy nanette nannette naomi natalia natalie
natasha nell nellie nettie nia nichole nicole nikki nina noelle noemi nora noreen norma octavia odessa ofelia
olga olive olivia opal ophelia oralia paige pamela paola patricia patty paula pauline pearl peggy penelope
penny perla petra philippa phoebe phyllis polly precious priscilla priya prudence queenie rachael rachel
ramona raquel reba rebecca rebekah regina reina renee rhiannon rhoda rhonda rita roberta rochelle rocio rosa
rosalie rosalind rosalyn rosario rose rosemary rosie rosita roxanne ruby ruth sabina sabrina sadie sally salma
samantha sandra sara sarah savannah scarlett selena selma serena shana shanice shaniqua shannon sharon shawna
shayla sheena sheila shelby shelley sherri sherry sheryl shirley shonda sienna sigrid simone sofia sonia sonja
sophia sophie stacey stacy stella stephania stephanie sue susan susana suzanne suzette suzy sybil sylvia
tabitha talia tamara tamika tammy tamsin tania tanya tara tasha tatiana teresa terri tessa thea thelma theresa
tiana tiffany tillie tina tonya tori trina trish trisha trudy una ursula valentina valeria valerie vanessa
velma vera verna veronica vicki vicky victoria vida viola violet virginia vivian vivienne wanda wendy whitney
wilhelmina wilma winifred winnie xiomara yasmin yesenia yolanda ysabel yvette yvonne zelda zoe zoey zora
priyanka ananya divya pooja sunita anjali kavya meera lakshmi deepa neha shreya nisha marijke
femke sanne lotte anouk sofie sunniva solveig agnieszka katarzyna malgorzata zofia aleksandra
ngozi chioma amaka funmilayo yetunde folake ama akosua abena sakura aiko mei svetlana irina
ekaterina giulia alessandra ines ximena aaliyah tanisha amira zainab layla hana
`)

// givenName returns the gender a first name in lower case tells, 0 when
// it is not one the list knows; a hyphenated one ("ann-marie") tells when
// its parts do and agree.
func givenName(w string) byte {
	if g := firstNameGender[w]; g != 0 {
		return g
	}
	if !isASCII(w) {
		// "maría", "josé", "zoë": the list holds names without accents.
		if f := Fold(w); f != w {
			return givenName(f)
		}
	}
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return 0
	}
	if ga := firstNameGender[a]; ga == firstNameGender[b] {
		return ga
	}
	return 0
}

// genderList maps each of the male names to 'm' and the female ones to 'f'.
func genderList(male, female string) map[string]byte {
	m := map[string]byte{}
	for w := range set(male) {
		m[w] = 'm'
	}
	for w := range set(female) {
		m[w] = 'f'
	}
	return m
}
