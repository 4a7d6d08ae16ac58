package extract

import "strings"

// firstNameGender tells whether "he" or "she" fits somebody by their first
// name, for names that nearly always belong to one or the other in US
// and international news. Names given to both (Jordan, Taylor, Casey,
// Jamie, Morgan, Robin, Dana, Kelly, Lee, Jean) are in neither list: for
// them the article's own pronouns decide (gender.go).
var firstNameGender = genderList(`
aaron abdul abdullah abel abraham adam adolfo adrian agustin ahmad ahmed akeem alan albert alberto alec
alejandro aleksandr alexander alexei alfonso alfred ali alonso alonzo alphonse alvin ambrose amir amos anand
anders andre andreas andrei andres andrew andy angelo angus anil anselm anthony antoine anton antonio antwan
archie arjun armand armando arnav arnold arthur arturo asher august augustus austin axel barack barrett barry
bart beau ben benito benjamin bennett bernard bernardo bernie bert bill billy bjorn blaine bo bob bobby boris
brad bradford bradley brady brandon braxton brayden brendan brent brett brian brock brody bruce bruno bryan
bryce buck burt byron cade caden cale caleb calvin camden carl carlos carlton carmine carter casimir cassius
cecil cedric cesar chad chandler charles charlie chauncey chester chuck clarence clarke claude clay clayton
cliff clifford clifton clint clinton clyde cole colin colton connor conor conrad cornelius cory craig cristian
cruz curtis cyrus dale damian damien damon dan daniel danny dante darian dario darius darnell darrell darren
daryl dashawn dave david davion davis dayton dean deandre deangelo declan demarcus demetrius demond dennis
denzel deon derek derrick deshawn desmond dev devin devon dewayne dexter diego dimitri dion dmitry domingo
dominic don donald donnie donovan dorian doug douglas duane duncan dustin dwayne dwight dylan earl easton ed
eddie edgar eduardo edward edwin efrain elbert eli elias elijah eliseo elliot elliott elmer emanuel emil
emilio emmanuel emmett enrique enzo ephraim eric erik ernest ernesto esteban ethan eugene evan everett ezekiel
ezra fabian fadi farid farouk federico felipe felix fernando finn fletcher floyd forrest francesco francis
francisco frank franklin fred freddie frederick gabriel gareth garfield garrett garth gary gaston gavin gene
geoffrey george gerald gerard gideon gilbert gino giovanni glen glenn gordon graham grant graydon greg gregory
griffin guido guillermo gunnar gus gustavo hakeem hal hamid hamza hank hans harlan harold harris harry harvey
hassan heath hector henry herbert herman homer horace horacio hosea howard hugh hugo humberto hunter ian
ibrahim ignacio igor ike irving isaac isaiah isidro ismael ivan jabari jace jack jackson jacob jaden jagger
jake jalen jamal jamar jamel james jameson jamison jaquan jared jarrod jarvis jason jasper javier javon jay
jaylen jaylon jed jedediah jeff jefferson jeffrey jeremiah jeremy jermaine jerome jerrod jerry jesse jesus jim
jimmy joachim joaquin joe joel joey johan johann john johnny jon jonah jonas jonathan jorge jose joseph josh
joshua josiah juan judah jude julian julio julius justin kaleb kane kareem karl keenan keith kelvin ken
kendrick kenji kenneth kent keshawn kevin khalid khalil kieran kingston kirby kirk knox koby kristopher kurt
kurtis kyle lamar lamont lance landon langston larry lars laurence lawrence lazaro leif leland lemuel leo leon
leonard leroy lester levi lewis liam linus lionel lloyd logan lonnie lorenzo lou lorne louis luca lucas lucian
luis luke luther lyle malachi malcolm malik manuel marcel marcelo marco marcos marcus mario mark marlon
marques marquis marquise marshall martin marvin mason mateo mathias matt matteo matthew maurice max maximilian
maxwell mckinley melvin micah michael mickey miguel mike miles milo milton mitch mitchell mohamed mohammad
mohammed moises monte montgomery moses muhammad murphy murray mustafa nasir nate nathan nathanael nathaniel
ned nehemiah neil nelson nestor nicholas nick nicolas nigel niko nikolai noah noel nolan norman octavio odell
olaf oleg oliver omar omari orlando orville oscar osvaldo otis otto owen pablo pascal pasquale patrick paul
pedro percy pete peter phil philip phillip pierre porter preston quentin quincy quinton rafael rafe raheem raj
ralph ralphie ramiro ramon randall randolph randy rashad rashid raul ray raymond reed reggie reginald reuben
rex rhett ricardo richard rick ricky rigoberto rob robert roberto rocco rocky rod roderick rodney rodolfo
rodrigo roger roland rolando roman romeo ron ronald ronan roscoe ross roy royce ruben rudolph rudy rufus
rupert russ russel russell ryan ryder salvador salvatore sam samir samuel sanjay santiago santos saul sawyer
scott seamus sean sebastian sergei sergey sergio seth shane shaquille shawn sheldon sid silas simon sonny
spencer stan stanislaw stanley stefan stephen sterling steve steven stewart stuart sullivan sylvester tariq
tate ted terrance terrell terrence terry thad thaddeus theo theodore thiago thomas tim timothy tobias toby
todd tom tomas tommie tommy tony travis trent trevor trey tristan troy truman tucker ty tyler tyree tyrell
tyrone tyson ulysses uriel valentin vaughn vernon victor vijay vikram vince vincent vladimir wade walker
wallace walter ward warren warrick wayne wendell wesley weston wilbur wiley wilfred will willard william
willie wilson winfield winston wyatt xander xavier yosef yusuf zach zachary zane zeke
`, `
abigail ada adele adeline adriana adrienne agatha agnes aileen aimee aisha alana alejandra alexa alexandra
alexis alice alicia alina alisa alisha allison alma alyssa amanda amani amara amber amelia amelie amy ana
anais anastasia andrea angela angelica angie anika anita ann anna annabel annabelle annalise anne annette
annie antoinette antonia april ariana arielle arlene ashley audrey aurora ava ayesha barbara beatrice beatriz
becky belen belinda bernadette beth bethany betsy bettina betty beverly bianca bonnie bree brenda brenna
briana brianna bridget bridgette brielle britney brittany brittney brooke caitlin callie camila camille
candace candice carina carissa carla carly carmela carmen carol carole caroline carolyn carrie cassandra
cassidy catalina catherine cathy cecilia celeste celia chanel charity charlene charlotte charmaine chelsea
cheryl chiara chloe christa christina christine cindy claire clara clarissa claudette claudia colette colleen
concepcion connie constance consuelo cora cordelia corinne courtney crystal cynthia daisy daniela danielle
daphne darla darlene dawn deanna debbie deborah debra deena deirdre delia delores delphine denise desiree
destiny diana diane dianne dina dolores dominique donna dora doris dorothea dorothy dulce ebony edith edna
eileen elaine eleanor elena elisa elise eliza elizabeth ella ellen ellie eloise elsa elvira ema emilia emily
emma erica erin esmeralda esperanza estela estella estelle esther ethel eugenia eunice eva evangeline evelyn
faith fatima felicia fernanda fiona flora florence frances francesca francine freya gabriela gabriella
gabrielle gail gemma genesis genevieve georgia georgina geraldine gianna gina giselle gladys glenda gloria
grace greta gretchen guadalupe gwen gwendolyn hadley hailey halle hannah harmony harriet hattie hazel heather
heidi helen helena helene henrietta hermione hilary hillary holly hope hortense ida ilene ilse imani imelda
inez ingrid irene iris irma isabel isabella isabelle itzel ivy jacqueline jade jamila jana jane janelle janet
janice janine jaqueline jasmine jeanette jeanine jeanne jenn jenna jennie jennifer jenny jessica jill jillian
joan joanie joanna joanne jocelyn jodi johanna jolene josefina josephine josie joy joyce juanita judith judy
julia juliana julie juliet juliette june justine kaitlyn kara karen karina karla kassandra katarina kate
katelyn katharine katherine kathleen kathrine kathryn kathy katie katrina katy kayla kayleigh keira keisha
kelsey kendra kenya kiara kim kimberly kira krista kristen kristin kristina kristy lacey lakeisha lana latasha
latisha latoya laura lauren laverne leah leann leila lena leona leticia lila lilia lillian lillie lily lina
linda lindsay lindsey lisa lisette liz liza lois lola lorena loretta lori lorraine louise lourdes luana lupe lucia
lucille lucinda lucy luisa luz lydia lynn mabel mackenzie madeleine madeline madison mae magdalena maggie maia
mallory mara marcela marcia margaret margarita margo maria mariah mariana marianne maribel maricela marie
marilyn marina marisa marisol maritza marjorie marla marlena marlene marsha martha martina mary maryann
maureen maxine maya mckenzie megan meghan melanie melinda melissa melody mercedes meredith mia micaela
michaela michelle mikayla milagros mildred milena mina mireya miriam misty moira molly monica monique nadia
nadine nancy nanette naomi natalia natalie natasha nell nellie nia nichole nicole nikki nina noelle noemi nora
norma octavia odessa olga olivia ophelia paige pamela paola patrice patricia paula pauline peggy penelope
penny perla petra phoebe phyllis polly precious priscilla priya queenie rachel ramona raquel rebecca rebekah
regina reina renee rhiannon rhonda rita roberta rochelle rocio rosa rosalie rosalind rosalyn rosario rose
rosemary rosita roxanne ruby ruth sabina sabrina sadie sally salma samantha sandra sara sarah savannah
scarlett selena serena shana shanice shaniqua shannon sharon shawna shayla sheena sheila shelby shelley sherri
sherry shirley shonda sienna simone sofia sonia sonja sophia sophie stacey stacy stella stephania stephanie
sue susan susana suzanne suzette sylvia tabitha talia tamara tamika tammy tania tanya tara tasha tatiana
teresa tessa thelma theresa tiana tiffany tina tonya tori trina trisha ursula valentina valeria valerie
vanessa vera veronica vicki victoria viola violet virginia vivian vivienne wanda wendy whitney wilhelmina
wilma winifred xiomara yasmin yesenia yolanda ysabel yvette yvonne zelda zoe zoey zora
`)

// givenName returns the gender a first name in lower case tells, 0 when
// it is not one the list knows; a hyphenated one ("ann-marie") tells when
// its parts do and agree.
func givenName(w string) byte {
	if g := firstNameGender[w]; g != 0 {
		return g
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
