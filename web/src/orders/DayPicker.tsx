import { TextInput } from "@mantine/core";
import { IconCalendar } from "@tabler/icons-react";

/** A business day, YYYY-MM-DD in the hub's calendar; days to come have nothing yet. */
export function DayPicker({
  label,
  value,
  today,
  onChange,
}: {
  label: string;
  value: string;
  today: string;
  onChange: (day: string) => void;
}) {
  return (
    <TextInput
      type="date"
      label={label}
      value={value}
      max={today}
      onChange={(event) => event.currentTarget.value && onChange(event.currentTarget.value)}
      leftSection={<IconCalendar size={18} />}
      w={{ base: "100%", xs: 220 }}
    />
  );
}
