import { describe, expect, it } from 'vitest'
import { readText } from '../../src/sources/text.js'

describe('readText', () => {
  it('takes the ` date YYYY-MM-DD ` prefix as the date, not prose', () => {
    const read = readText(' date 2019-02-25 Last night, Lady Gaga sang.\n\nThen she left.')
    expect(read.date).toBe('2019-02-25')
    expect(read.body).toBe('Last night, Lady Gaga sang.\n\nThen she left.')
    expect(read.title).toBeNull()
  })

  it('takes a short first line without a final period as the title', () => {
    const read = readText('This Is the Exact Moment\n\nLady Gaga is officially halfway to an EGOT.')
    expect(read.title).toBe('This Is the Exact Moment')
    expect(read.body.trim()).toBe('Lady Gaga is officially halfway to an EGOT.')
  })

  it('keeps a first line that ends like a sentence as prose', () => {
    const read = readText('Lady Gaga won an Oscar.\nShe thanked Cooper.')
    expect(read.title).toBeNull()
    expect(read.body).toBe('Lady Gaga won an Oscar.\nShe thanked Cooper.')
  })

  it('keeps a long first line as prose even without a final period', () => {
    const line = Array.from({ length: 30 }, (_, index) => `word${index}`).join(' ')
    expect(readText(`${line}\nMore prose.`).title).toBeNull()
  })

  it('does not take a lone line as a title (there would be no body)', () => {
    expect(readText('Only a headline').title).toBeNull()
  })
})
