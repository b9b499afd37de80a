-- The language a person chose on their profile (issue 16); null means "follow the browser".
-- Codes of org.upright.kernel.i18n.Language; a new language adds its code here.
alter table account add column language varchar(8);
alter table account add constraint account_language_ck check (language in ('en', 'de'));
