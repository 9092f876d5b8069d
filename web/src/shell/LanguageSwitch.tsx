import { Button, Menu } from "@mantine/core";
import { IconCheck, IconLanguage } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSaveLanguage } from "../accounts/language";
import { LANGUAGES } from "../locales/i18n";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const saveLanguage = useSaveLanguage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px={8}
          aria-label={t("language.label")}
          leftSection={<IconLanguage size={18} />}
        >
          {t("language.short")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            onClick={() => saveLanguage(language)}
            rightSection={i18n.language === language ? <IconCheck size={16} /> : null}
          >
            {t(`language.${language}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
