/** Copy text and images HQ publishes per product for distributors to post as they are. */
export interface ShareMaterial {
  copy: string;
  images: string[];
}
