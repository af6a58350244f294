// The slice of Office.js the Word adapter is written against, and that the simulator implements. The checks at the
// bottom make a misspelt or non-existent API fail to compile against @types/office-js. Must not import the pane.
export type TrackingModeValue = 'Off' | 'TrackAll' | 'TrackMineOnly';
export type InsertLocationValue = 'Before' | 'After' | 'Start' | 'End' | 'Replace';
export type RangeLocationValue = 'Whole' | 'Start' | 'End' | 'After' | 'Content';
export type CritiqueColorValue = 'Red' | 'Green' | 'Blue' | 'Lavender' | 'Berry';

export interface ClientResultSubset<T> {
  readonly value: T;
}

export interface SearchOptionsSubset {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
  matchWildcards?: boolean;
}

export interface FontSubset {
  highlightColor: string | null;
}

export interface CommentSubset {
  readonly content: string;
  readonly authorName: string;
  delete(): void;
}

export interface CommentCollectionSubset {
  readonly items: CommentSubset[];
  load(propertyNames: string): CommentCollectionSubset;
}

export interface AnnotationSubset {
  readonly id: string;
  delete(): void;
}

export interface AnnotationCollectionSubset {
  readonly items: AnnotationSubset[];
  load(propertyNames: string): AnnotationCollectionSubset;
}

export interface CritiqueSubset {
  start: number;
  length: number;
  colorScheme: CritiqueColorValue;
}

export interface RangeSubset {
  readonly text: string;
  readonly font: FontSubset;
  load(propertyNames: string): RangeSubset;
  search(searchText: string, searchOptions?: SearchOptionsSubset): RangeCollectionSubset;
  expandTo(range: RangeSubset): RangeSubset;
  insertText(text: string, insertLocation: InsertLocationValue): RangeSubset;
  delete(): void;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
  insertComment(text: string): CommentSubset;
  getReviewedText(changeTrackingVersion?: 'Original' | 'Current'): ClientResultSubset<string>;
  getTextRanges(endingMarks: string[], trimSpacing?: boolean): RangeCollectionSubset;
}

export type TrackedChangeTypeValue = 'None' | 'Added' | 'Deleted' | 'Formatted';

export interface TrackedChangeSubset {
  readonly author: string;
  readonly date: Date;
  readonly text: string;
  readonly type: TrackedChangeTypeValue;
  accept(): void;
  reject(): void;
  getRange(rangeLocation?: 'Whole' | 'Start' | 'End'): RangeSubset;
}

export interface TrackedChangeCollectionSubset {
  readonly items: TrackedChangeSubset[];
  load(propertyNames: string): TrackedChangeCollectionSubset;
  acceptAll(): void;
  rejectAll(): void;
}

export interface RangeCollectionSubset {
  readonly items: RangeSubset[];
  load(propertyNames: string): RangeCollectionSubset;
}

export interface ParagraphSubset {
  readonly text: string;
  style: string;
  readonly isListItem: boolean;
  readonly tableNestingLevel: number;
  load(propertyNames: string): ParagraphSubset;
  getText(options?: { IncludeHiddenText?: boolean; IncludeTextMarkedAsDeleted?: boolean }): ClientResultSubset<string>;
  getReviewedText(changeTrackingVersion?: 'Original' | 'Current'): ClientResultSubset<string>;
  search(searchText: string, searchOptions?: SearchOptionsSubset): RangeCollectionSubset;
  getRange(rangeLocation?: RangeLocationValue): RangeSubset;
  insertParagraph(paragraphText: string, insertLocation: 'Before' | 'After'): ParagraphSubset;
  insertOoxml(ooxml: string, insertLocation: 'Replace' | 'Start' | 'End'): RangeSubset;
  getOoxml(): ClientResultSubset<string>;
  insertAnnotations(annotations: { critiques: CritiqueSubset[] }): ClientResultSubset<string[]>;
  getAnnotations(): AnnotationCollectionSubset;
  getTrackedChanges(): TrackedChangeCollectionSubset;
  getComments(): CommentCollectionSubset;
}

export interface ParagraphCollectionSubset {
  readonly items: ParagraphSubset[];
  load(propertyNames: string): ParagraphCollectionSubset;
}

export interface BodySubset {
  readonly paragraphs: ParagraphCollectionSubset;
  getReviewedText(changeTrackingVersion?: 'Original' | 'Current'): ClientResultSubset<string>;
  getTrackedChanges(): TrackedChangeCollectionSubset;
  /** WordApi 1.4: every comment in the document ("Remove internal comments"). */
  getComments(): CommentCollectionSubset;
}

export interface DocumentSubset {
  changeTrackingMode: TrackingModeValue;
  readonly body: BodySubset;
  /** WordApi 1.4: where the decision record lives. */
  readonly customXmlParts: CustomXmlPartCollectionSubset;
  load(propertyNames: string): DocumentSubset;
  getAnnotationById(id: string): AnnotationSubset;
}

// --- The decision record: custom XML parts (WordApi 1.4) and, below that, the document's settings (Office common API).
export interface CustomXmlPartSubset {
  getXml(): ClientResultSubset<string>;
  setXml(xml: string): void;
  delete(): void;
}

export interface CustomXmlPartScopedCollectionSubset {
  readonly items: CustomXmlPartSubset[];
  load(propertyNames: string): CustomXmlPartScopedCollectionSubset;
}

export interface CustomXmlPartCollectionSubset {
  add(xml: string): CustomXmlPartSubset;
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionSubset;
}

/** Office.Settings: a property bag saved inside the document with saveAsync. */
export interface OfficeSettingsSubset {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { readonly status: unknown; readonly error?: { readonly message: string } }) => void): void;
}

export interface DocumentCreatedSubset {
  open(): void;
}

export interface ApplicationSubset {
  createDocument(base64File?: string): DocumentCreatedSubset;
}

export interface RequestContextSubset {
  readonly document: DocumentSubset;
  readonly application: ApplicationSubset;
  sync(): Promise<void>;
}

export interface WordApiSubset {
  run<T>(batch: (context: RequestContextSubset) => Promise<T>): Promise<T>;
}

export interface OfficeApiSubset {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    /** Office.PlatformType ("PC", "Mac", "OfficeOnline"...); an enum in the typings, read with String(). */
    readonly platform: unknown;
    /** Filled by Outlook; Word leaves it unset today, and reading it may throw. */
    readonly userProfile?: { readonly displayName: string };
    /** The document's settings (Office common API), where the decision record goes below WordApi 1.4. */
    readonly document?: { readonly settings: OfficeSettingsSubset };
  };
}

/** The error shape Office.js rejects a sync with (OfficeExtension.Error): a code such as "AccessDenied". */
export interface OfficeErrorLike {
  readonly code: string;
  readonly message: string;
}

export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Where Office says the failure happened (`debugInfo.errorLocation`, e.g. "Paragraph.insertAnnotations"). */
export function officeErrorLocation(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('debugInfo' in error)) return undefined;
  const info = (error as { debugInfo: unknown }).debugInfo;
  if (typeof info !== 'object' || info === null || !('errorLocation' in info)) return undefined;
  const location = (info as { errorLocation: unknown }).errorLocation;
  return typeof location === 'string' ? location : undefined;
}

// Compile-time proof that the real API has every member above with compatible types.
export const _rangeCheck: RangeSubset = null as unknown as Word.Range;
export const _rangesCheck: RangeCollectionSubset = null as unknown as Word.RangeCollection;
export const _paragraphCheck: ParagraphSubset = null as unknown as Word.Paragraph;
export const _paragraphsCheck: ParagraphCollectionSubset = null as unknown as Word.ParagraphCollection;
export const _bodyCheck: BodySubset = null as unknown as Word.Body;
export const _documentCheck: DocumentSubset = null as unknown as Word.Document;
export const _contextCheck: RequestContextSubset = null as unknown as Word.RequestContext;
export const _trackedChangesCheck: TrackedChangeCollectionSubset = null as unknown as Word.TrackedChangeCollection;
export const _applicationCheck: ApplicationSubset = null as unknown as Word.Application;
export const _commentCheck: CommentSubset = null as unknown as Word.Comment;
export const _commentsCheck: CommentCollectionSubset = null as unknown as Word.CommentCollection;
export const _annotationCheck: AnnotationSubset = null as unknown as Word.Annotation;
export const _annotationsCheck: AnnotationCollectionSubset = null as unknown as Word.AnnotationCollection;
export const _trackedChangeCheck: TrackedChangeSubset = null as unknown as Word.TrackedChange;
export const _fontCheck: FontSubset = null as unknown as Word.Font;
export const _critiqueCheck: CritiqueSubset = null as unknown as Word.Critique;
export const _wordCheck: WordApiSubset = null as unknown as typeof Word;
export const _officeCheck: OfficeApiSubset = null as unknown as typeof Office;
export const _customXmlPartCheck: CustomXmlPartSubset = null as unknown as Word.CustomXmlPart;
export const _customXmlPartsCheck: CustomXmlPartCollectionSubset = null as unknown as Word.CustomXmlPartCollection;
export const _customXmlScopedCheck: CustomXmlPartScopedCollectionSubset = null as unknown as Word.CustomXmlPartScopedCollection;
export const _settingsCheck: OfficeSettingsSubset = null as unknown as Office.Settings;
