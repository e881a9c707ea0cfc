import { OtpElement } from './otp-element.js';
import { bankScreenStyles } from './styles.js';

/**
 * An element in the bank screens' look (bankScreenStyles): the bank screens, and the elements
 * drawn as they are (the trail, the software keyboard, the trainer's tools). The design tokens
 * those styles read are its knobs, documented once here for all of them.
 *
 * @cssproperty --otp-font-size - Base font size of the screen.
 * @cssproperty --otp-color-text - Text colour.
 * @cssproperty --otp-color-muted - Colour of hints and secondary text.
 * @cssproperty --otp-color-primary - The bank's colour: headings' bar, primary buttons.
 * @cssproperty --otp-color-primary-tint - A light shade of the bank's colour: notices, table headings.
 * @cssproperty --otp-color-heading-bg - Background of the screen's title; `--otp-color-primary-tint` unless set.
 * @cssproperty --otp-color-link - Link colour.
 * @cssproperty --otp-color-error - Colour of refusals, invalid fields and destructive buttons.
 * @cssproperty --otp-color-error-tint - Background of a refusal that concerns the whole form.
 * @cssproperty --otp-color-focus - Focus ring colour.
 * @cssproperty --otp-focus-width - Focus ring width.
 * @cssproperty --otp-focus-offset - Room between a control and its focus ring.
 * @cssproperty --otp-color-on-accent - Text on a coloured button or bar.
 * @cssproperty --otp-color-input-border - Border of inputs and selects.
 * @cssproperty --otp-color-button-border - Border of plain buttons.
 * @cssproperty --otp-color-button-bg - Background of plain buttons.
 * @cssproperty --otp-color-table-border - Borders of table cells.
 * @cssproperty --otp-color-divider - The rule above a screen's footer.
 * @cssproperty --otp-space-xs - The smallest spacing step.
 * @cssproperty --otp-space-s - A small spacing step.
 * @cssproperty --otp-space-m - A medium spacing step.
 * @cssproperty --otp-space-l - A large spacing step.
 * @cssproperty --otp-space-xl - The largest spacing step.
 */
export abstract class BankStyledElement extends OtpElement {
  static override styles = [bankScreenStyles];
}
