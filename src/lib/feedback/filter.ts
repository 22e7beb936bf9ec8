/** The mirror's filter (`/feedback?verzoek=`): a request id, or this prefix and a label several requests share. */
export const LABEL_PREFIX = 'label:';
