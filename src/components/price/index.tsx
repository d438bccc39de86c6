import { Text } from '@tarojs/components';
import type { Fen } from '@/domain/money/fen';
import { formatFen } from '@/domain/money/format-fen';
import './index.scss';

interface PriceProps {
  fen: Fen;
  size?: 'small' | 'normal' | 'large';
  id?: string;
  /** Grey and struck through, e.g. a list price. */
  muted?: boolean;
}

/** A money value in the price accent; the text is exactly formatFen's output (tests read it). */
export function Price({ fen, size = 'normal', id, muted = false }: PriceProps) {
  return (
    <Text id={id} className={`price-tag price-tag--${size}${muted ? ' price-tag--muted' : ''}`}>
      {formatFen(fen)}
    </Text>
  );
}
