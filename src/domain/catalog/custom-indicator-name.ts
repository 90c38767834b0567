// How an uncatalogued indicator is written for people (exports): 「目录外：名称」. The CSV
// import reads the prefix back as that uncatalogued indicator (id other:名称), so such a
// file re-imports without the 「目录外指标」 option.
export const CUSTOM_INDICATOR_PREFIX_ZH = '目录外：';
