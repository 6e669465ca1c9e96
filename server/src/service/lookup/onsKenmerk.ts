/**
 * Ministries' own kenmerken have no common format (domain.md). A preset or a pattern in the
 * settings gives the shape that completion proposes (messages.ts describes each preset).
 */
export interface OnsKenmerkPreset {
  id: string;
  /** The shape as a snippet; the year is filled in. */
  snippet: (year: number) => string;
  example: string;
}

export const ONS_KENMERK_PRESETS: OnsKenmerkPreset[] = [
  { id: 'jaar-nummer', snippet: (y) => `${y}-\${1:0000000000}`, example: '2024-0000129720' },
  { id: 'cijfers', snippet: () => '${1:0000000}', example: '5222646' },
  { id: 'directoraat-nummer', snippet: () => '${1:DGBI} / ${2:00000000}', example: 'DGBI / 21242813' },
  { id: 'ienw', snippet: (y) => `IENW/BSK-${y}/\${1:000000}`, example: 'IENW/BSK-2025/130201' },
  { id: 'vws', snippet: () => '${1:0000000}-${2:0000000}-${3:LZ}', example: '3229807-1007502-LZ' },
  { id: 'ocw', snippet: () => '${1:PO}/${2:0000000}', example: 'PO/1435528' },
];

export function findPreset(id: string | undefined): OnsKenmerkPreset | undefined {
  return ONS_KENMERK_PRESETS.find((preset) => preset.id === id);
}
