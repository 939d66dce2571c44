import { describe, expect, it } from 'vitest'
import { removeBoilerplate } from '../../src/sources/boilerplate.js'

describe('removeBoilerplate', () => {
  it('takes out photo credits, share lines, bylines and repeated lines, each with its reason', () => {
    const body = [
      'Lady Gaga and Bradley Cooper sang Shallow at the Oscars.',
      'Handout/Getty Images Entertainment/Getty Images',
      'Photo by Kevin Winter',
      'Share on Facebook',
      'Sign up for our newsletter',
      'By Jane Doe',
      'Continue reading the main story',
      'Gaga and Cooper at the Dolby Theatre',
      'Cooper sat down at the piano.',
      'Read: Can the duet win again?',
      'Gaga and Cooper at the Dolby Theatre',
      'Handout/Getty Images Entertainment/Getty Images',
    ].join('\n\n')
    const result = removeBoilerplate(body)
    expect(result.body).toBe('Lady Gaga and Bradley Cooper sang Shallow at the Oscars.\n\nCooper sat down at the piano.')
    expect(result.boilerplate).toEqual([
      { text: 'Handout/Getty Images Entertainment/Getty Images', reason: 'photo credit' },
      { text: 'Photo by Kevin Winter', reason: 'photo credit' },
      { text: 'Share on Facebook', reason: 'share or subscribe' },
      { text: 'Sign up for our newsletter', reason: 'share or subscribe' },
      { text: 'By Jane Doe', reason: 'byline' },
      { text: 'Continue reading the main story', reason: 'share or subscribe' },
      { text: 'Gaga and Cooper at the Dolby Theatre', reason: 'repeated line' },
      { text: 'Read: Can the duet win again?', reason: 'share or subscribe' },
      { text: 'Gaga and Cooper at the Dolby Theatre', reason: 'repeated line' },
      { text: 'Handout/Getty Images Entertainment/Getty Images', reason: 'photo credit' },
    ])
  })

  it('keeps prose that mentions an agency or sharing, and a long paragraph repeated on purpose', () => {
    const sentence = 'Reuters reported that the photo by the agency was shared widely, and Getty Images licensed it to dozens of papers.'
    const refrain = 'We will keep singing this song until everyone in the room is singing it with us, every single night of the tour.'
    const result = removeBoilerplate([sentence, refrain, 'Print editions sold out.', refrain].join('\n\n'))
    expect(result.boilerplate).toEqual([])
    expect(result.body.split('\n\n')).toHaveLength(4)
  })
})
