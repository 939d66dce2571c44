/**
 * Common English first names by usual gender, for resolving `he` and `she`
 * to a named person before the text itself has shown which pronoun a person
 * takes. The text's own pronouns win over this list once seen.
 */
const female = `
abigail ada adele alexandra alexis alice alicia alison allison amanda amber amy andrea angela angelina anita ann
anna anne annie april ariana ashley barbara becky betsy betty beverly beyonce billie brenda brittany brooke caitlin
camila candace cardi carly carol caroline carolyn catherine cathy charlotte chelsea cheryl chloe christina christine
cindy claire cynthia danielle darlene debbie deborah debra denise diana diane donna doris dorothy elaine eleanor
elisabeth elizabeth elena ella ellen emily emma erica erin eva evelyn faith frances gabrielle gillian gina gloria grace
gwen gwyneth hailey haley hannah heather heidi helen hillary holly hope huma ivanka jackie jacqueline jane janet
janice jasmine jean jeanne jennifer jenny jessica jill jo joan joanna jodi joy joyce judith judy julia julie karen
kate katherine kathleen kathy katie katy kay kayleigh kelly kellyanne kendall kim kimberly kirsten kourtney kristen
kylie laura lauren leah lena linda lisa liz lori lorraine louise lucy lynn madeleine madison maggie mandy
margaret maria marie marilyn marsha martha mary maxine megan meghan melania melanie melissa meredith meryl michele michelle
mila miley minnie miranda molly monica nancy naomi natalie nicole nikki nina olivia paige pam pamela patricia patty
paula peggy penny rachel rebecca reese regina rihanna rita roberta rosa rose rosie ruth sally samantha sandra
sara sarah selena serena sharon sheila shirley sophia stacey stephanie sue susan suzanne sylvia tamara tammy tara
 teresa theresa tiffany tina ursula valerie vanessa victoria virginia wanda wendy whitney yvonne zoe
ana carmen isabel loretta lucia rosa sofia
`
const male = `
aaron adam al alan albert alec alex alexander andrew andy anthony antonio arnold austin barack ben benjamin bernie
bill billy bob bobby brad bradley brandon brendan brett brian bruce bryan carl carlos chad charles charlie chris
christian christopher chuck clint cody colin corey craig dan daniel danny darren dave david dennis derek dick don
donald doug douglas drew dustin dwayne ed eddie edward elijah elon eric ernest ethan eugene evan frank fred gary
george gerald glenn gordon grant greg gregory harold harry henry howard ian isaac jack jacob jake james jared jason
jay jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua
juan justin keith ken kenneth kevin kurt kyle lance larry lawrence leo leonard lewis logan louis luke
marco marcus mario mark martin matt matthew max michael mike mitch mitt nathan neil newt nicholas nick noah oliver
orrin patrick paul pete peter phil philip ralph randy ray raymond reince richard rick rob robert roger ron ronald
roy rudy russell ryan sam samuel scott sean sebastian seth shawn sheldon stephen steve steven stuart ted
thomas tim timothy todd tom tommy tony travis trevor troy tyler victor vince vincent walter wayne will william
alejandro diego fernando javier luis manuel miguel pedro rafael ricardo
`

const byName = new Map<string, 'male' | 'female'>()
for (const name of female.split(/\s+/)) if (name) byName.set(name, 'female')
for (const name of male.split(/\s+/)) if (name) byName.set(name, 'male')

/** The usual gender of a first name, or undefined. */
export function genderOfFirstName(name: string): 'male' | 'female' | undefined {
 return byName.get(name.toLowerCase())
}
