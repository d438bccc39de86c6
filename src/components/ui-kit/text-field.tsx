import { Input, Text, View } from '@tarojs/components';
import './index.scss';

/** A labelled one-line input; `id` is on the Input (tests fill `#id input`). */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  type?: 'text' | 'number' | 'digit';
  maxlength?: number;
  /** Marks the label with a red * (the form says what is missing before it can be saved). */
  required?: boolean;
}) {
  return (
    <View className="admin-field">
      <Text className="admin-field__label">
        {props.label}
        {props.required ? <Text className="admin-field__required"> *</Text> : null}
      </Text>
      <Input
        id={props.id}
        className="admin-field__input"
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        maxlength={props.maxlength ?? 100}
        onInput={(e) => props.onChange(e.detail.value)}
      />
    </View>
  );
}
