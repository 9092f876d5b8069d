import { Avatar } from "@mantine/core";
import { IconShoppingBag } from "@tabler/icons-react";

/** A product's first picture, or a bag where it has none. */
export function ItemPicture({ url, size = 56 }: { url: string | null; size?: number }) {
  return (
    <Avatar src={url} size={size} radius="md" color="orange" alt="">
      <IconShoppingBag size={size / 2} />
    </Avatar>
  );
}
