import { Text, View } from '@tarojs/components';
import './index.scss';

interface QuantityStepperProps {
  value: number;
  min?: number;
  max: number;
  onChange: (next: number) => void;
  /** Stable ids for end-to-end tests (product page). */
  plusId?: string;
  minusId?: string;
  valueId?: string;
}

/** − n + with the limits enforced; the buttons are plain elements so tests can address them by id. */
export function QuantityStepper({ value, min = 1, max, onChange, plusId, minusId, valueId }: QuantityStepperProps) {
  const canMinus = value > min;
  const canPlus = value < max;
  return (
    <View className="qty-stepper">
      <View
        id={minusId}
        className={`qty-stepper__btn${canMinus ? '' : ' qty-stepper__btn--disabled'}`}
        onClick={(e) => {
          e.stopPropagation();
          if (canMinus) onChange(value - 1);
        }}
      >
        −
      </View>
      <Text id={valueId} className="qty-stepper__value">
        {value}
      </Text>
      <View
        id={plusId}
        className={`qty-stepper__btn${canPlus ? '' : ' qty-stepper__btn--disabled'}`}
        onClick={(e) => {
          e.stopPropagation();
          if (canPlus) onChange(value + 1);
        }}
      >
        +
      </View>
    </View>
  );
}
