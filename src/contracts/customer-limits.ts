/** How many tags a customer carries, how long a tag and a note may be (the schemas and the admin form share them). */
export const CUSTOMER_TAG_MAX = 10;
export const CUSTOMER_TAG_LENGTH_MAX = 10;
export const CUSTOMER_NOTE_LENGTH_MAX = 200;
