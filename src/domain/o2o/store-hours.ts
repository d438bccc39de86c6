/** A store's opening hours. */
export interface StoreHours {
  /** HH:MM, Beijing time. */
  open: string;
  close: string;
}
