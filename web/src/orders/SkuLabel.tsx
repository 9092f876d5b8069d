import { Group, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** A SKU as people read it on an order or a purchase order: code and options, then a line of detail. */
export function SkuLabel({ code, options, detail }: { code: string; options: string[]; detail: ReactNode }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Group gap={6}>
        <Text size="sm" fw={700} ff="monospace">
          {code}
        </Text>
        {options.length > 0 && (
          <Text size="sm" c="dimmed">
            {options.join(" / ")}
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {detail}
      </Text>
    </div>
  );
}
