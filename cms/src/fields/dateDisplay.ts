/**
 * How the admin shows a date field with its time: Dutch month names in full, 24-hour clock, the
 * same as the lists (`admin.dateFormat`). Without a displayFormat Payload falls back to
 * "MMM d, yyyy h:mm a" ("dec. 1, 2026 4:33 PM"), English in shape if not in words.
 */
export const DAY_AND_TIME = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'd MMMM yyyy HH:mm',
} as const
