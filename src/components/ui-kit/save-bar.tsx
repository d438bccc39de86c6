import { View } from '@tarojs/components';
import { Button } from '@/components/nut/button';

/** A staff form's one save button, at the form's foot. */
export function SaveBar({ id, label, onSave }: { id: string; label: string; onSave: () => Promise<unknown> | void }) {
  return (
    <View className="admin-actions">
      <Button id={id} type="primary" size="small" onClick={() => void onSave()}>
        {label}
      </Button>
    </View>
  );
}
