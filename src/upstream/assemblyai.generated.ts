// GENERATED FILE: DO NOT EDIT.
// Source: ../shared/assemblyai-spec/openapi.yml (AssemblyAI/assemblyai-api-spec, see SOURCE.md).
// Regenerate with `npm run gen:upstream-types` (scripts/generate-upstream-types.ts).
/* eslint-disable */

export interface paths {
    "/v2/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a media file
         * @description Upload a media file to AssemblyAI's servers.
         *
         *     <Note>To upload a media file to our EU server, replace `api.assemblyai.com` with `api.eu.assemblyai.com`.</Note>
         *     <Warning>Requests to transcribe uploaded files must use an API key from the same project as the key that was used to upload the file. If you use an API key from a different project you will get a `403` error and "Cannot access uploaded file" message.</Warning>
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transcripts
         * @description <Note>To retrieve your transcriptions on our EU server, replace `api.assemblyai.com` with `api.eu.assemblyai.com`.</Note>
         *     Retrieve a list of transcripts you created.
         *     Transcripts are sorted from newest to oldest and can be retrieved for the last 90 days of usage. The previous URL always points to a page with older transcripts.
         *
         *     If you need to retrieve transcripts from more than 90 days ago please reach out to our Support team at support@assemblyai.com.
         *
         *     **Pagination**
         *
         *     This endpoint returns paginated results. The response includes a `page_details` object with the following properties:
         *     - `page_details.limit` - Maximum number of transcripts per page.
         *     - `page_details.result_count` - Total number of transcripts returned on the current page.
         *     - `page_details.current_url` - URL to the current page.
         *     - `page_details.prev_url` - URL to the previous page of older transcripts.
         *     - `page_details.next_url` - URL to the next page of newer transcripts.
         */
        get: operations["listTranscripts"];
        put?: never;
        /**
         * Transcribe audio
         * @description <Note>To use our EU server for transcription, replace `api.assemblyai.com` with `api.eu.assemblyai.com`.</Note>
         *     Create a transcript from a media file that is accessible via a URL.
         */
        post: operations["createTranscript"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/transcript/{transcript_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get transcript
         * @description <Note>To retrieve your transcriptions on our EU server, replace `api.assemblyai.com` with `api.eu.assemblyai.com`.</Note>
         *     Get the transcript resource. The transcript is ready when the "status" is "completed".
         */
        get: operations["getTranscript"];
        put?: never;
        post?: never;
        /**
         * Delete transcript
         * @description <Note>To delete your transcriptions on our EU server, replace `api.assemblyai.com` with `api.eu.assemblyai.com`.</Note>
         *     Remove the data from the transcript and mark it as deleted.
         *     <Warning>Files uploaded via the `/upload` endpoint are immediately deleted alongside the transcript when you make a DELETE request, ensuring your data is removed from our systems right away.</Warning>
         */
        delete: operations["deleteTranscript"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/transcript/{transcript_id}/{subtitle_format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get subtitles for transcript
         * @description <Note>To retrieve your transcriptions on our EU server, replace `api.assemblyai.com` with `api.eu.assemblyai.com`.</Note>
         *     Export your transcript in SRT or VTT format to use with a video player for subtitles and closed captions.
         */
        get: operations["getSubtitles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/transcript/{transcript_id}/sentences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get sentences in transcript
         * @description <Note>To retrieve your transcriptions on our EU server, replace `api.assemblyai.com` with `api.eu.assemblyai.com`.</Note>
         *     Get the transcript split by sentences. The API will attempt to semantically segment the transcript into sentences to create more reader-friendly transcripts.
         */
        get: operations["getTranscriptSentences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/transcript/{transcript_id}/paragraphs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get paragraphs in transcript
         * @description <Note>To retrieve your transcriptions on our EU server, replace `api.assemblyai.com` with `api.eu.assemblyai.com`.</Note>
         *     Get the transcript split by paragraphs. The API will attempt to semantically segment your transcript into paragraphs to create more reader-friendly transcripts.
         */
        get: operations["getTranscriptParagraphs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/transcript/{transcript_id}/word-search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search words in transcript
         * @description <Note>To search through a transcription created on our EU server, replace `api.assemblyai.com` with `api.eu.assemblyai.com`.</Note>
         *     Search through the transcript for keywords. You can search for individual words, numbers, or phrases containing up to five words or numbers.
         */
        get: operations["wordSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/transcript/{transcript_id}/redacted-audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get redacted audio
         * @description <Note>To retrieve the redacted audio on the EU server, replace `api.assemblyai.com` with `api.eu.assemblyai.com` in the `GET` request above.</Note>
         *     <Note>Redacted audio files are only available for 24 hours. Make sure to download the file within this time frame.</Note>
         *     Retrieve the redacted audio object containing the status and URL to the redacted audio.
         */
        get: operations["getRedactedAudio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The notifications sent to the webhook URL. */
        TranscriptWebhookNotification: components["schemas"]["TranscriptReadyNotification"] | components["schemas"]["RedactedAudioNotification"];
        /**
         * @description The notification when the transcript status is completed or error.
         * @example {
         *       "transcript_id": "9ea68fd3-f953-42c1-9742-976c447fb463",
         *       "status": "completed"
         *     }
         */
        TranscriptReadyNotification: {
            /**
             * Format: uuid
             * @description The ID of the transcript
             */
            transcript_id: string;
            /** @description The status of the transcript. Either completed or error. */
            status: components["schemas"]["TranscriptReadyStatus"];
        };
        /** @description The notification when the redacted audio is ready. */
        RedactedAudioNotification: components["schemas"]["RedactedAudioResponse"];
        /**
         * @example {
         *       "redacted_audio_url": "https://s3.us-west-2.amazonaws.com/api.assembly.ai.usw2/redacted-audio/785efd9e-0e20-45e1-967b-3db17770ed9f.wav?AWSAccessKeyId=aws-access-key0id&Signature=signature&x-amz-security-token=security-token&Expires=1698966551",
         *       "status": "redacted_audio_ready"
         *     }
         */
        RedactedAudioResponse: {
            /** @description The status of the redacted audio */
            status: components["schemas"]["RedactedAudioStatus"];
            /**
             * Format: url
             * @description The URL of the redacted audio file
             */
            redacted_audio_url: string;
        };
        /**
         * @description The status of the redacted audio
         * @enum {string}
         */
        RedactedAudioStatus: "redacted_audio_ready";
        /**
         * @description Format of the subtitles
         * @enum {string}
         */
        SubtitleFormat: "srt" | "vtt";
        /**
         * @example {
         *       "id": "d5a3d302-066e-43fb-b63b-8f57baf185db",
         *       "total_count": 10,
         *       "matches": [
         *         {
         *           "text": "smoke",
         *           "count": 6,
         *           "timestamps": [
         *             [
         *               250,
         *               650
         *             ],
         *             [
         *               49168,
         *               49398
         *             ],
         *             [
         *               55284,
         *               55594
         *             ],
         *             [
         *               168888,
         *               169118
         *             ],
         *             [
         *               215108,
         *               215386
         *             ],
         *             [
         *               225944,
         *               226170
         *             ]
         *           ],
         *           "indexes": [
         *             0,
         *             136,
         *             156,
         *             486,
         *             652,
         *             698
         *           ]
         *         },
         *         {
         *           "text": "wildfires",
         *           "count": 4,
         *           "timestamps": [
         *             [
         *               1668,
         *               2346
         *             ],
         *             [
         *               33852,
         *               34546
         *             ],
         *             [
         *               50118,
         *               51110
         *             ],
         *             [
         *               231356,
         *               232354
         *             ]
         *           ],
         *           "indexes": [
         *             4,
         *             90,
         *             140,
         *             716
         *           ]
         *         }
         *       ]
         *     }
         */
        WordSearchResponse: {
            /**
             * Format: uuid
             * @description The ID of the transcript
             */
            id: string;
            /** @description The total count of all matched instances. For e.g., word 1 matched 2 times, and word 2 matched 3 times, `total_count` will equal 5. */
            total_count: number;
            /** @description The matches of the search */
            matches: components["schemas"]["WordSearchMatch"][];
        };
        /**
         * @example {
         *       "text": "smoke",
         *       "count": 6,
         *       "timestamps": [
         *         [
         *           250,
         *           650
         *         ],
         *         [
         *           49168,
         *           49398
         *         ],
         *         [
         *           55284,
         *           55594
         *         ],
         *         [
         *           168888,
         *           169118
         *         ],
         *         [
         *           215108,
         *           215386
         *         ],
         *         [
         *           225944,
         *           226170
         *         ]
         *       ],
         *       "indexes": [
         *         0,
         *         136,
         *         156,
         *         486,
         *         652,
         *         698
         *       ]
         *     }
         */
        WordSearchMatch: {
            /** @description The matched word */
            text: string;
            /** @description The total amount of times the word is in the transcript */
            count: number;
            /** @description An array of timestamps */
            timestamps: components["schemas"]["WordSearchTimestamp"][];
            /** @description An array of all index locations for that word within the `words` array of the completed transcript */
            indexes: number[];
        };
        /**
         * @description An array of timestamps structured as [`start_time`, `end_time`] in milliseconds
         * @example [
         *       250,
         *       650
         *     ]
         */
        WordSearchTimestamp: number[];
        /**
         * @description Timestamp containing a start and end property in milliseconds
         * @example {
         *       "start": 3978,
         *       "end": 5114
         *     }
         */
        Timestamp: {
            /** @description The start time in milliseconds */
            start: number;
            /** @description The end time in milliseconds */
            end: number;
        };
        /**
         * @description The parameters for creating a transcript
         * @example {
         *       "speech_model": null,
         *       "language_code": "en_us",
         *       "language_detection": true,
         *       "language_confidence_threshold": 0.7,
         *       "punctuate": true,
         *       "format_text": true,
         *       "multichannel": true,
         *       "webhook_url": "https://your-webhook-url.tld/path",
         *       "webhook_auth_header_name": "webhook-secret",
         *       "webhook_auth_header_value": "webhook-secret-value",
         *       "auto_highlights": true,
         *       "audio_start_from": 10,
         *       "audio_end_at": 280,
         *       "filter_profanity": true,
         *       "redact_pii": true,
         *       "redact_pii_audio": true,
         *       "redact_pii_audio_quality": "mp3",
         *       "redact_pii_policies": [
         *         "us_social_security_number",
         *         "credit_card_number"
         *       ],
         *       "redact_pii_sub": "hash",
         *       "speaker_labels": true,
         *       "speakers_expected": 2,
         *       "content_safety": true,
         *       "iab_categories": true,
         *       "custom_spelling": [],
         *       "disfluencies": false,
         *       "sentiment_analysis": true,
         *       "auto_chapters": false,
         *       "entity_detection": true,
         *       "speech_threshold": 0.5,
         *       "summarization": false,
         *       "summary_model": null,
         *       "summary_type": null,
         *       "custom_topics": true,
         *       "topics": [],
         *       "remove_audio_tags": null,
         *       "speech_understanding": {
         *         "request": {
         *           "translation": {
         *             "target_languages": [
         *               "es",
         *               "de"
         *             ],
         *             "formal": true,
         *             "match_original_utterance": true
         *           }
         *         }
         *       }
         *     }
         */
        TranscriptOptionalParams: {
            /** @description The point in time, in milliseconds, to stop transcribing in your media file. See [Set the start and end of the transcript](https://www.assemblyai.com/docs/pre-recorded-audio/set-the-start-and-end-of-the-transcript) for more details. */
            audio_end_at?: number;
            /** @description The point in time, in milliseconds, to begin transcribing in your media file. See [Set the start and end of the transcript](https://www.assemblyai.com/docs/pre-recorded-audio/set-the-start-and-end-of-the-transcript) for more details. */
            audio_start_from?: number;
            /**
             * @deprecated
             * @description Enable [Auto Chapters](https://www.assemblyai.com/docs/speech-understanding/auto-chapters), can be true or false. Deprecated - use [LLM Gateway](https://www.assemblyai.com/docs/llm-gateway/overview) instead for more flexible chapter summaries. See the [updated Auto Chapters page](https://www.assemblyai.com/docs/speech-understanding/auto-chapters) for details.
             * @default false
             */
            auto_chapters?: boolean;
            /**
             * @description Enable [Key Phrases](https://www.assemblyai.com/docs/speech-understanding/key-phrases), either true or false
             * @default false
             */
            auto_highlights?: boolean;
            /**
             * @description Enable [Content Moderation](https://www.assemblyai.com/docs/content-moderation), can be true or false
             * @default false
             */
            content_safety?: boolean;
            /**
             * @description The confidence threshold for the [Content Moderation](https://www.assemblyai.com/docs/content-moderation) model. Values must be between 25 and 100.
             * @default 50
             */
            content_safety_confidence?: number;
            /** @description Customize how words are spelled and formatted using to and from values. See [Custom Spelling](https://www.assemblyai.com/docs/pre-recorded-audio/custom-spelling) for more details. */
            custom_spelling?: components["schemas"]["TranscriptCustomSpelling"][];
            /**
             * @description Transcribe [Filler Words](https://www.assemblyai.com/docs/pre-recorded-audio/filler-words), like "umm", in your media file; can be true or false
             * @default false
             */
            disfluencies?: boolean;
            /**
             * @description Enable [Entity Detection](https://www.assemblyai.com/docs/speech-understanding/entity-detection), can be true or false
             * @default false
             */
            entity_detection?: boolean;
            /**
             * @description Filter profanity from the transcribed text, can be true or false. See [Profanity Filtering](https://www.assemblyai.com/docs/profanity-filtering) for more details.
             * @default false
             */
            filter_profanity?: boolean;
            /**
             * @description Enable [Text Formatting](https://www.assemblyai.com/docs/pre-recorded-audio), can be true or false
             * @default true
             */
            format_text?: boolean;
            /**
             * @description Enable [Topic Detection](https://www.assemblyai.com/docs/speech-understanding/topic-detection), can be true or false
             * @default false
             */
            iab_categories?: boolean;
            /** @description Improve accuracy with up to 200 (for Universal-2) or 1000 (for Universal-3 Pro) domain-specific words or phrases (maximum 6 words per phrase). See [Keyterms Prompting](https://www.assemblyai.com/docs/pre-recorded-audio/keyterms-prompting) for more details. */
            keyterms_prompt?: string[];
            /**
             * @description The language of your audio file. Possible values are found in [Supported Languages](https://www.assemblyai.com/docs/pre-recorded-audio/supported-languages).
             *     The default value is 'en_us'.
             * @default en_us
             */
            language_code?: (components["schemas"]["TranscriptLanguageCode"] | string) | null;
            /**
             * @description The language codes of your audio file. Used for [Code switching](/docs/speech-to-text/pre-recorded-audio/code-switching)
             *     One of the values specified must be `en`.
             */
            language_codes?: components["schemas"]["TranscriptLanguageCode"][] | null;
            /**
             * Format: float
             * @description The confidence threshold for the automatically detected language.
             *     An error will be returned if the language confidence is below this threshold.
             *     Defaults to 0. See [Automatic Language Detection](https://www.assemblyai.com/docs/pre-recorded-audio/language-detection) for more details.
             * @default 0
             */
            language_confidence_threshold?: number;
            /**
             * @description Enable [Automatic language detection](https://www.assemblyai.com/docs/pre-recorded-audio/language-detection), either true or false.
             * @default false
             */
            language_detection?: boolean;
            /** @description Specify options for [Automatic Language Detection](https://www.assemblyai.com/docs/pre-recorded-audio/language-detection). */
            language_detection_options?: {
                /** @description List of languages expected in the audio file. Defaults to `["all"]` when unspecified. See [Automatic Language Detection](https://www.assemblyai.com/docs/pre-recorded-audio/language-detection) for more details. */
                expected_languages?: string[];
                /**
                 * @description If the detected language of the audio file is not in the list of expected languages, the `fallback_language` is used. Specify `["auto"]` to let our model choose the fallback language from `expected_languages` with the highest confidence score. See [Automatic Language Detection](https://www.assemblyai.com/docs/pre-recorded-audio/language-detection) for more details.
                 * @default auto
                 */
                fallback_language?: string;
                /**
                 * @description Whether [code switching](/docs/speech-to-text/pre-recorded-audio/code-switching) should be detected.
                 * @default false
                 */
                code_switching?: boolean;
                /**
                 * @description The confidence threshold for [code switching](/docs/speech-to-text/pre-recorded-audio/code-switching) detection. If the code switching confidence is below this threshold, the transcript will be processed in the language with the highest `language_detection_confidence` score.
                 * @default 0.3
                 */
                code_switching_confidence_threshold?: number;
            };
            /**
             * @description Enable [Multichannel](https://www.assemblyai.com/docs/pre-recorded-audio/multichannel) transcription, can be true or false.
             * @default false
             */
            multichannel?: boolean;
            /**
             * @description Provide natural language prompting of up to 1,500 words of contextual information to the model. See the [Prompting Guide](https://www.assemblyai.com/docs/pre-recorded-audio/prompting) for best practices.
             *
             *     Note: This parameter is only supported for the Universal-3 Pro model.
             */
            prompt?: string;
            /**
             * @description Enable [Automatic Punctuation](https://www.assemblyai.com/docs/pre-recorded-audio), can be true or false
             * @default true
             */
            punctuate?: boolean;
            /**
             * @description Redact PII from the transcribed text using the Redact PII model, can be true or false. See [PII Redaction](https://www.assemblyai.com/docs/pii-redaction) for more details.
             * @default false
             */
            redact_pii?: boolean;
            /**
             * @description Generate a copy of the original media file with spoken PII "beeped" out, can be true or false. See [PII redaction](https://www.assemblyai.com/docs/pii-redaction#request-for-redacted-audio) for more details.
             * @default false
             */
            redact_pii_audio?: boolean;
            /** @description Specify options for [PII redacted audio](https://www.assemblyai.com/docs/pii-redaction#request-for-redacted-audio) files. */
            redact_pii_audio_options?: {
                /**
                 * @description By default, audio redaction provides redacted audio URLs only when speech is detected. However, if your use-case specifically requires redacted audio files even for silent audio files without any dialogue, you can opt to receive these URLs by setting this parameter to `true`.
                 * @default false
                 */
                return_redacted_no_speech_audio?: boolean;
                /**
                 * @description Specify the method used to redact audio. By default, redacted audio uses a beep sound. Set to `silence` to replace PII with silence instead of a beep.
                 * @enum {string}
                 */
                override_audio_redaction_method?: "silence";
            };
            /**
             * @description Controls the filetype of the audio created by redact_pii_audio. Currently supports mp3 (default) and wav. See [PII redaction](https://www.assemblyai.com/docs/pii-redaction#request-for-redacted-audio) for more details.
             * @default mp3
             */
            redact_pii_audio_quality?: components["schemas"]["RedactPiiAudioQuality"];
            /** @description The list of PII Redaction policies to enable. See [PII redaction](https://www.assemblyai.com/docs/pii-redaction) for more details. */
            redact_pii_policies?: components["schemas"]["PiiPolicy"][];
            /**
             * @description The replacement logic for detected PII, can be `entity_type` or `hash`. See [PII redaction](https://www.assemblyai.com/docs/pii-redaction) for more details.
             * @default hash
             */
            redact_pii_sub?: components["schemas"]["SubstitutionPolicy"] | null;
            /**
             * @description Enable [Sentiment Analysis](https://www.assemblyai.com/docs/speech-understanding/sentiment-analysis), can be true or false
             * @default false
             */
            sentiment_analysis?: boolean;
            /**
             * @description Enable [Speaker diarization](https://www.assemblyai.com/docs/pre-recorded-audio/speaker-diarization), can be true or false
             * @default false
             */
            speaker_labels?: boolean;
            /** @description Specify options for [Speaker diarization](https://www.assemblyai.com/docs/pre-recorded-audio/speaker-diarization#set-a-range-of-possible-speakers). Use this to set a range of possible speakers. */
            speaker_options?: {
                /**
                 * @description The minimum number of speakers expected in the audio file. See [Set a range of possible speakers](https://www.assemblyai.com/docs/pre-recorded-audio/speaker-diarization#set-a-range-of-possible-speakers) for more details.
                 * @default 1
                 */
                min_speakers_expected?: number;
                /**
                 * @description <Warning>Setting this parameter too high may hurt model accuracy</Warning>
                 *     The maximum number of speakers expected in the audio file. The default depends on audio duration: no limit for 0-2 minutes, 10 for 2-10 minutes, and 30 for 10+ minutes. See [Set a range of possible speakers](https://www.assemblyai.com/docs/pre-recorded-audio/speaker-diarization#set-a-range-of-possible-speakers) for more details.
                 */
                max_speakers_expected?: number;
            };
            /**
             * @description Tells the speaker label model how many speakers it should attempt to identify. See [Set number of speakers expected](https://www.assemblyai.com/docs/pre-recorded-audio/speaker-diarization#set-number-of-speakers-expected) for more details.
             * @default null
             */
            speakers_expected?: number | null;
            /** @description List multiple speech models in priority order, allowing our system to automatically route your audio to the best available option. See [Model Selection](https://www.assemblyai.com/docs/pre-recorded-audio/select-the-speech-model) for available models and routing behavior. */
            speech_models: components["schemas"]["SpeechModel"][];
            /**
             * Format: float
             * @description Reject audio files that contain less than this fraction of speech.
             *     Valid values are in the range [0, 1] inclusive. See [Speech Threshold](https://www.assemblyai.com/docs/speech-threshold) for more details.
             * @default 0
             */
            speech_threshold?: number | null;
            /** @description Enable speech understanding tasks like [Translation](https://www.assemblyai.com/docs/speech-understanding/translation), [Speaker Identification](https://www.assemblyai.com/docs/speech-understanding/speaker-identification), and [Custom Formatting](https://www.assemblyai.com/docs/speech-understanding/custom-formatting). See the task-specific docs for available options and configuration. */
            speech_understanding?: {
                request: components["schemas"]["TranslationRequestBody"] | components["schemas"]["SpeakerIdentificationRequestBody"] | components["schemas"]["CustomFormattingRequestBody"];
            };
            /**
             * @deprecated
             * @description Enable [Summarization](https://www.assemblyai.com/docs/speech-understanding/summarization), can be true or false. Deprecated - use [LLM Gateway](https://www.assemblyai.com/docs/llm-gateway/overview) instead for more flexible summaries. See the [updated Summarization page](https://www.assemblyai.com/docs/speech-understanding/summarization) for details.
             * @default false
             */
            summarization?: boolean;
            /**
             * @deprecated
             * @description The model to summarize the transcript. Deprecated - use [LLM Gateway](https://www.assemblyai.com/docs/llm-gateway/overview) instead for more flexible summaries. See the [updated Summarization page](https://www.assemblyai.com/docs/speech-understanding/summarization) for details.
             * @default informative
             */
            summary_model?: components["schemas"]["SummaryModel"];
            /**
             * @deprecated
             * @description The type of summary. Deprecated - use [LLM Gateway](https://www.assemblyai.com/docs/llm-gateway/overview) instead for more flexible summaries. See the [updated Summarization page](https://www.assemblyai.com/docs/speech-understanding/summarization) for details.
             * @default bullets
             */
            summary_type?: components["schemas"]["SummaryType"];
            /**
             * @description Remove [audio event tags](https://www.assemblyai.com/docs/pre-recorded-audio/universal-3-pro#audio-event-tags) from the transcript text. Set to `"all"` to remove all audio tags.
             *
             *     Note: This parameter is only supported for the Universal-3 Pro model.
             * @default null
             */
            remove_audio_tags?: "all" | null;
            /**
             * @description Control the amount of randomness injected into the model's response. See the [Prompting Guide](https://www.assemblyai.com/docs/pre-recorded-audio/prompting) for more details.
             *
             *     Note: This parameter can only be used with the Universal-3 Pro model.
             * @default 0
             */
            temperature?: number;
            /**
             * @description The header name to be sent with the transcript completed or failed [webhook](https://www.assemblyai.com/docs/deployment/webhooks-for-pre-recorded-audio) requests
             * @default null
             */
            webhook_auth_header_name?: string | null;
            /**
             * @description The header value to send back with the transcript completed or failed [webhook](https://www.assemblyai.com/docs/deployment/webhooks-for-pre-recorded-audio) requests for added security
             * @default null
             */
            webhook_auth_header_value?: string | null;
            /**
             * Format: url
             * @description The URL to which we send [webhook](https://www.assemblyai.com/docs/deployment/webhooks-for-pre-recorded-audio) requests.
             */
            webhook_url?: string;
            /**
             * @deprecated
             * @description This parameter does not currently have any functionality attached to it.
             * @default false
             */
            custom_topics?: boolean;
            /**
             * @deprecated
             * @description This parameter has been replaced with the `speech_models` parameter, learn more about the `speech_models` parameter [here](https://www.assemblyai.com/docs/pre-recorded-audio/select-the-speech-model).
             */
            speech_model?: components["schemas"]["SpeechModel"] | null;
            /**
             * @deprecated
             * @description This parameter does not currently have any functionality attached to it.
             */
            topics?: string[];
        };
        /**
         * @description The parameters for creating a transcript
         * @example {
         *       "speech_model": null,
         *       "language_code": "en_us",
         *       "language_detection": true,
         *       "language_confidence_threshold": 0.7,
         *       "audio_url": "https://assembly.ai/wildfires.mp3",
         *       "punctuate": true,
         *       "format_text": true,
         *       "multichannel": true,
         *       "webhook_url": "https://your-webhook-url/path",
         *       "webhook_auth_header_name": "webhook-secret",
         *       "webhook_auth_header_value": "webhook-secret-value",
         *       "auto_highlights": true,
         *       "audio_start_from": 10,
         *       "audio_end_at": 280,
         *       "filter_profanity": true,
         *       "redact_pii": true,
         *       "redact_pii_audio": true,
         *       "redact_pii_audio_quality": "mp3",
         *       "redact_pii_policies": [
         *         "us_social_security_number",
         *         "credit_card_number"
         *       ],
         *       "redact_pii_sub": "hash",
         *       "speaker_labels": true,
         *       "speakers_expected": 2,
         *       "content_safety": true,
         *       "iab_categories": true,
         *       "custom_spelling": [],
         *       "disfluencies": false,
         *       "sentiment_analysis": true,
         *       "auto_chapters": false,
         *       "entity_detection": true,
         *       "speech_threshold": 0.5,
         *       "summarization": false,
         *       "summary_model": null,
         *       "summary_type": null,
         *       "custom_topics": true,
         *       "topics": [],
         *       "remove_audio_tags": null,
         *       "speech_understanding": {
         *         "request": {
         *           "translation": {
         *             "target_languages": [
         *               "es",
         *               "de"
         *             ],
         *             "formal": true,
         *             "match_original_utterance": true
         *           }
         *         }
         *       }
         *     }
         */
        TranscriptParams: {
            /**
             * Format: url
             * @description The URL of the audio or video file to transcribe.
             */
            audio_url: string;
        } & components["schemas"]["TranscriptOptionalParams"];
        /**
         * @description The model to summarize the transcript
         * @enum {string}
         */
        SummaryModel: "informative" | "conversational" | "catchy";
        /**
         * @description The type of summary
         * @enum {string}
         */
        SummaryType: "bullets" | "bullets_verbose" | "gist" | "headline" | "paragraph";
        /**
         * @description How much to boost specified words
         * @enum {string}
         */
        TranscriptBoostParam: "low" | "default" | "high";
        /**
         * @description Object containing words or phrases to replace, and the word or phrase to replace with
         * @example {
         *       "from": [
         *         "dicarlo"
         *       ],
         *       "to": "Decarlo"
         *     }
         */
        TranscriptCustomSpelling: {
            /** @description Words or phrases to replace */
            from: string[];
            /** @description Word to replace with */
            to: string;
        };
        /**
         * @example {
         *       "confidence": 0.9359033333333334,
         *       "end": 26950,
         *       "speaker": "A",
         *       "start": 250,
         *       "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US. Skylines from Maine to Maryland to Minnesota are gray and smoggy. And in some places, the air quality warnings include the warning to stay inside. We wanted to better understand what's happening here and why, so we called Peter de Carlo, an associate professor in the Department of Environmental Health and Engineering at Johns Hopkins University Varsity. Good morning, professor.",
         *       "words": [
         *         {
         *           "text": "Smoke",
         *           "start": 250,
         *           "end": 650,
         *           "confidence": 0.97503,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "from",
         *           "start": 730,
         *           "end": 1022,
         *           "confidence": 0.99999,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "hundreds",
         *           "start": 1076,
         *           "end": 1418,
         *           "confidence": 0.99843,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "of",
         *           "start": 1434,
         *           "end": 1614,
         *           "confidence": 0.85,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "wildfires",
         *           "start": 1652,
         *           "end": 2346,
         *           "confidence": 0.89657,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "in",
         *           "start": 2378,
         *           "end": 2526,
         *           "confidence": 0.99994,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "Canada",
         *           "start": 2548,
         *           "end": 3130,
         *           "confidence": 0.93864,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "is",
         *           "start": 3210,
         *           "end": 3454,
         *           "confidence": 0.999,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "triggering",
         *           "start": 3492,
         *           "end": 3946,
         *           "confidence": 0.75366,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "air",
         *           "start": 3978,
         *           "end": 4174,
         *           "confidence": 1,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "quality",
         *           "start": 4212,
         *           "end": 4558,
         *           "confidence": 0.87745,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "alerts",
         *           "start": 4644,
         *           "end": 5114,
         *           "confidence": 0.94739,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "throughout",
         *           "start": 5162,
         *           "end": 5466,
         *           "confidence": 0.99726,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "the",
         *           "start": 5498,
         *           "end": 5694,
         *           "confidence": 0.79,
         *           "speaker": "A"
         *         },
         *         {
         *           "text": "US.",
         *           "start": 5732,
         *           "end": 6382,
         *           "confidence": 0.88,
         *           "speaker": "A"
         *         }
         *       ]
         *     }
         */
        TranscriptUtterance: {
            /**
             * Format: double
             * @description The confidence score for the transcript of this utterance
             */
            confidence: number;
            /** @description The starting time, in milliseconds, of the utterance in the audio file */
            start: number;
            /** @description The ending time, in milliseconds, of the utterance in the audio file */
            end: number;
            /** @description The text for this utterance */
            text: string;
            /** @description The words in the utterance. */
            words: components["schemas"]["TranscriptWord"][];
            /** @description The channel of this utterance. The left and right channels are channels 1 and 2. Additional channels increment the channel number sequentially. */
            channel?: string | null;
            /** @description The speaker of this utterance, where each speaker is assigned a sequential capital letter - e.g. "A" for Speaker A, "B" for Speaker B, etc. */
            speaker: string;
            /** @description Translations keyed by language code (e.g., `{"es": "Texto traducido", "de": "Übersetzter Text"}`). Only present when `match_original_utterance` is enabled with translation. */
            translated_texts?: {
                [key: string]: string;
            };
        };
        /**
         * @description The replacement logic for detected PII, can be `entity_name` or `hash`. See [PII redaction](https://www.assemblyai.com/docs/pii-redaction) for more details.
         * @enum {string}
         */
        SubstitutionPolicy: "entity_name" | "hash";
        /**
         * @description Controls the filetype of the audio created by redact_pii_audio. Currently supports mp3 (default) and wav. See [PII redaction](https://www.assemblyai.com/docs/pii-redaction#request-for-redacted-audio) for more details.
         * @example mp3
         * @enum {string}
         */
        RedactPiiAudioQuality: "mp3" | "wav";
        /**
         * @description The type of PII to redact
         * @enum {string}
         */
        PiiPolicy: "account_number" | "banking_information" | "blood_type" | "credit_card_cvv" | "credit_card_expiration" | "credit_card_number" | "date" | "date_interval" | "date_of_birth" | "drivers_license" | "drug" | "duration" | "email_address" | "event" | "filename" | "gender_sexuality" | "healthcare_number" | "injury" | "ip_address" | "language" | "location" | "marital_status" | "medical_condition" | "medical_process" | "money_amount" | "nationality" | "number_sequence" | "occupation" | "organization" | "passport_number" | "password" | "person_age" | "person_name" | "phone_number" | "physical_attribute" | "political_affiliation" | "religion" | "statistics" | "time" | "url" | "us_social_security_number" | "username" | "vehicle_id" | "zodiac_sign";
        /** @description The speech model to use for the transcription. See [Model Selection](https://www.assemblyai.com/docs/pre-recorded-audio/select-the-speech-model) for available models. */
        SpeechModel: string;
        /**
         * @description The language of your audio file. Possible values are found in [Supported Languages](https://www.assemblyai.com/docs/pre-recorded-audio/supported-languages).
         *     The default value is 'en_us'.
         * @enum {string}
         */
        TranscriptLanguageCode: "en" | "en_au" | "en_uk" | "en_us" | "es" | "fr" | "de" | "it" | "pt" | "nl" | "af" | "sq" | "am" | "ar" | "hy" | "as" | "az" | "ba" | "eu" | "be" | "bn" | "bs" | "br" | "bg" | "my" | "ca" | "zh" | "hr" | "cs" | "da" | "et" | "fo" | "fi" | "gl" | "ka" | "el" | "gu" | "ht" | "ha" | "haw" | "he" | "hi" | "hu" | "is" | "id" | "ja" | "jw" | "kn" | "kk" | "km" | "ko" | "lo" | "la" | "lv" | "ln" | "lt" | "lb" | "mk" | "mg" | "ms" | "ml" | "mt" | "mi" | "mr" | "mn" | "ne" | "no" | "nn" | "oc" | "pa" | "ps" | "fa" | "pl" | "ro" | "ru" | "sa" | "sr" | "sn" | "sd" | "si" | "sk" | "sl" | "so" | "su" | "sw" | "sv" | "tl" | "tg" | "ta" | "tt" | "te" | "th" | "bo" | "tr" | "tk" | "uk" | "ur" | "uz" | "vi" | "cy" | "yi" | "yo";
        /**
         * @description The status of your transcript. Possible values are queued, processing, completed, or error.
         * @enum {string}
         */
        TranscriptStatus: "queued" | "processing" | "completed" | "error";
        /**
         * @description The status of the transcript. Either completed or error.
         * @enum {string}
         */
        TranscriptReadyStatus: "completed" | "error";
        /**
         * @description A transcript object
         * @example {
         *       "id": "9ea68fd3-f953-42c1-9742-976c447fb463",
         *       "speech_model": null,
         *       "language_model": "assemblyai_default",
         *       "acoustic_model": "assemblyai_default",
         *       "language_code": "en_us",
         *       "language_detection": true,
         *       "language_confidence_threshold": 0.7,
         *       "language_confidence": 0.9959,
         *       "status": "completed",
         *       "audio_url": "https://assembly.ai/wildfires.mp3",
         *       "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US. Skylines from Maine to Maryland to Minnesota are gray and smoggy. And in some places, the air quality warnings include the warning to stay inside. We wanted to better understand what's happening here and why, so we called Peter de Carlo, an associate professor in the Department of Environmental Health and Engineering at Johns Hopkins University Varsity. Good morning, professor. Good morning. What is it about the conditions right now that have caused this round of wildfires to affect so many people so far away? Well, there's a couple of things. The season has been pretty dry already. And then the fact that we're getting hit in the US. Is because there's a couple of weather systems that are essentially channeling the smoke from those Canadian wildfires through Pennsylvania into the Mid Atlantic and the Northeast and kind of just dropping the smoke there. So what is it in this haze that makes it harmful? And I'm assuming it is harmful. It is. The levels outside right now in Baltimore are considered unhealthy. And most of that is due to what's called particulate matter, which are tiny particles, microscopic smaller than the width of your hair that can get into your lungs and impact your respiratory system, your cardiovascular system, and even your neurological your brain. What makes this particularly harmful? Is it the volume of particulant? Is it something in particular? What is it exactly? Can you just drill down on that a little bit more? Yeah. So the concentration of particulate matter I was looking at some of the monitors that we have was reaching levels of what are, in science, big 150 micrograms per meter cubed, which is more than ten times what the annual average should be and about four times higher than what you're supposed to have on a 24 hours average. And so the concentrations of these particles in the air are just much, much higher than we typically see. And exposure to those high levels can lead to a host of health problems. And who is most vulnerable? I noticed that in New York City, for example, they're canceling outdoor activities. And so here it is in the early days of summer, and they have to keep all the kids inside. So who tends to be vulnerable in a situation like this? It's the youngest. So children, obviously, whose bodies are still developing. The elderly, who are their bodies are more in decline and they're more susceptible to the health impacts of breathing, the poor air quality. And then people who have preexisting health conditions, people with respiratory conditions or heart conditions can be triggered by high levels of air pollution. Could this get worse? That's a good question. In some areas, it's much worse than others. And it just depends on kind of where the smoke is concentrated. I think New York has some of the higher concentrations right now, but that's going to change as that air moves away from the New York area. But over the course of the next few days, we will see different areas being hit at different times with the highest concentrations. I was going to ask you about more fires start burning. I don't expect the concentrations to go up too much higher. I was going to ask you how and you started to answer this, but how much longer could this last? Or forgive me if I'm asking you to speculate, but what do you think? Well, I think the fires are going to burn for a little bit longer, but the key for us in the US. Is the weather system changing. And so right now, it's kind of the weather systems that are pulling that air into our mid Atlantic and Northeast region. As those weather systems change and shift, we'll see that smoke going elsewhere and not impact us in this region as much. And so I think that's going to be the defining factor. And I think the next couple of days we're going to see a shift in that weather pattern and start to push the smoke away from where we are. And finally, with the impacts of climate change, we are seeing more wildfires. Will we be seeing more of these kinds of wide ranging air quality consequences or circumstances? I mean, that is one of the predictions for climate change. Looking into the future, the fire season is starting earlier and lasting longer, and we're seeing more frequent fires. So, yeah, this is probably something that we'll be seeing more frequently. This tends to be much more of an issue in the Western US. So the eastern US. Getting hit right now is a little bit new. But yeah, I think with climate change moving forward, this is something that is going to happen more frequently. That's Peter De Carlo, associate professor in the Department of Environmental Health and Engineering at Johns Hopkins University. Sergeant Carlo, thanks so much for joining us and sharing this expertise with us. Thank you for having me.",
         *       "words": [
         *         {
         *           "text": "Smoke",
         *           "start": 250,
         *           "end": 650,
         *           "confidence": 0.97465,
         *           "speaker": null
         *         },
         *         {
         *           "text": "from",
         *           "start": 730,
         *           "end": 1022,
         *           "confidence": 0.99999,
         *           "speaker": null
         *         },
         *         {
         *           "text": "hundreds",
         *           "start": 1076,
         *           "end": 1418,
         *           "confidence": 0.99844,
         *           "speaker": null
         *         },
         *         {
         *           "text": "of",
         *           "start": 1434,
         *           "end": 1614,
         *           "confidence": 0.84,
         *           "speaker": null
         *         },
         *         {
         *           "text": "wildfires",
         *           "start": 1652,
         *           "end": 2346,
         *           "confidence": 0.89572,
         *           "speaker": null
         *         },
         *         {
         *           "text": "in",
         *           "start": 2378,
         *           "end": 2526,
         *           "confidence": 0.99994,
         *           "speaker": null
         *         },
         *         {
         *           "text": "Canada",
         *           "start": 2548,
         *           "end": 3130,
         *           "confidence": 0.93953,
         *           "speaker": null
         *         },
         *         {
         *           "text": "is",
         *           "start": 3210,
         *           "end": 3454,
         *           "confidence": 0.999,
         *           "speaker": null
         *         },
         *         {
         *           "text": "triggering",
         *           "start": 3492,
         *           "end": 3946,
         *           "confidence": 0.74794,
         *           "speaker": null
         *         },
         *         {
         *           "text": "air",
         *           "start": 3978,
         *           "end": 4174,
         *           "confidence": 1,
         *           "speaker": null
         *         },
         *         {
         *           "text": "quality",
         *           "start": 4212,
         *           "end": 4558,
         *           "confidence": 0.88077,
         *           "speaker": null
         *         },
         *         {
         *           "text": "alerts",
         *           "start": 4644,
         *           "end": 5114,
         *           "confidence": 0.94814,
         *           "speaker": null
         *         },
         *         {
         *           "text": "throughout",
         *           "start": 5162,
         *           "end": 5466,
         *           "confidence": 0.99726,
         *           "speaker": null
         *         },
         *         {
         *           "text": "the",
         *           "start": 5498,
         *           "end": 5694,
         *           "confidence": 0.79,
         *           "speaker": null
         *         },
         *         {
         *           "text": "US.",
         *           "start": 5732,
         *           "end": 6382,
         *           "confidence": 0.89,
         *           "speaker": null
         *         }
         *       ],
         *       "utterances": [
         *         {
         *           "confidence": 0.9359033333333334,
         *           "end": 26950,
         *           "speaker": "A",
         *           "start": 250,
         *           "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US. Skylines from Maine to Maryland to Minnesota are gray and smoggy. And in some places, the air quality warnings include the warning to stay inside. We wanted to better understand what's happening here and why, so we called Peter de Carlo, an associate professor in the Department of Environmental Health and Engineering at Johns Hopkins University Varsity. Good morning, professor.",
         *           "words": [
         *             {
         *               "text": "Smoke",
         *               "start": 250,
         *               "end": 650,
         *               "confidence": 0.97503,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "from",
         *               "start": 730,
         *               "end": 1022,
         *               "confidence": 0.99999,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "hundreds",
         *               "start": 1076,
         *               "end": 1418,
         *               "confidence": 0.99843,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "of",
         *               "start": 1434,
         *               "end": 1614,
         *               "confidence": 0.85,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "wildfires",
         *               "start": 1652,
         *               "end": 2346,
         *               "confidence": 0.89657,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "in",
         *               "start": 2378,
         *               "end": 2526,
         *               "confidence": 0.99994,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "Canada",
         *               "start": 2548,
         *               "end": 3130,
         *               "confidence": 0.93864,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "is",
         *               "start": 3210,
         *               "end": 3454,
         *               "confidence": 0.999,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "triggering",
         *               "start": 3492,
         *               "end": 3946,
         *               "confidence": 0.75366,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "air",
         *               "start": 3978,
         *               "end": 4174,
         *               "confidence": 1,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "quality",
         *               "start": 4212,
         *               "end": 4558,
         *               "confidence": 0.87745,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "alerts",
         *               "start": 4644,
         *               "end": 5114,
         *               "confidence": 0.94739,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "throughout",
         *               "start": 5162,
         *               "end": 5466,
         *               "confidence": 0.99726,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "the",
         *               "start": 5498,
         *               "end": 5694,
         *               "confidence": 0.79,
         *               "speaker": "A"
         *             },
         *             {
         *               "text": "US.",
         *               "start": 5732,
         *               "end": 6382,
         *               "confidence": 0.88,
         *               "speaker": "A"
         *             }
         *           ]
         *         }
         *       ],
         *       "confidence": 0.9404651451800253,
         *       "audio_duration": 281,
         *       "punctuate": true,
         *       "format_text": true,
         *       "multichannel": false,
         *       "webhook_url": "https://your-webhook-url.tld/path",
         *       "webhook_status_code": 200,
         *       "webhook_auth": true,
         *       "webhook_auth_header_name": "webhook-secret",
         *       "auto_highlights_result": {
         *         "status": "success",
         *         "results": [
         *           {
         *             "count": 1,
         *             "rank": 0.08,
         *             "text": "air quality alerts",
         *             "timestamps": [
         *               {
         *                 "start": 3978,
         *                 "end": 5114
         *               }
         *             ]
         *           },
         *           {
         *             "count": 1,
         *             "rank": 0.08,
         *             "text": "wide ranging air quality consequences",
         *             "timestamps": [
         *               {
         *                 "start": 235388,
         *                 "end": 238694
         *               }
         *             ]
         *           },
         *           {
         *             "count": 1,
         *             "rank": 0.07,
         *             "text": "more wildfires",
         *             "timestamps": [
         *               {
         *                 "start": 230972,
         *                 "end": 232354
         *               }
         *             ]
         *           },
         *           {
         *             "count": 1,
         *             "rank": 0.07,
         *             "text": "air pollution",
         *             "timestamps": [
         *               {
         *                 "start": 156004,
         *                 "end": 156910
         *               }
         *             ]
         *           },
         *           {
         *             "count": 3,
         *             "rank": 0.07,
         *             "text": "weather systems",
         *             "timestamps": [
         *               {
         *                 "start": 47344,
         *                 "end": 47958
         *               },
         *               {
         *                 "start": 205268,
         *                 "end": 205818
         *               },
         *               {
         *                 "start": 211588,
         *                 "end": 213434
         *               }
         *             ]
         *           },
         *           {
         *             "count": 2,
         *             "rank": 0.06,
         *             "text": "high levels",
         *             "timestamps": [
         *               {
         *                 "start": 121128,
         *                 "end": 121646
         *               },
         *               {
         *                 "start": 155412,
         *                 "end": 155866
         *               }
         *             ]
         *           },
         *           {
         *             "count": 1,
         *             "rank": 0.06,
         *             "text": "health conditions",
         *             "timestamps": [
         *               {
         *                 "start": 152138,
         *                 "end": 152666
         *               }
         *             ]
         *           },
         *           {
         *             "count": 2,
         *             "rank": 0.06,
         *             "text": "Peter de Carlo",
         *             "timestamps": [
         *               {
         *                 "start": 18948,
         *                 "end": 19930
         *               },
         *               {
         *                 "start": 268298,
         *                 "end": 269194
         *               }
         *             ]
         *           },
         *           {
         *             "count": 1,
         *             "rank": 0.06,
         *             "text": "New York City",
         *             "timestamps": [
         *               {
         *                 "start": 125768,
         *                 "end": 126274
         *               }
         *             ]
         *           },
         *           {
         *             "count": 1,
         *             "rank": 0.05,
         *             "text": "respiratory conditions",
         *             "timestamps": [
         *               {
         *                 "start": 152964,
         *                 "end": 153786
         *               }
         *             ]
         *           },
         *           {
         *             "count": 3,
         *             "rank": 0.05,
         *             "text": "New York",
         *             "timestamps": [
         *               {
         *                 "start": 125768,
         *                 "end": 126034
         *               },
         *               {
         *                 "start": 171448,
         *                 "end": 171938
         *               },
         *               {
         *                 "start": 176008,
         *                 "end": 176322
         *               }
         *             ]
         *           },
         *           {
         *             "count": 3,
         *             "rank": 0.05,
         *             "text": "climate change",
         *             "timestamps": [
         *               {
         *                 "start": 229548,
         *                 "end": 230230
         *               },
         *               {
         *                 "start": 244576,
         *                 "end": 245162
         *               },
         *               {
         *                 "start": 263348,
         *                 "end": 263950
         *               }
         *             ]
         *           },
         *           {
         *             "count": 1,
         *             "rank": 0.05,
         *             "text": "Johns Hopkins University Varsity",
         *             "timestamps": [
         *               {
         *                 "start": 23972,
         *                 "end": 25490
         *               }
         *             ]
         *           },
         *           {
         *             "count": 1,
         *             "rank": 0.05,
         *             "text": "heart conditions",
         *             "timestamps": [
         *               {
         *                 "start": 153988,
         *                 "end": 154506
         *               }
         *             ]
         *           },
         *           {
         *             "count": 1,
         *             "rank": 0.05,
         *             "text": "air quality warnings",
         *             "timestamps": [
         *               {
         *                 "start": 12308,
         *                 "end": 13434
         *               }
         *             ]
         *           }
         *         ]
         *       },
         *       "auto_highlights": true,
         *       "audio_start_from": 10,
         *       "audio_end_at": 280,
         *       "filter_profanity": true,
         *       "redact_pii": true,
         *       "redact_pii_audio": true,
         *       "redact_pii_audio_quality": "mp3",
         *       "redact_pii_policies": [
         *         "us_social_security_number",
         *         "credit_card_number"
         *       ],
         *       "redact_pii_sub": "hash",
         *       "speaker_labels": true,
         *       "content_safety": true,
         *       "iab_categories": true,
         *       "content_safety_labels": {
         *         "status": "success",
         *         "results": [
         *           {
         *             "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US. Skylines from Maine to Maryland to Minnesota are gray and smoggy. And in some places, the air quality warnings include the warning to stay inside. We wanted to better understand what's happening here and why, so we called Peter de Carlo, an associate professor in the Department of Environmental Health and Engineering at Johns Hopkins University Varsity. Good morning, professor. Good morning.",
         *             "labels": [
         *               {
         *                 "label": "disasters",
         *                 "confidence": 0.8142836093902588,
         *                 "severity": 0.4093044400215149
         *               }
         *             ],
         *             "sentences_idx_start": 0,
         *             "sentences_idx_end": 5,
         *             "timestamp": {
         *               "start": 250,
         *               "end": 28840
         *             }
         *           }
         *         ],
         *         "summary": {
         *           "disasters": 0.9940800441842205,
         *           "health_issues": 0.9216489289040967
         *         },
         *         "severity_score_summary": {
         *           "disasters": {
         *             "low": 0.5733263024656846,
         *             "medium": 0.42667369753431533,
         *             "high": 0
         *           },
         *           "health_issues": {
         *             "low": 0.22863814977924785,
         *             "medium": 0.45014154926938227,
         *             "high": 0.32122030095136983
         *           }
         *         }
         *       },
         *       "iab_categories_result": {
         *         "status": "success",
         *         "results": [
         *           {
         *             "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US. Skylines from Maine to Maryland to Minnesota are gray and smoggy. And in some places, the air quality warnings include the warning to stay inside. We wanted to better understand what's happening here and why, so we called Peter de Carlo, an associate professor in the Department of Environmental Health and Engineering at Johns Hopkins University Varsity. Good morning, professor. Good morning.",
         *             "labels": [
         *               {
         *                 "relevance": 0.988274097442627,
         *                 "label": "Home&Garden>IndoorEnvironmentalQuality"
         *               },
         *               {
         *                 "relevance": 0.5821335911750793,
         *                 "label": "NewsAndPolitics>Weather"
         *               },
         *               {
         *                 "relevance": 0.0042327106930315495,
         *                 "label": "MedicalHealth>DiseasesAndConditions>LungAndRespiratoryHealth"
         *               },
         *               {
         *                 "relevance": 0.0033971222583204508,
         *                 "label": "NewsAndPolitics>Disasters"
         *               },
         *               {
         *                 "relevance": 0.002469958271831274,
         *                 "label": "BusinessAndFinance>Business>GreenSolutions"
         *               },
         *               {
         *                 "relevance": 0.0014376690378412604,
         *                 "label": "MedicalHealth>DiseasesAndConditions>Cancer"
         *               },
         *               {
         *                 "relevance": 0.0014294233405962586,
         *                 "label": "Science>Environment"
         *               },
         *               {
         *                 "relevance": 0.001234519761055708,
         *                 "label": "Travel>TravelLocations>PolarTravel"
         *               },
         *               {
         *                 "relevance": 0.0010231725173071027,
         *                 "label": "MedicalHealth>DiseasesAndConditions>ColdAndFlu"
         *               },
         *               {
         *                 "relevance": 0.0007445293595083058,
         *                 "label": "BusinessAndFinance>Industries>PowerAndEnergyIndustry"
         *               }
         *             ],
         *             "timestamp": {
         *               "start": 250,
         *               "end": 28840
         *             }
         *           }
         *         ],
         *         "summary": {
         *           "NewsAndPolitics>Weather": 1,
         *           "Home&Garden>IndoorEnvironmentalQuality": 0.9043831825256348,
         *           "Science>Environment": 0.16117265820503235,
         *           "BusinessAndFinance>Industries>EnvironmentalServicesIndustry": 0.14393523335456848,
         *           "MedicalHealth>DiseasesAndConditions>LungAndRespiratoryHealth": 0.11401086300611496,
         *           "BusinessAndFinance>Business>GreenSolutions": 0.06348437070846558,
         *           "NewsAndPolitics>Disasters": 0.05041387677192688,
         *           "Travel>TravelLocations>PolarTravel": 0.01308488193899393,
         *           "HealthyLiving": 0.008222488686442375,
         *           "MedicalHealth>DiseasesAndConditions>ColdAndFlu": 0.0022315620444715023,
         *           "MedicalHealth>DiseasesAndConditions>HeartAndCardiovascularDiseases": 0.00213034451007843,
         *           "HealthyLiving>Wellness>SmokingCessation": 0.001540527562610805,
         *           "MedicalHealth>DiseasesAndConditions>Injuries": 0.0013950627762824297,
         *           "BusinessAndFinance>Industries>PowerAndEnergyIndustry": 0.0012570273829624057,
         *           "MedicalHealth>DiseasesAndConditions>Cancer": 0.001097781932912767,
         *           "MedicalHealth>DiseasesAndConditions>Allergies": 0.0010148967849090695,
         *           "MedicalHealth>DiseasesAndConditions>MentalHealth": 0.000717321818228811,
         *           "Style&Fashion>PersonalCare>DeodorantAndAntiperspirant": 0.0006022014422342181,
         *           "Technology&Computing>Computing>ComputerNetworking": 0.0005461975233629346,
         *           "MedicalHealth>DiseasesAndConditions>Injuries>FirstAid": 0.0004885646631009877
         *         }
         *       },
         *       "custom_spelling": null,
         *       "throttled": null,
         *       "auto_chapters": false,
         *       "summarization": false,
         *       "summary_type": null,
         *       "summary_model": null,
         *       "custom_topics": true,
         *       "topics": [],
         *       "speech_threshold": 0.5,
         *       "remove_audio_tags": null,
         *       "disfluencies": false,
         *       "sentiment_analysis": true,
         *       "sentiment_analysis_results": null,
         *       "entity_detection": true,
         *       "entities": [
         *         {
         *           "entity_type": "location",
         *           "text": "Canada",
         *           "start": 2548,
         *           "end": 3130
         *         },
         *         {
         *           "entity_type": "location",
         *           "text": "the US",
         *           "start": 5498,
         *           "end": 6382
         *         },
         *         {
         *           "entity_type": "location",
         *           "text": "Maine",
         *           "start": 7492,
         *           "end": 7914
         *         },
         *         {
         *           "entity_type": "location",
         *           "text": "Maryland",
         *           "start": 8212,
         *           "end": 8634
         *         },
         *         {
         *           "entity_type": "location",
         *           "text": "Minnesota",
         *           "start": 8932,
         *           "end": 9578
         *         },
         *         {
         *           "entity_type": "person_name",
         *           "text": "Peter de Carlo",
         *           "start": 18948,
         *           "end": 19930
         *         },
         *         {
         *           "entity_type": "occupation",
         *           "text": "associate professor",
         *           "start": 20292,
         *           "end": 21194
         *         },
         *         {
         *           "entity_type": "organization",
         *           "text": "Department of Environmental Health and Engineering",
         *           "start": 21508,
         *           "end": 23706
         *         },
         *         {
         *           "entity_type": "organization",
         *           "text": "Johns Hopkins University Varsity",
         *           "start": 23972,
         *           "end": 25490
         *         },
         *         {
         *           "entity_type": "occupation",
         *           "text": "professor",
         *           "start": 26076,
         *           "end": 26950
         *         },
         *         {
         *           "entity_type": "location",
         *           "text": "the US",
         *           "start": 45184,
         *           "end": 45898
         *         },
         *         {
         *           "entity_type": "nationality",
         *           "text": "Canadian",
         *           "start": 49728,
         *           "end": 50086
         *         }
         *       ],
         *       "chapters": null,
         *       "summary": null,
         *       "speakers_expected": 2
         *     }
         */
        Transcript: {
            /** @description The number of audio channels in the audio file. This is only present when [multichannel](https://www.assemblyai.com/docs/pre-recorded-audio/multichannel) is enabled. */
            audio_channels?: number;
            /** @description The duration of this transcript object's media file, in seconds */
            audio_duration?: number | null;
            /** @description The point in time, in milliseconds, in the file at which the transcription was terminated. See [Set the start and end of the transcript](https://www.assemblyai.com/docs/pre-recorded-audio/set-the-start-and-end-of-the-transcript) for more details. */
            audio_end_at?: number | null;
            /** @description The point in time, in milliseconds, in the file at which the transcription was started. See [Set the start and end of the transcript](https://www.assemblyai.com/docs/pre-recorded-audio/set-the-start-and-end-of-the-transcript) for more details. */
            audio_start_from?: number | null;
            /**
             * Format: url
             * @description The URL of the media that was transcribed
             */
            audio_url: string;
            /**
             * @deprecated
             * @description Whether [Auto Chapters](https://www.assemblyai.com/docs/speech-understanding/auto-chapters) is enabled, can be true or false. Deprecated - use [LLM Gateway](https://www.assemblyai.com/docs/llm-gateway/overview) instead for more flexible chapter summaries. See the [updated Auto Chapters page](https://www.assemblyai.com/docs/speech-understanding/auto-chapters) for details.
             */
            auto_chapters?: boolean | null;
            /** @description Whether [Key Phrases](https://www.assemblyai.com/docs/speech-understanding/key-phrases) is enabled, either true or false */
            auto_highlights: boolean;
            /**
             * @description An array of results for the Key Phrases model, if it is enabled.
             *     See [Key Phrases](https://www.assemblyai.com/docs/speech-understanding/key-phrases) for more information.
             */
            auto_highlights_result?: components["schemas"]["AutoHighlightsResult"] | null;
            /** @description An array of temporally sequential chapters for the audio file. See [Auto Chapters](https://www.assemblyai.com/docs/speech-understanding/auto-chapters) for more information. */
            chapters?: components["schemas"]["Chapter"][] | null;
            /**
             * Format: double
             * @description The confidence score for the transcript, between 0.0 (low confidence) and 1.0 (high confidence)
             */
            confidence?: number | null;
            /** @description Whether [Content Moderation](https://www.assemblyai.com/docs/content-moderation) is enabled, can be true or false */
            content_safety?: boolean | null;
            /**
             * @description An array of results for the Content Moderation model, if it is enabled.
             *     See [Content moderation](https://www.assemblyai.com/docs/content-moderation) for more information.
             */
            content_safety_labels?: components["schemas"]["ContentSafetyLabelsResult"] | null;
            /** @description Customize how words are spelled and formatted using to and from values. See [Custom Spelling](https://www.assemblyai.com/docs/pre-recorded-audio/custom-spelling) for more details. */
            custom_spelling?: components["schemas"]["TranscriptCustomSpelling"][] | null;
            /** @description Transcribe [Filler Words](https://www.assemblyai.com/docs/pre-recorded-audio/filler-words), like "umm", in your media file; can be true or false */
            disfluencies?: boolean | null;
            /**
             * @description An array of results for the Entity Detection model, if it is enabled.
             *     See [Entity detection](https://www.assemblyai.com/docs/speech-understanding/entity-detection) for more information.
             */
            entities?: components["schemas"]["Entity"][] | null;
            /** @description Whether [Entity Detection](https://www.assemblyai.com/docs/speech-understanding/entity-detection) is enabled, can be true or false */
            entity_detection?: boolean | null;
            /** @description Error message of why the transcript failed */
            error?: string;
            /** @description Whether [Profanity Filtering](https://www.assemblyai.com/docs/profanity-filtering) is enabled, either true or false */
            filter_profanity?: boolean | null;
            /** @description Whether [Text Formatting](https://www.assemblyai.com/docs/pre-recorded-audio) is enabled, either true or false */
            format_text?: boolean | null;
            /** @description Whether [Topic Detection](https://www.assemblyai.com/docs/speech-understanding/topic-detection) is enabled, can be true or false */
            iab_categories?: boolean | null;
            /**
             * @description The result of the Topic Detection model, if it is enabled.
             *     See [Topic Detection](https://www.assemblyai.com/docs/speech-understanding/topic-detection) for more information.
             */
            iab_categories_result?: components["schemas"]["TopicDetectionModelResult"] | null;
            /**
             * Format: uuid
             * @description The unique identifier of your transcript
             */
            id: string;
            /** @description Improve accuracy with up to 200 (for Universal-2) or 1000 (for Universal-3 Pro) domain-specific words or phrases (maximum 6 words per phrase). See [Keyterms Prompting](https://www.assemblyai.com/docs/pre-recorded-audio/keyterms-prompting) for more details. */
            keyterms_prompt?: string[];
            /**
             * @description The language of your audio file.
             *     Possible values are found in [Supported Languages](https://www.assemblyai.com/docs/pre-recorded-audio/supported-languages).
             *     The default value is 'en_us'.
             */
            language_code?: components["schemas"]["TranscriptLanguageCode"] | string;
            /**
             * @description The language codes of your audio file. Used for [Code switching](/docs/speech-to-text/pre-recorded-audio/code-switching)
             *     One of the values specified must be `en`.
             */
            language_codes?: components["schemas"]["TranscriptLanguageCode"][] | null;
            /**
             * Format: double
             * @description The confidence score for the detected language, between 0.0 (low confidence) and 1.0 (high confidence). See [Automatic Language Detection](https://www.assemblyai.com/docs/pre-recorded-audio/language-detection) for more details.
             */
            language_confidence: number | null;
            /**
             * Format: float
             * @description The confidence threshold for the automatically detected language.
             *     An error will be returned if the language confidence is below this threshold.
             *     See [Automatic Language Detection](https://www.assemblyai.com/docs/pre-recorded-audio/language-detection) for more details.
             */
            language_confidence_threshold: number | null;
            /** @description Whether [Automatic language detection](/docs/pre-recorded-audio/automatic-language-detection) is enabled, either true or false */
            language_detection?: boolean | null;
            /** @description Specify options for [Automatic Language Detection](https://www.assemblyai.com/docs/pre-recorded-audio/language-detection). */
            language_detection_options?: {
                /** @description List of languages expected in the audio file. Defaults to `["all"]` when unspecified. See [Automatic Language Detection](https://www.assemblyai.com/docs/pre-recorded-audio/language-detection) for more details. */
                expected_languages?: string[];
                /**
                 * @description If the detected language of the audio file is not in the list of expected languages, the `fallback_language` is used. Specify `["auto"]` to let our model choose the fallback language from `expected_languages` with the highest confidence score. See [Automatic Language Detection](https://www.assemblyai.com/docs/pre-recorded-audio/language-detection) for more details.
                 * @default auto
                 */
                fallback_language?: string;
                /**
                 * @description Whether [code switching](/docs/speech-to-text/pre-recorded-audio/code-switching) should be detected.
                 * @default false
                 */
                code_switching?: boolean;
                /**
                 * @description The confidence threshold for [code switching](/docs/speech-to-text/pre-recorded-audio/code-switching) detection. If the code switching confidence is below this threshold, the transcript will be processed in the language with the highest `language_detection_confidence` score.
                 * @default 0.3
                 */
                code_switching_confidence_threshold?: number;
            };
            /** @description Whether [Multichannel transcription](https://www.assemblyai.com/docs/pre-recorded-audio/multichannel) was enabled in the transcription request, either true or false */
            multichannel?: boolean | null;
            /**
             * @description Provide natural language prompting of up to 1,500 words of contextual information to the model. See the [Prompting Guide](https://www.assemblyai.com/docs/pre-recorded-audio/prompting) for best practices.
             *
             *     Note: This parameter is only supported for the Universal-3 Pro model.
             */
            prompt?: string;
            /** @description Whether [Automatic Punctuation](https://www.assemblyai.com/docs/pre-recorded-audio) is enabled, either true or false */
            punctuate?: boolean | null;
            /** @description Whether [PII Redaction](https://www.assemblyai.com/docs/pii-redaction) is enabled, either true or false */
            redact_pii: boolean;
            /**
             * @description Whether a redacted version of the audio file was generated,
             *     either true or false. See [PII redaction](https://www.assemblyai.com/docs/pii-redaction#request-for-redacted-audio) for more information.
             */
            redact_pii_audio?: boolean | null;
            /**
             * @description The options for PII-redacted audio, if redact_pii_audio is enabled.
             *     See [PII redaction](https://www.assemblyai.com/docs/pii-redaction#request-for-redacted-audio) for more information.
             */
            redact_pii_audio_options?: {
                /**
                 * @description By default, audio redaction provides redacted audio URLs only when speech is detected. However, if your use-case specifically requires redacted audio files even for silent audio files without any dialogue, you can opt to receive these URLs by setting this parameter to `true`.
                 * @default false
                 */
                return_redacted_no_speech_audio?: boolean;
                /**
                 * @description Specify the method used to redact audio. By default, redacted audio uses a beep sound. Set to `silence` to replace PII with silence instead of a beep.
                 * @enum {string}
                 */
                override_audio_redaction_method?: "silence";
            };
            /**
             * @description The audio quality of the PII-redacted audio file, if redact_pii_audio is enabled.
             *     See [PII redaction](https://www.assemblyai.com/docs/pii-redaction#request-for-redacted-audio) for more information.
             */
            redact_pii_audio_quality?: components["schemas"]["RedactPiiAudioQuality"] | null;
            /**
             * @description The list of PII Redaction policies that were enabled, if PII Redaction is enabled.
             *     See [PII redaction](https://www.assemblyai.com/docs/pii-redaction) for more information.
             */
            redact_pii_policies?: components["schemas"]["PiiPolicy"][] | null;
            /** @description The replacement logic for detected PII, can be `entity_type` or `hash`. See [PII redaction](https://www.assemblyai.com/docs/pii-redaction) for more details. */
            redact_pii_sub?: components["schemas"]["SubstitutionPolicy"];
            /** @description Whether [Sentiment Analysis](https://www.assemblyai.com/docs/speech-understanding/sentiment-analysis) is enabled, can be true or false */
            sentiment_analysis?: boolean | null;
            /**
             * @description An array of results for the Sentiment Analysis model, if it is enabled.
             *     See [Sentiment Analysis](https://www.assemblyai.com/docs/speech-understanding/sentiment-analysis) for more information.
             */
            sentiment_analysis_results?: components["schemas"]["SentimentAnalysisResult"][] | null;
            /** @description Whether [Speaker diarization](https://www.assemblyai.com/docs/pre-recorded-audio/speaker-diarization) is enabled, can be true or false */
            speaker_labels?: boolean | null;
            /** @description Tell the speaker label model how many speakers it should attempt to identify. See [Set number of speakers expected](https://www.assemblyai.com/docs/pre-recorded-audio/speaker-diarization#set-number-of-speakers-expected) for more details. */
            speakers_expected?: number | null;
            /** @description The speech model that was actually used for the transcription. See [Model Selection](https://www.assemblyai.com/docs/pre-recorded-audio/select-the-speech-model) for available models. */
            speech_model_used?: components["schemas"]["SpeechModel"];
            /** @description List multiple speech models in priority order, allowing our system to automatically route your audio to the best available option. See [Model Selection](https://www.assemblyai.com/docs/pre-recorded-audio/select-the-speech-model) for available models and routing behavior. */
            speech_models?: components["schemas"]["SpeechModel"][] | null;
            /**
             * Format: float
             * @description Defaults to null. Reject audio files that contain less than this fraction of speech.
             *     Valid values are in the range [0, 1] inclusive. See [Speech Threshold](https://www.assemblyai.com/docs/speech-threshold) for more details.
             */
            speech_threshold?: number | null;
            /** @description Speech understanding tasks like [Translation](https://www.assemblyai.com/docs/speech-understanding/translation), [Speaker Identification](https://www.assemblyai.com/docs/speech-understanding/speaker-identification), and [Custom Formatting](https://www.assemblyai.com/docs/speech-understanding/custom-formatting). See the task-specific docs for available options and configuration. */
            speech_understanding?: {
                request?: components["schemas"]["TranslationRequestBody"] | components["schemas"]["SpeakerIdentificationRequestBody"] | components["schemas"]["CustomFormattingRequestBody"];
                response?: components["schemas"]["TranslationResponse"] | components["schemas"]["SpeakerIdentificationResponse"] | components["schemas"]["CustomFormattingResponse"];
            };
            /** @description The status of your transcript. Possible values are queued, processing, completed, or error. */
            status: components["schemas"]["TranscriptStatus"];
            /**
             * @deprecated
             * @description Whether [Summarization](https://www.assemblyai.com/docs/speech-understanding/summarization) is enabled, either true or false. Deprecated - use [LLM Gateway](https://www.assemblyai.com/docs/llm-gateway/overview) instead for more flexible summaries. See the [updated Summarization page](https://www.assemblyai.com/docs/speech-understanding/summarization) for details.
             */
            summarization: boolean;
            /**
             * @deprecated
             * @description The generated summary of the media file, if [Summarization](https://www.assemblyai.com/docs/speech-understanding/summarization) is enabled. Deprecated - use [LLM Gateway](https://www.assemblyai.com/docs/llm-gateway/overview) instead for more flexible summaries. See the [updated Summarization page](https://www.assemblyai.com/docs/speech-understanding/summarization) for details.
             */
            summary?: string | null;
            /**
             * @deprecated
             * @description The Summarization model used to generate the summary,
             *     if [Summarization](https://www.assemblyai.com/docs/speech-understanding/summarization#summary-models) is enabled. Deprecated - use [LLM Gateway](https://www.assemblyai.com/docs/llm-gateway/overview) instead for more flexible summaries. See the [updated Summarization page](https://www.assemblyai.com/docs/speech-understanding/summarization) for details.
             */
            summary_model?: string | null;
            /**
             * @deprecated
             * @description The type of summary generated, if [Summarization](https://www.assemblyai.com/docs/speech-understanding/summarization#summary-types) is enabled. Deprecated - use [LLM Gateway](https://www.assemblyai.com/docs/llm-gateway/overview) instead for more flexible summaries. See the [updated Summarization page](https://www.assemblyai.com/docs/speech-understanding/summarization) for details.
             */
            summary_type?: string | null;
            /**
             * @description Whether [audio event tags](https://www.assemblyai.com/docs/pre-recorded-audio/universal-3-pro#audio-event-tags) were removed from the transcript text.
             *
             *     Note: This parameter is only supported for the Universal-3 Pro model.
             */
            remove_audio_tags?: "all" | null;
            /**
             * @description The temperature that was used for the model's response. See the [Prompting Guide](https://www.assemblyai.com/docs/pre-recorded-audio/prompting) for more details.
             *
             *     Note: This parameter can only be used with the Universal-3 Pro model.
             */
            temperature?: number | null;
            /** @description The textual transcript of your media file */
            text?: string | null;
            /** @description True while a request is throttled and false when a request is no longer throttled */
            throttled?: boolean | null;
            /**
             * @description When multichannel or speaker_labels is enabled, a list of turn-by-turn utterance objects.
             *     See [Speaker diarization](https://www.assemblyai.com/docs/pre-recorded-audio/speaker-diarization) and [Multichannel transcription](https://www.assemblyai.com/docs/pre-recorded-audio/multichannel) for more information.
             */
            utterances?: components["schemas"]["TranscriptUtterance"][] | null;
            /** @description Whether [webhook](https://www.assemblyai.com/docs/deployment/webhooks-for-pre-recorded-audio) authentication details were provided */
            webhook_auth: boolean;
            /** @description The header name to be sent with the transcript completed or failed [webhook](https://www.assemblyai.com/docs/deployment/webhooks-for-pre-recorded-audio) requests */
            webhook_auth_header_name?: string | null;
            /** @description The status code we received from your server when delivering the transcript completed or failed [webhook](https://www.assemblyai.com/docs/deployment/webhooks-for-pre-recorded-audio) request, if a webhook URL was provided */
            webhook_status_code?: number | null;
            /**
             * Format: url
             * @description The URL to which we send [webhook](https://www.assemblyai.com/docs/deployment/webhooks-for-pre-recorded-audio) requests.
             */
            webhook_url?: string | null;
            /** @description An array of temporally-sequential word objects, one for each word in the transcript. */
            words?: components["schemas"]["TranscriptWord"][] | null;
            /**
             * @deprecated
             * @description This parameter does not currently have any functionality attached to it.
             */
            acoustic_model: string;
            /**
             * @deprecated
             * @description This parameter does not currently have any functionality attached to it.
             */
            custom_topics?: boolean | null;
            /**
             * @deprecated
             * @description This parameter does not currently have any functionality attached to it.
             */
            language_model: string;
            /**
             * @deprecated
             * @description This parameter has been replaced with the `speech_models` parameter, learn more about the `speech_models` parameter [here](https://www.assemblyai.com/docs/pre-recorded-audio/select-the-speech-model).
             */
            speech_model: components["schemas"]["SpeechModel"] | null;
            /**
             * @deprecated
             * @description This parameter does not currently have any functionality attached to it.
             */
            speed_boost?: boolean | null;
            /**
             * @deprecated
             * @description This parameter does not currently have any functionality attached to it.
             */
            topics?: string[];
            /** @description Translated text keyed by language code. See [Translation](https://www.assemblyai.com/docs/speech-understanding/translation) for more details. */
            translated_texts?: {
                /** @description Translated text for this language code */
                language_code?: string;
            };
        };
        /**
         * @description The result of the Topic Detection model, if it is enabled.
         *     See [Topic Detection](https://www.assemblyai.com/docs/speech-understanding/topic-detection) for more information.
         * @example {
         *       "status": "success",
         *       "results": [
         *         {
         *           "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US. Skylines from Maine to Maryland to Minnesota are gray and smoggy. And in some places, the air quality warnings include the warning to stay inside. We wanted to better understand what's happening here and why, so we called Peter de Carlo, an associate professor in the Department of Environmental Health and Engineering at Johns Hopkins University Varsity. Good morning, professor. Good morning.",
         *           "labels": [
         *             {
         *               "relevance": 0.988274097442627,
         *               "label": "Home&Garden>IndoorEnvironmentalQuality"
         *             },
         *             {
         *               "relevance": 0.5821335911750793,
         *               "label": "NewsAndPolitics>Weather"
         *             },
         *             {
         *               "relevance": 0.0042327106930315495,
         *               "label": "MedicalHealth>DiseasesAndConditions>LungAndRespiratoryHealth"
         *             },
         *             {
         *               "relevance": 0.0033971222583204508,
         *               "label": "NewsAndPolitics>Disasters"
         *             },
         *             {
         *               "relevance": 0.002469958271831274,
         *               "label": "BusinessAndFinance>Business>GreenSolutions"
         *             },
         *             {
         *               "relevance": 0.0014376690378412604,
         *               "label": "MedicalHealth>DiseasesAndConditions>Cancer"
         *             },
         *             {
         *               "relevance": 0.0014294233405962586,
         *               "label": "Science>Environment"
         *             },
         *             {
         *               "relevance": 0.001234519761055708,
         *               "label": "Travel>TravelLocations>PolarTravel"
         *             },
         *             {
         *               "relevance": 0.0010231725173071027,
         *               "label": "MedicalHealth>DiseasesAndConditions>ColdAndFlu"
         *             },
         *             {
         *               "relevance": 0.0007445293595083058,
         *               "label": "BusinessAndFinance>Industries>PowerAndEnergyIndustry"
         *             }
         *           ],
         *           "timestamp": {
         *             "start": 250,
         *             "end": 28840
         *           }
         *         }
         *       ],
         *       "summary": {
         *         "NewsAndPolitics>Weather": 1,
         *         "Home&Garden>IndoorEnvironmentalQuality": 0.9043831825256348,
         *         "Science>Environment": 0.16117265820503235,
         *         "BusinessAndFinance>Industries>EnvironmentalServicesIndustry": 0.14393523335456848,
         *         "MedicalHealth>DiseasesAndConditions>LungAndRespiratoryHealth": 0.11401086300611496,
         *         "BusinessAndFinance>Business>GreenSolutions": 0.06348437070846558,
         *         "NewsAndPolitics>Disasters": 0.05041387677192688,
         *         "Travel>TravelLocations>PolarTravel": 0.01308488193899393,
         *         "HealthyLiving": 0.008222488686442375,
         *         "MedicalHealth>DiseasesAndConditions>ColdAndFlu": 0.0022315620444715023,
         *         "MedicalHealth>DiseasesAndConditions>HeartAndCardiovascularDiseases": 0.00213034451007843,
         *         "HealthyLiving>Wellness>SmokingCessation": 0.001540527562610805,
         *         "MedicalHealth>DiseasesAndConditions>Injuries": 0.0013950627762824297,
         *         "BusinessAndFinance>Industries>PowerAndEnergyIndustry": 0.0012570273829624057,
         *         "MedicalHealth>DiseasesAndConditions>Cancer": 0.001097781932912767,
         *         "MedicalHealth>DiseasesAndConditions>Allergies": 0.0010148967849090695,
         *         "MedicalHealth>DiseasesAndConditions>MentalHealth": 0.000717321818228811,
         *         "Style&Fashion>PersonalCare>DeodorantAndAntiperspirant": 0.0006022014422342181,
         *         "Technology&Computing>Computing>ComputerNetworking": 0.0005461975233629346,
         *         "MedicalHealth>DiseasesAndConditions>Injuries>FirstAid": 0.0004885646631009877
         *       }
         *     }
         */
        TopicDetectionModelResult: {
            /** @description The status of the Topic Detection model. Either success, or unavailable in the rare case that the model failed. */
            status: components["schemas"]["AudioIntelligenceModelStatus"];
            /** @description An array of results for the Topic Detection model */
            results: components["schemas"]["TopicDetectionResult"][];
            /** @description The overall relevance of topic to the entire audio file */
            summary: {
                [key: string]: number;
            };
        };
        /**
         * @description An array of results for the Content Moderation model, if it is enabled.
         *     See [Content moderation](https://www.assemblyai.com/docs/content-moderation) for more information.
         * @example {
         *       "status": "success",
         *       "results": [
         *         {
         *           "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US. Skylines from Maine to Maryland to Minnesota are gray and smoggy. And in some places, the air quality warnings include the warning to stay inside. We wanted to better understand what's happening here and why, so we called Peter de Carlo, an associate professor in the Department of Environmental Health and Engineering at Johns Hopkins University Varsity. Good morning, professor. Good morning.",
         *           "labels": [
         *             {
         *               "label": "disasters",
         *               "confidence": 0.8142836093902588,
         *               "severity": 0.4093044400215149
         *             }
         *           ],
         *           "sentences_idx_start": 0,
         *           "sentences_idx_end": 5,
         *           "timestamp": {
         *             "start": 250,
         *             "end": 28840
         *           }
         *         }
         *       ],
         *       "summary": {
         *         "disasters": 0.9940800441842205,
         *         "health_issues": 0.9216489289040967
         *       },
         *       "severity_score_summary": {
         *         "disasters": {
         *           "low": 0.5733263024656846,
         *           "medium": 0.42667369753431533,
         *           "high": 0
         *         },
         *         "health_issues": {
         *           "low": 0.22863814977924785,
         *           "medium": 0.45014154926938227,
         *           "high": 0.32122030095136983
         *         }
         *       }
         *     }
         */
        ContentSafetyLabelsResult: {
            /** @description The status of the Content Moderation model. Either success, or unavailable in the rare case that the model failed. */
            status: components["schemas"]["AudioIntelligenceModelStatus"];
            /** @description An array of results for the Content Moderation model */
            results: components["schemas"]["ContentSafetyLabelResult"][];
            /** @description A summary of the Content Moderation confidence results for the entire audio file */
            summary: {
                [key: string]: number;
            };
            /** @description A summary of the Content Moderation severity results for the entire audio file */
            severity_score_summary: {
                [key: string]: components["schemas"]["SeverityScoreSummary"];
            };
        };
        /**
         * @description Chapter of the audio file
         * @example {
         *       "summary": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US. Skylines from Maine to Maryland to Minnesota are gray and smoggy. In some places, the air quality warnings include the warning to stay inside.",
         *       "gist": "Smoggy air quality alerts across US",
         *       "headline": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts across US",
         *       "start": 250,
         *       "end": 28840
         *     }
         */
        Chapter: {
            /** @description An ultra-short summary (just a few words) of the content spoken in the chapter */
            gist: string;
            /** @description A single sentence summary of the content spoken during the chapter */
            headline: string;
            /** @description A one paragraph summary of the content spoken during the chapter */
            summary: string;
            /** @description The starting time, in milliseconds, for the chapter */
            start: number;
            /** @description The starting time, in milliseconds, for the chapter */
            end: number;
        };
        /**
         * @description A detected entity
         * @example {
         *       "entity_type": "location",
         *       "text": "Canada",
         *       "start": 2548,
         *       "end": 3130
         *     }
         */
        Entity: {
            /** @description The type of entity for the detected entity */
            entity_type: components["schemas"]["EntityType"];
            /** @description The text for the detected entity */
            text: string;
            /** @description The starting time, in milliseconds, at which the detected entity appears in the audio file */
            start: number;
            /** @description The ending time, in milliseconds, for the detected entity in the audio file */
            end: number;
        };
        /**
         * @description The type of entity for the detected entity
         * @enum {string}
         */
        EntityType: "account_number" | "banking_information" | "blood_type" | "credit_card_cvv" | "credit_card_expiration" | "credit_card_number" | "date" | "date_interval" | "date_of_birth" | "drivers_license" | "drug" | "duration" | "email_address" | "event" | "filename" | "gender_sexuality" | "healthcare_number" | "injury" | "ip_address" | "language" | "location" | "marital_status" | "medical_condition" | "medical_process" | "money_amount" | "nationality" | "number_sequence" | "occupation" | "organization" | "passport_number" | "password" | "person_age" | "person_name" | "phone_number" | "physical_attribute" | "political_affiliation" | "religion" | "statistics" | "time" | "url" | "us_social_security_number" | "username" | "vehicle_id" | "zodiac_sign";
        /**
         * @description The result of the Sentiment Analysis model
         * @example {
         *       "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US.",
         *       "start": 250,
         *       "end": 6350,
         *       "sentiment": "NEGATIVE",
         *       "confidence": 0.8181032538414001,
         *       "speaker": null
         *     }
         */
        SentimentAnalysisResult: {
            /** @description The transcript of the sentence */
            text: string;
            /** @description The starting time, in milliseconds, of the sentence */
            start: number;
            /** @description The ending time, in milliseconds, of the sentence */
            end: number;
            /** @description The detected sentiment for the sentence, one of POSITIVE, NEUTRAL, NEGATIVE */
            sentiment: components["schemas"]["Sentiment"];
            /**
             * Format: double
             * @description The confidence score for the detected sentiment of the sentence, from 0 to 1
             */
            confidence: number;
            /** @description The channel of this utterance. The left and right channels are channels 1 and 2. Additional channels increment the channel number sequentially. */
            channel?: string | null;
            /** @description The speaker of the sentence if [Speaker Diarization](https://www.assemblyai.com/docs/pre-recorded-audio/speaker-diarization) is enabled, else null */
            speaker: string | null;
        };
        /** @enum {unknown} */
        Sentiment: "POSITIVE" | "NEUTRAL" | "NEGATIVE";
        /**
         * @description The result of the topic detection model
         * @example {
         *       "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US. Skylines from Maine to Maryland to Minnesota are gray and smoggy. And in some places, the air quality warnings include the warning to stay inside. We wanted to better understand what's happening here and why, so we called Peter de Carlo, an associate professor in the Department of Environmental Health and Engineering at Johns Hopkins University Varsity. Good morning, professor. Good morning.",
         *       "labels": [
         *         {
         *           "relevance": 0.988274097442627,
         *           "label": "Home&Garden>IndoorEnvironmentalQuality"
         *         },
         *         {
         *           "relevance": 0.5821335911750793,
         *           "label": "NewsAndPolitics>Weather"
         *         },
         *         {
         *           "relevance": 0.0042327106930315495,
         *           "label": "MedicalHealth>DiseasesAndConditions>LungAndRespiratoryHealth"
         *         },
         *         {
         *           "relevance": 0.0033971222583204508,
         *           "label": "NewsAndPolitics>Disasters"
         *         },
         *         {
         *           "relevance": 0.002469958271831274,
         *           "label": "BusinessAndFinance>Business>GreenSolutions"
         *         },
         *         {
         *           "relevance": 0.0014376690378412604,
         *           "label": "MedicalHealth>DiseasesAndConditions>Cancer"
         *         },
         *         {
         *           "relevance": 0.0014294233405962586,
         *           "label": "Science>Environment"
         *         },
         *         {
         *           "relevance": 0.001234519761055708,
         *           "label": "Travel>TravelLocations>PolarTravel"
         *         },
         *         {
         *           "relevance": 0.0010231725173071027,
         *           "label": "MedicalHealth>DiseasesAndConditions>ColdAndFlu"
         *         },
         *         {
         *           "relevance": 0.0007445293595083058,
         *           "label": "BusinessAndFinance>Industries>PowerAndEnergyIndustry"
         *         }
         *       ],
         *       "timestamp": {
         *         "start": 250,
         *         "end": 28840
         *       }
         *     }
         */
        TopicDetectionResult: {
            /** @description The text in the transcript in which a detected topic occurs */
            text: string;
            /** @description An array of detected topics in the text */
            labels?: {
                /**
                 * Format: double
                 * @description How relevant the detected topic is of a detected topic
                 */
                relevance: number;
                /** @description The IAB taxonomical label for the label of the detected topic, where > denotes supertopic/subtopic relationship */
                label: string;
            }[];
            timestamp?: components["schemas"]["Timestamp"];
        };
        /**
         * @example {
         *       "label": "disasters",
         *       "confidence": 0.8142836093902588,
         *       "severity": 0.4093044400215149
         *     }
         */
        ContentSafetyLabel: {
            /** @description The label of the sensitive topic */
            label: string;
            /**
             * Format: double
             * @description The confidence score for the topic being discussed, from 0 to 1
             */
            confidence: number;
            /**
             * Format: double
             * @description How severely the topic is discussed in the section, from 0 to 1
             */
            severity: number;
        };
        /**
         * @example {
         *       "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US. Skylines from Maine to Maryland to Minnesota are gray and smoggy. And in some places, the air quality warnings include the warning to stay inside. We wanted to better understand what's happening here and why, so we called Peter de Carlo, an associate professor in the Department of Environmental Health and Engineering at Johns Hopkins University Varsity. Good morning, professor. Good morning.",
         *       "labels": [
         *         {
         *           "label": "disasters",
         *           "confidence": 0.8142836093902588,
         *           "severity": 0.4093044400215149
         *         }
         *       ],
         *       "sentences_idx_start": 0,
         *       "sentences_idx_end": 5,
         *       "timestamp": {
         *         "start": 250,
         *         "end": 28840
         *       }
         *     }
         */
        ContentSafetyLabelResult: {
            /** @description The transcript of the section flagged by the Content Moderation model */
            text: string;
            /** @description An array of safety labels, one per sensitive topic that was detected in the section */
            labels: components["schemas"]["ContentSafetyLabel"][];
            /** @description The sentence index at which the section begins */
            sentences_idx_start: number;
            /** @description The sentence index at which the section ends */
            sentences_idx_end: number;
            /** @description Timestamp information for the section */
            timestamp: components["schemas"]["Timestamp"];
        };
        /**
         * @example {
         *       "low": 0.5733263024656846,
         *       "medium": 0.42667369753431533,
         *       "high": 0
         *     }
         */
        SeverityScoreSummary: {
            /** Format: double */
            low: number;
            /** Format: double */
            medium: number;
            /** Format: double */
            high: number;
        };
        /**
         * @description An array of results for the Key Phrases model, if it is enabled.
         *     See [Key phrases](https://www.assemblyai.com/docs/speech-understanding/key-phrases) for more information.
         * @example {
         *       "status": "success",
         *       "results": [
         *         {
         *           "count": 1,
         *           "rank": 0.08,
         *           "text": "air quality alerts",
         *           "timestamps": [
         *             {
         *               "start": 3978,
         *               "end": 5114
         *             }
         *           ]
         *         },
         *         {
         *           "count": 1,
         *           "rank": 0.08,
         *           "text": "wide ranging air quality consequences",
         *           "timestamps": [
         *             {
         *               "start": 235388,
         *               "end": 238694
         *             }
         *           ]
         *         },
         *         {
         *           "count": 1,
         *           "rank": 0.07,
         *           "text": "more wildfires",
         *           "timestamps": [
         *             {
         *               "start": 230972,
         *               "end": 232354
         *             }
         *           ]
         *         },
         *         {
         *           "count": 1,
         *           "rank": 0.07,
         *           "text": "air pollution",
         *           "timestamps": [
         *             {
         *               "start": 156004,
         *               "end": 156910
         *             }
         *           ]
         *         },
         *         {
         *           "count": 3,
         *           "rank": 0.07,
         *           "text": "weather systems",
         *           "timestamps": [
         *             {
         *               "start": 47344,
         *               "end": 47958
         *             },
         *             {
         *               "start": 205268,
         *               "end": 205818
         *             },
         *             {
         *               "start": 211588,
         *               "end": 213434
         *             }
         *           ]
         *         },
         *         {
         *           "count": 2,
         *           "rank": 0.06,
         *           "text": "high levels",
         *           "timestamps": [
         *             {
         *               "start": 121128,
         *               "end": 121646
         *             },
         *             {
         *               "start": 155412,
         *               "end": 155866
         *             }
         *           ]
         *         },
         *         {
         *           "count": 1,
         *           "rank": 0.06,
         *           "text": "health conditions",
         *           "timestamps": [
         *             {
         *               "start": 152138,
         *               "end": 152666
         *             }
         *           ]
         *         },
         *         {
         *           "count": 2,
         *           "rank": 0.06,
         *           "text": "Peter de Carlo",
         *           "timestamps": [
         *             {
         *               "start": 18948,
         *               "end": 19930
         *             },
         *             {
         *               "start": 268298,
         *               "end": 269194
         *             }
         *           ]
         *         },
         *         {
         *           "count": 1,
         *           "rank": 0.06,
         *           "text": "New York City",
         *           "timestamps": [
         *             {
         *               "start": 125768,
         *               "end": 126274
         *             }
         *           ]
         *         },
         *         {
         *           "count": 1,
         *           "rank": 0.05,
         *           "text": "respiratory conditions",
         *           "timestamps": [
         *             {
         *               "start": 152964,
         *               "end": 153786
         *             }
         *           ]
         *         },
         *         {
         *           "count": 3,
         *           "rank": 0.05,
         *           "text": "New York",
         *           "timestamps": [
         *             {
         *               "start": 125768,
         *               "end": 126034
         *             },
         *             {
         *               "start": 171448,
         *               "end": 171938
         *             },
         *             {
         *               "start": 176008,
         *               "end": 176322
         *             }
         *           ]
         *         },
         *         {
         *           "count": 3,
         *           "rank": 0.05,
         *           "text": "climate change",
         *           "timestamps": [
         *             {
         *               "start": 229548,
         *               "end": 230230
         *             },
         *             {
         *               "start": 244576,
         *               "end": 245162
         *             },
         *             {
         *               "start": 263348,
         *               "end": 263950
         *             }
         *           ]
         *         },
         *         {
         *           "count": 1,
         *           "rank": 0.05,
         *           "text": "Johns Hopkins University Varsity",
         *           "timestamps": [
         *             {
         *               "start": 23972,
         *               "end": 25490
         *             }
         *           ]
         *         },
         *         {
         *           "count": 1,
         *           "rank": 0.05,
         *           "text": "heart conditions",
         *           "timestamps": [
         *             {
         *               "start": 153988,
         *               "end": 154506
         *             }
         *           ]
         *         },
         *         {
         *           "count": 1,
         *           "rank": 0.05,
         *           "text": "air quality warnings",
         *           "timestamps": [
         *             {
         *               "start": 12308,
         *               "end": 13434
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        AutoHighlightsResult: {
            /** @description The status of the Key Phrases model. Either success, or unavailable in the rare case that the model failed. */
            status: components["schemas"]["AudioIntelligenceModelStatus"];
            /** @description A temporally-sequential array of Key Phrases */
            results: components["schemas"]["AutoHighlightResult"][];
        };
        /**
         * @example {
         *       "count": 1,
         *       "rank": 0.08,
         *       "text": "air quality alerts",
         *       "timestamps": [
         *         {
         *           "start": 3978,
         *           "end": 5114
         *         }
         *       ]
         *     }
         */
        AutoHighlightResult: {
            /** @description The total number of times the key phrase appears in the audio file */
            count: number;
            /**
             * Format: float
             * @description The total relevancy to the overall audio file of this key phrase - a greater number means more relevant
             */
            rank: number;
            /** @description The text itself of the key phrase */
            text: string;
            /** @description The timestamp of the of the key phrase */
            timestamps: components["schemas"]["Timestamp"][];
        };
        /**
         * @example {
         *       "text": "Smoke",
         *       "start": 250,
         *       "end": 650,
         *       "confidence": 0.97465,
         *       "channel": null,
         *       "speaker": null
         *     }
         */
        TranscriptWord: {
            /**
             * Format: double
             * @description The confidence score for the transcript of this word
             */
            confidence: number;
            /** @description The starting time, in milliseconds, for the word */
            start: number;
            /** @description The ending time, in milliseconds, for the word */
            end: number;
            /** @description The text of the word */
            text: string;
            /** @description The channel of the word. The left and right channels are channels 1 and 2. Additional channels increment the channel number sequentially. */
            channel?: string | null;
            /** @description The speaker of the word if [Speaker Diarization](https://www.assemblyai.com/docs/pre-recorded-audio/speaker-diarization) is enabled, else null */
            speaker: string | null;
        };
        /**
         * @example {
         *       "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US.",
         *       "start": 250,
         *       "end": 6350,
         *       "confidence": 0.72412,
         *       "words": [
         *         {
         *           "text": "Smoke",
         *           "start": 250,
         *           "end": 650,
         *           "confidence": 0.72412,
         *           "speaker": null
         *         },
         *         {
         *           "text": "from",
         *           "start": 730,
         *           "end": 1022,
         *           "confidence": 0.99996,
         *           "speaker": null
         *         },
         *         {
         *           "text": "hundreds",
         *           "start": 1076,
         *           "end": 1466,
         *           "confidence": 0.99992,
         *           "speaker": null
         *         },
         *         {
         *           "text": "of",
         *           "start": 1498,
         *           "end": 1646,
         *           "confidence": 1,
         *           "speaker": null
         *         }
         *       ],
         *       "speaker": null
         *     }
         */
        TranscriptSentence: {
            /** @description The transcript of the sentence */
            text: string;
            /** @description The starting time, in milliseconds, for the sentence */
            start: number;
            /** @description The ending time, in milliseconds, for the sentence */
            end: number;
            /**
             * Format: double
             * @description The confidence score for the transcript of this sentence
             */
            confidence: number;
            /** @description An array of words in the sentence */
            words: components["schemas"]["TranscriptWord"][];
            /** @description The channel of the sentence. The left and right channels are channels 1 and 2. Additional channels increment the channel number sequentially. */
            channel?: string | null;
            /** @description The speaker of the sentence if [Speaker Diarization](https://www.assemblyai.com/docs/pre-recorded-audio/speaker-diarization) is enabled, else null */
            speaker: string | null;
        };
        /**
         * @example {
         *       "sentences": [
         *         {
         *           "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US.",
         *           "start": 250,
         *           "end": 6350,
         *           "confidence": 0.72412,
         *           "words": [
         *             {
         *               "text": "Smoke",
         *               "start": 250,
         *               "end": 650,
         *               "confidence": 0.72412,
         *               "speaker": null
         *             },
         *             {
         *               "text": "from",
         *               "start": 730,
         *               "end": 1022,
         *               "confidence": 0.99996,
         *               "speaker": null
         *             },
         *             {
         *               "text": "hundreds",
         *               "start": 1076,
         *               "end": 1466,
         *               "confidence": 0.99992,
         *               "speaker": null
         *             },
         *             {
         *               "text": "of",
         *               "start": 1498,
         *               "end": 1646,
         *               "confidence": 1,
         *               "speaker": null
         *             }
         *           ],
         *           "speaker": null
         *         },
         *         {
         *           "text": "Skylines from Maine to Maryland to Minnesota are gray and smoggy.",
         *           "start": 6500,
         *           "end": 11050,
         *           "confidence": 0.99819,
         *           "words": [
         *             {
         *               "text": "Skylines",
         *               "start": 6500,
         *               "end": 7306,
         *               "confidence": 0.99819,
         *               "speaker": null
         *             },
         *             {
         *               "text": "from",
         *               "start": 7338,
         *               "end": 7534,
         *               "confidence": 0.99987,
         *               "speaker": null
         *             },
         *             {
         *               "text": "Maine",
         *               "start": 7572,
         *               "end": 7962,
         *               "confidence": 0.9972,
         *               "speaker": null
         *             },
         *             {
         *               "text": "to",
         *               "start": 8026,
         *               "end": 8206,
         *               "confidence": 1,
         *               "speaker": null
         *             },
         *             {
         *               "text": "Maryland",
         *               "start": 8228,
         *               "end": 8650,
         *               "confidence": 0.5192,
         *               "speaker": null
         *             },
         *             {
         *               "text": "to",
         *               "start": 8730,
         *               "end": 8926,
         *               "confidence": 1,
         *               "speaker": null
         *             }
         *           ],
         *           "speaker": null
         *         }
         *       ],
         *       "id": "d5a3d302-066e-43fb-b63b-8f57baf185db",
         *       "confidence": 0.9579390654205628,
         *       "audio_duration": 281
         *     }
         */
        SentencesResponse: {
            /**
             * Format: uuid
             * @description The unique identifier for the transcript
             */
            id: string;
            /**
             * Format: double
             * @description The confidence score for the transcript
             */
            confidence: number;
            /** @description The duration of the audio file in seconds */
            audio_duration: number;
            /** @description An array of sentences in the transcript */
            sentences: components["schemas"]["TranscriptSentence"][];
        };
        /**
         * @example {
         *       "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US. Skylines from Maine to Maryland to Minnesota are gray and smoggy. And in some places, the air quality warnings include the warning to stay inside. We wanted to better understand what's happening here and why, so we called Peter Decarlo, an associate professor in the Department of Environmental Health and Engineering at Johns Hopkins University. Good morning, professor.",
         *       "start": 250,
         *       "end": 26950,
         *       "confidence": 0.73033,
         *       "words": [
         *         {
         *           "text": "Smoke",
         *           "start": 250,
         *           "end": 650,
         *           "confidence": 0.73033,
         *           "speaker": null
         *         },
         *         {
         *           "text": "from",
         *           "start": 730,
         *           "end": 1022,
         *           "confidence": 1,
         *           "speaker": null
         *         },
         *         {
         *           "text": "hundreds",
         *           "start": 1076,
         *           "end": 1466,
         *           "confidence": 0.99992,
         *           "speaker": null
         *         },
         *         {
         *           "text": "of",
         *           "start": 1498,
         *           "end": 1646,
         *           "confidence": 1,
         *           "speaker": null
         *         }
         *       ]
         *     }
         */
        TranscriptParagraph: {
            /** @description The transcript of the paragraph */
            text: string;
            /** @description The starting time, in milliseconds, of the paragraph */
            start: number;
            /** @description The ending time, in milliseconds, of the paragraph */
            end: number;
            /**
             * Format: double
             * @description The confidence score for the transcript of this paragraph
             */
            confidence: number;
            /** @description An array of words in the paragraph */
            words: components["schemas"]["TranscriptWord"][];
        };
        /**
         * @example {
         *       "paragraphs": [
         *         {
         *           "text": "Smoke from hundreds of wildfires in Canada is triggering air quality alerts throughout the US. Skylines from Maine to Maryland to Minnesota are gray and smoggy. And in some places, the air quality warnings include the warning to stay inside. We wanted to better understand what's happening here and why, so we called Peter Decarlo, an associate professor in the Department of Environmental Health and Engineering at Johns Hopkins University. Good morning, professor.",
         *           "start": 250,
         *           "end": 26950,
         *           "confidence": 0.73033,
         *           "words": [
         *             {
         *               "text": "Smoke",
         *               "start": 250,
         *               "end": 650,
         *               "confidence": 0.73033,
         *               "speaker": null
         *             },
         *             {
         *               "text": "from",
         *               "start": 730,
         *               "end": 1022,
         *               "confidence": 1,
         *               "speaker": null
         *             },
         *             {
         *               "text": "hundreds",
         *               "start": 1076,
         *               "end": 1466,
         *               "confidence": 0.99992,
         *               "speaker": null
         *             },
         *             {
         *               "text": "of",
         *               "start": 1498,
         *               "end": 1646,
         *               "confidence": 1,
         *               "speaker": null
         *             }
         *           ]
         *         },
         *         {
         *           "text": "Good morning. So what is it about the conditions right now that have caused this round of wildfires to affect so many people so far away? Well, there's a couple of things. The season has been pretty dry already, and then the fact that we're getting hit in the US. Is because there's a couple of weather systems that are essentially channeling the smoke from those Canadian wildfires through Pennsylvania into the Mid Atlantic and the Northeast and kind of just dropping the smoke there.",
         *           "start": 27850,
         *           "end": 56190,
         *           "confidence": 0.99667,
         *           "words": [
         *             {
         *               "text": "Good",
         *               "start": 27850,
         *               "end": 28262,
         *               "confidence": 0.99667,
         *               "speaker": null
         *             },
         *             {
         *               "text": "morning.",
         *               "start": 28316,
         *               "end": 28920,
         *               "confidence": 0.99742,
         *               "speaker": null
         *             },
         *             {
         *               "text": "So",
         *               "start": 29290,
         *               "end": 29702,
         *               "confidence": 0.94736,
         *               "speaker": null
         *             }
         *           ]
         *         }
         *       ],
         *       "id": "d5a3d302-066e-43fb-b63b-8f57baf185db",
         *       "confidence": 0.9578730257009361,
         *       "audio_duration": 281
         *     }
         */
        ParagraphsResponse: {
            /**
             * Format: uuid
             * @description The unique identifier of your transcript
             */
            id: string;
            /**
             * Format: double
             * @description The confidence score for the transcript
             */
            confidence: number;
            /** @description The duration of the audio file in seconds */
            audio_duration: number;
            /** @description An array of paragraphs in the transcript */
            paragraphs: components["schemas"]["TranscriptParagraph"][];
        };
        /**
         * @description Details of the transcript page. Transcripts are sorted from newest to oldest. The previous URL always points to a page with older transcripts.
         * @example {
         *       "limit": 10,
         *       "result_count": 10,
         *       "current_url": "https://api.assemblyai.com/v2/transcript?limit=10",
         *       "prev_url": "https://api.assemblyai.com/v2/transcript?limit=10&before_id=62npeahu2b-a8ea-4112-854c-69542c20d90c",
         *       "next_url": "https://api.assemblyai.com/v2/transcript?limit=10&after_id=62nfw3mlar-01ad-4631-92f6-629929496eed"
         *     }
         */
        PageDetails: {
            /** @description The number of results this page is limited to */
            limit: number;
            /** @description The actual number of results in the page */
            result_count: number;
            /**
             * Format: url
             * @description The URL used to retrieve the current page of transcripts
             */
            current_url: string;
            /**
             * Format: url
             * @description The URL to the next page of transcripts. The previous URL always points to a page with older transcripts.
             */
            prev_url: string | null;
            /**
             * Format: url
             * @description The URL to the next page of transcripts. The next URL always points to a page with newer transcripts.
             */
            next_url: string | null;
        };
        /**
         * @example {
         *       "after_id": "a7c5cafd-2c2e-4bdd-b0b2-69dade2f7a1b",
         *       "before_id": "9ea68fd3-f953-42c1-9742-976c447fb463",
         *       "created_on": "2023-11-03",
         *       "limit": 2,
         *       "status": "completed",
         *       "throttled_only": false
         *     }
         */
        ListTranscriptParams: {
            /**
             * @description Maximum amount of transcripts to retrieve
             * @default 10
             */
            limit?: number;
            /** @description Filter by transcript status */
            status?: components["schemas"]["TranscriptStatus"];
            /**
             * Format: date
             * @description Only get transcripts created on this date
             */
            created_on?: string;
            /**
             * Format: uuid
             * @description Get transcripts that were created before this transcript ID
             */
            before_id?: string;
            /**
             * Format: uuid
             * @description Get transcripts that were created after this transcript ID
             */
            after_id?: string;
            /**
             * @description Only get throttled transcripts, overrides the status filter
             * @default false
             */
            throttled_only?: boolean;
        };
        /**
         * @example {
         *       "id": "9ea68fd3-f953-42c1-9742-976c447fb463",
         *       "resource_url": "https://api.assemblyai.com/v2/transcript/9ea68fd3-f953-42c1-9742-976c447fb463",
         *       "status": "completed",
         *       "created": "2023-11-02T21:49:25.586965",
         *       "completed": "2023-11-02T21:49:25.586965",
         *       "audio_url": "https://assembly.ai/wildfires.mp3",
         *       "error": null
         *     }
         */
        TranscriptListItem: {
            /**
             * Format: uuid
             * @description The unique identifier for the transcript
             */
            id: string;
            /**
             * Format: url
             * @description The URL to retrieve the transcript
             */
            resource_url: string;
            /** @description The status of the transcript */
            status: components["schemas"]["TranscriptStatus"];
            /** @description The date and time the transcript was created */
            created: string;
            /** @description The date and time the transcript was completed */
            completed: string | null;
            /**
             * Format: url
             * @description The URL to the audio file
             */
            audio_url: string;
            /** @description Error message of why the transcript failed */
            error: string | null;
        };
        /**
         * @description A list of transcripts. Transcripts are sorted from newest to oldest. The previous URL always points to a page with older transcripts.
         * @example {
         *       "page_details": {
         *         "limit": 3,
         *         "result_count": 3,
         *         "current_url": "https://api.assemblyai.com/v2/transcript?limit=3",
         *         "prev_url": "https://api.assemblyai.com/v2/transcript?limit=3&before_id=28a73d01-98db-41dd-9e98-2533ba0af117",
         *         "next_url": "https://api.assemblyai.com/v2/transcript?limit=3&after_id=b33f4691-85b7-4f31-be12-a87cef1c1229"
         *       },
         *       "transcripts": [
         *         {
         *           "id": "b33f4691-85b7-4f31-be12-a87cef1c1229",
         *           "resource_url": "https://api.assemblyai.com/v2/transcript/b33f4691-85b7-4f31-be12-a87cef1c1229",
         *           "status": "completed",
         *           "created": "2024-03-11T21:29:59.936851",
         *           "completed": "2024-03-11T21:30:07.314223",
         *           "audio_url": "http://deleted_by_user",
         *           "error": null
         *         },
         *         {
         *           "id": "ce522f10-d204-42e8-a838-6b95098145cc",
         *           "resource_url": "https://api.assemblyai.com/v2/transcript/ce522f10-d204-42e8-a838-6b95098145cc",
         *           "status": "error",
         *           "created": "2024-03-11T21:23:59.979420",
         *           "completed": null,
         *           "audio_url": "https://storage.googleapis.com/client-docs-samples/nbc.oopsie",
         *           "error": "Download error, unable to download https://storage.googleapis.com/client-docs-samples/nbc.oopsie. Please make sure the file exists and is accessible from the internet."
         *         },
         *         {
         *           "id": "28a73d01-98db-41dd-9e98-2533ba0af117",
         *           "resource_url": "https://api.assemblyai.com/v2/transcript/28a73d01-98db-41dd-9e98-2533ba0af117",
         *           "status": "completed",
         *           "created": "2024-03-11T21:12:57.372215",
         *           "completed": "2024-03-11T21:13:03.267020",
         *           "audio_url": "https://assembly.ai/nbc.mp3",
         *           "error": null
         *         }
         *       ]
         *     }
         */
        TranscriptList: {
            /** @description Details of the transcript page */
            page_details: components["schemas"]["PageDetails"];
            /** @description An array of transcripts */
            transcripts: components["schemas"]["TranscriptListItem"][];
        };
        /**
         * @example {
         *       "upload_url": "https://cdn.assemblyai.com/upload/f756988d-47e2-4ca3-96ce-04bb168f8f2a"
         *     }
         */
        UploadedFile: {
            /**
             * Format: url
             * @description A URL that points to your audio file, accessible only by AssemblyAI's servers
             */
            upload_url: string;
        };
        /**
         * @example {
         *       "expires_in": 480
         *     }
         */
        CreateRealtimeTemporaryTokenParams: {
            /** @description The amount of time until the token expires in seconds */
            expires_in: number;
        };
        /**
         * @example {
         *       "token": "<hex-64-redacted>"
         *     }
         */
        RealtimeTemporaryTokenResponse: {
            /** @description The temporary authentication token for Streaming Speech-to-Text */
            token: string;
        };
        /**
         * @description Either success, or unavailable in the rare case that the model failed
         * @enum {string}
         */
        AudioIntelligenceModelStatus: "success" | "unavailable";
        /**
         * @example {
         *       "request_id": "914fe7e4-f10a-4364-8946-34614c2873f6",
         *       "request_id_to_purge": "b7eb03ec-1650-4181-949b-75d9de317de1",
         *       "deleted": true
         *     }
         */
        PurgeLemurRequestDataResponse: {
            /**
             * Format: uuid
             * @description The ID of the deletion request of the LeMUR request
             */
            request_id: string;
            /**
             * Format: uuid
             * @description The ID of the LeMUR request to purge the data for
             */
            request_id_to_purge: string;
            /** @description Whether the request data was deleted */
            deleted: boolean;
        };
        /**
         * @example {
         *       "request_id": "5e1b27c2-691f-4414-8bc5-f14678442f9e",
         *       "usage": {
         *         "input_tokens": 27,
         *         "output_tokens": 3
         *       }
         *     }
         */
        LemurBaseResponse: {
            /**
             * Format: uuid
             * @description The ID of the LeMUR request
             */
            request_id: string;
            /** @description The usage numbers for the LeMUR request */
            usage: components["schemas"]["LemurUsage"];
        };
        /**
         * @example {
         *       "request_id": "5e1b27c2-691f-4414-8bc5-f14678442f9e",
         *       "response": "Based on the transcript, the following locations were mentioned as being affected by wildfire smoke from Canada:\n\n- Maine\n- Maryland\n- Minnesota\n- Mid Atlantic region\n- Northeast region\n- New York City\n- Baltimore\n",
         *       "usage": {
         *         "input_tokens": 27,
         *         "output_tokens": 3
         *       }
         *     }
         */
        LemurStringResponse: {
            /** @description The response generated by LeMUR. */
            response: string;
        } & components["schemas"]["LemurBaseResponse"];
        /**
         * @example {
         *       "request_id": "5e1b27c2-691f-4414-8bc5-f14678442f9e",
         *       "response": "Based on the transcript, the following locations were mentioned as being affected by wildfire smoke from Canada:\n\n- Maine\n- Maryland\n- Minnesota\n- Mid Atlantic region\n- Northeast region\n- New York City\n- Baltimore\n",
         *       "usage": {
         *         "input_tokens": 27,
         *         "output_tokens": 3
         *       }
         *     }
         */
        LemurTaskResponse: components["schemas"]["LemurStringResponse"];
        /**
         * @example {
         *       "request_id": "5e1b27c2-691f-4414-8bc5-f14678442f9e",
         *       "response": "- Wildfires in Canada are sending smoke and air pollution across parts of the US, triggering air quality alerts from Maine to Minnesota. Concentrations of particulate matter have exceeded safety levels.\n\n- Weather systems are channeling the smoke through Pennsylvania into the Mid-Atlantic and Northeast regions. New York City has canceled outdoor activities to keep children and vulnerable groups indoors.\n\n- Very small particulate matter can enter the lungs and impact respiratory, cardiovascular and neurological health. Young children, the elderly and those with preexisting conditions are most at risk.\n\n- The conditions causing the poor air quality could get worse or shift to different areas in coming days depending on weather patterns. More wildfires may also contribute to higher concentrations.\n\n- Climate change is leading to longer and more severe fire seasons. Events of smoke traveling long distances and affecting air quality over wide areas will likely become more common in the future.\"\n",
         *       "usage": {
         *         "input_tokens": 27,
         *         "output_tokens": 3
         *       }
         *     }
         */
        LemurSummaryResponse: components["schemas"]["LemurStringResponse"];
        /**
         * @example {
         *       "request_id": "5e1b27c2-691f-4414-8bc5-f14678442f9e",
         *       "response": "Here are some potential action items based on the transcript:\n\n- Monitor air quality levels in affected areas and issue warnings as needed.\n\n- Advise vulnerable populations like children, the elderly, and those with respiratory conditions to limit time outdoors.\n\n- Have schools cancel outdoor activities when air quality is poor.\n\n- Educate the public on health impacts of smoke inhalation and precautions to take.\n\n- Track progression of smoke plumes using weather and air quality monitoring systems.\n\n- Coordinate cross-regionally to manage smoke exposure as air masses shift.\n\n- Plan for likely increase in such events due to climate change. Expand monitoring and forecasting capabilities.\n\n- Conduct research to better understand health impacts of wildfire smoke and mitigation strategies.\n\n- Develop strategies to prevent and manage wildfires to limit air quality impacts.\n",
         *       "usage": {
         *         "input_tokens": 27,
         *         "output_tokens": 3
         *       }
         *     }
         */
        LemurActionItemsResponse: components["schemas"]["LemurStringResponse"];
        /**
         * @example {
         *       "request_id": "5e1b27c2-691f-4414-8bc5-f14678442f9e",
         *       "response": [
         *         {
         *           "answer": "CA, US",
         *           "question": "Where are there wildfires?"
         *         },
         *         {
         *           "answer": "yes",
         *           "question": "Is global warming affecting wildfires?"
         *         }
         *       ],
         *       "usage": {
         *         "input_tokens": 27,
         *         "output_tokens": 3
         *       }
         *     }
         */
        LemurQuestionAnswerResponse: components["schemas"]["LemurBaseResponse"] & {
            /** @description The answers generated by LeMUR and their questions */
            response: components["schemas"]["LemurQuestionAnswer"][];
        };
        /**
         * @description An answer generated by LeMUR and its question
         * @example {
         *       "answer": "CA, US",
         *       "question": "Where are there wildfires?"
         *     }
         */
        LemurQuestionAnswer: {
            /** @description The question for LeMUR to answer */
            question: string;
            /** @description The answer generated by LeMUR */
            answer: string;
        };
        LemurResponse: components["schemas"]["LemurStringResponse"] | components["schemas"]["LemurQuestionAnswerResponse"];
        /**
         * @example {
         *       "transcript_ids": [
         *         "85f9b381-e90c-46ed-beca-7d76245d375e",
         *         "7c3acd18-df4d-4432-88f5-1e89f8827eea"
         *       ],
         *       "context": "This is an interview about wildfires.",
         *       "final_model": "anthropic/claude-sonnet-4-20250514",
         *       "temperature": 0,
         *       "max_output_size": 3000
         *     }
         */
        LemurBaseParams: {
            /**
             * @description A list of completed transcripts with text. Up to a maximum of 100 hours of audio.
             *     Use either transcript_ids or input_text as input into LeMUR.
             */
            transcript_ids?: string[];
            /**
             * @description Custom formatted transcript data. Maximum size is the context limit of the selected model.
             *     Use either transcript_ids or input_text as input into LeMUR.
             */
            input_text?: string;
            /** @description Context to provide the model. This can be a string or a free-form JSON value. */
            context?: string | {
                [key: string]: unknown;
            };
            /**
             * @description The model that is used for the final prompt after compression is performed.
             * @default default
             */
            final_model: components["schemas"]["LemurModel"] | string;
            /**
             * @description Maximum output size in tokens, up to the `final_model`'s max [(see chart)](/docs/lemur/customize-parameters#change-the-maximum-output-size).
             * @default 2000
             */
            max_output_size?: number;
            /**
             * Format: float
             * @description The temperature to use for the model.
             *     Higher values result in answers that are more creative, lower values are more conservative.
             *     Can be any value between 0.0 and 1.0 inclusive.
             * @default 0
             */
            temperature?: number;
        };
        /**
         * @example {
         *       "transcript_ids": [
         *         "64nygnr62k-405c-4ae8-8a6b-d90b40ff3cce"
         *       ],
         *       "prompt": "List all the locations affected by wildfires.",
         *       "final_model": "anthropic/claude-sonnet-4-20250514",
         *       "temperature": 0,
         *       "max_output_size": 3000
         *     }
         */
        LemurTaskParams: {
            /** @description Your text to prompt the model to produce a desired output, including any context you want to pass into the model. */
            prompt: string;
            /**
             * @description A list of completed transcripts with text. Up to a maximum of 100 hours of audio.
             *     Use either transcript_ids or input_text as input into LeMUR.
             */
            transcript_ids?: string[];
            /**
             * @description Custom formatted transcript data. Maximum size is the context limit of the selected model.
             *     Use either transcript_ids or input_text as input into LeMUR.
             */
            input_text?: string;
            /**
             * @description The model that is used for the final prompt after compression is performed.
             * @default default
             */
            final_model: components["schemas"]["LemurModel"];
            /**
             * @description Maximum output size in tokens, up to the `final_model`'s max [(see chart)](/docs/lemur/customize-parameters#change-the-maximum-output-size).
             * @default 2000
             */
            max_output_size?: number;
            /**
             * Format: float
             * @description The temperature to use for the model.
             *     Higher values result in answers that are more creative, lower values are more conservative.
             *     Can be any value between 0.0 and 1.0 inclusive.
             * @default 0
             */
            temperature?: number;
        };
        /**
         * @example {
         *       "transcript_ids": [
         *         "47b95ba5-8889-44d8-bc80-5de38306e582"
         *       ],
         *       "context": "This is an interview about wildfires.",
         *       "final_model": "anthropic/claude-sonnet-4-20250514",
         *       "temperature": 0,
         *       "max_output_size": 3000
         *     }
         */
        LemurSummaryParams: components["schemas"]["LemurBaseParams"] & {
            /** @description How you want the summary to be returned. This can be any text. Examples: "TLDR", "bullet points" */
            answer_format?: string;
        };
        /**
         * @example {
         *       "transcript_ids": [
         *         "64nygnr62k-405c-4ae8-8a6b-d90b40ff3cce"
         *       ],
         *       "context": "This is an interview about wildfires.",
         *       "questions": [
         *         {
         *           "question": "Where are there wildfires?",
         *           "answer_format": "List of countries in ISO 3166-1 alpha-2 format",
         *           "answer_options": [
         *             "US",
         *             "CA"
         *           ]
         *         },
         *         {
         *           "question": "Is global warming affecting wildfires?",
         *           "answer_options": [
         *             "yes",
         *             "no"
         *           ]
         *         }
         *       ],
         *       "final_model": "anthropic/claude-sonnet-4-20250514",
         *       "temperature": 0,
         *       "max_output_size": 3000
         *     }
         */
        LemurQuestionAnswerParams: components["schemas"]["LemurBaseParams"] & {
            /** @description A list of questions to ask */
            questions: components["schemas"]["LemurQuestion"][];
        };
        /**
         * @example {
         *       "question": "Where are there wildfires?",
         *       "answer_format": "List of countries in ISO 3166-1 alpha-2 format"
         *     }
         */
        LemurQuestion: {
            /** @description The question you wish to ask. For more complex questions use default model. */
            question: string;
            /** @description Any context about the transcripts you wish to provide. This can be a string or any object. */
            context?: string | {
                [key: string]: unknown;
            };
            /** @description How you want the answer to be returned. This can be any text. Can't be used with answer_options. Examples: "short sentence", "bullet points" */
            answer_format?: string;
            /** @description What discrete options to return. Useful for precise responses. Can't be used with answer_format. Example: ["Yes", "No"] */
            answer_options?: string[];
        };
        /**
         * @example {
         *       "transcript_ids": [
         *         "64nygnr62k-405c-4ae8-8a6b-d90b40ff3cce"
         *       ],
         *       "context": "This is an interview about wildfires.",
         *       "answer_format": "Bullet Points",
         *       "final_model": "anthropic/claude-sonnet-4-20250514",
         *       "temperature": 0,
         *       "max_output_size": 3000
         *     }
         */
        LemurActionItemsParams: components["schemas"]["LemurBaseParams"] & {
            /**
             * @description How you want the action items to be returned. This can be any text.
             *     Defaults to "Bullet Points".
             * @default Bullet Points
             */
            answer_format?: string;
        };
        /**
         * @description The model that is used for the final prompt after compression is performed.
         * @enum {string}
         */
        LemurModel: "anthropic/claude-sonnet-4-20250514" | "anthropic/claude-opus-4-20250514" | "anthropic/claude-3-7-sonnet-20250219" | "anthropic/claude-3-5-sonnet" | "anthropic/claude-3-5-haiku-20241022" | "anthropic/claude-3-opus" | "anthropic/claude-3-haiku";
        /** @description The usage numbers for the LeMUR request */
        LemurUsage: {
            /** @description The number of input tokens used by the model */
            input_tokens: number;
            /** @description The number of output tokens generated by the model */
            output_tokens: number;
        };
        /**
         * @example {
         *       "error": "format_text must be a Boolean"
         *     }
         */
        Error: {
            /** @description Error message */
            error: string;
            /** @constant */
            status?: "error";
        } & {
            [key: string]: unknown;
        };
        /** @description Request body for [Translation](https://www.assemblyai.com/docs/speech-understanding/translation). */
        TranslationRequestBody: {
            translation: {
                /** @description List of target language codes (e.g., `["es", "de"]`). See [Translation](https://www.assemblyai.com/docs/speech-understanding/translation) for supported languages. */
                target_languages: string[];
                /**
                 * @description Use formal language style. See [Translation](https://www.assemblyai.com/docs/speech-understanding/translation) for more details.
                 * @default true
                 */
                formal?: boolean;
                /**
                 * @description When enabled with Speaker Labels, returns translated text in the utterances array. Each utterance will include a `translated_texts` key containing translations for each target language.
                 * @default false
                 */
                match_original_utterance?: boolean;
            };
        };
        /** @description Request body for [Speaker Identification](https://www.assemblyai.com/docs/speech-understanding/speaker-identification). */
        SpeakerIdentificationRequestBody: {
            speaker_identification: {
                /**
                 * @description Type of speaker identification. See [Speaker Identification](https://www.assemblyai.com/docs/speech-understanding/speaker-identification) for details on each type.
                 * @enum {string}
                 */
                speaker_type: "role" | "name";
                /** @description Required if speaker_type is "role". Each value must be 35 characters or less. */
                known_values?: string[];
                /** @description An array of speaker objects with metadata to improve identification accuracy. Each object should include a `role` or `name` (depending on `speaker_type`) and an optional `description` to help the model identify the speaker. You can also include any additional custom properties (e.g., `company`, `title`) to provide more context. Use this as an alternative to `known_values` when you want to provide additional context about each speaker. */
                speakers?: ({
                    /** @description The role of the speaker. Required when `speaker_type` is "role". */
                    role?: string;
                    /** @description The name of the speaker. Required when `speaker_type` is "name". */
                    name?: string;
                    /** @description A description of the speaker to help the model identify them based on conversational context. */
                    description?: string;
                } & {
                    [key: string]: unknown;
                })[];
            };
        };
        /** @description Request body for [Custom Formatting](https://www.assemblyai.com/docs/speech-understanding/custom-formatting). */
        CustomFormattingRequestBody: {
            custom_formatting: {
                /** @description Date format pattern (e.g., `"mm/dd/yyyy"`). See [Custom Formatting](https://www.assemblyai.com/docs/speech-understanding/custom-formatting) for more details. */
                date?: string;
                /** @description Phone number format pattern (e.g., `"(xxx)xxx-xxxx"`). See [Custom Formatting](https://www.assemblyai.com/docs/speech-understanding/custom-formatting) for more details. */
                phone_number?: string;
                /** @description Email format pattern (e.g., `"username@domain.com"`). See [Custom Formatting](https://www.assemblyai.com/docs/speech-understanding/custom-formatting) for more details. */
                email?: string;
            };
        };
        TranslationResponse: {
            translation?: {
                status?: string;
            };
        };
        SpeakerIdentificationResponse: {
            speaker_identification?: {
                /** @description A mapping of the original generic speaker labels (e.g., "A", "B") to the identified speaker names or roles. */
                mapping?: {
                    [key: string]: string;
                };
                status?: string;
            };
        };
        CustomFormattingResponse: {
            custom_formatting?: {
                mapping?: {
                    [key: string]: string;
                };
                formatted_text?: string;
            };
        };
    };
    responses: {
        /** @description Bad request */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "This is a sample error message"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unauthorized */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Authentication error, API token missing/invalid"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Cannot access uploaded file */
        CannotAccessUploadedFile: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Cannot access uploaded file"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Not found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests */
        TooManyRequests: {
            headers: {
                /** @description The number of seconds to wait before retrying the request */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Too Many Requests"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An error occurred while processing the request */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Internal Server Error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Service unavailable */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Gateway timeout */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    uploadFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Media file uploaded successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["CannotAccessUploadedFile"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTranscripts: {
        parameters: {
            query?: {
                /** @description Maximum amount of transcripts to retrieve */
                limit?: number;
                /** @description Filter by transcript status */
                status?: components["schemas"]["TranscriptStatus"];
                /** @description Only get transcripts created on this date */
                created_on?: string;
                /** @description Get transcripts that were created before this transcript ID */
                before_id?: string;
                /** @description Get transcripts that were created after this transcript ID */
                after_id?: string;
                /**
                 * @deprecated
                 * @description Only get throttled transcripts, overrides the status filter
                 */
                throttled_only?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of transcripts. Transcripts are sorted from newest to oldest. The previous URL always points to a page with older transcripts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranscriptList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTranscript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Params to create a transcript */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptParams"];
            };
        };
        responses: {
            /** @description Transcript created and queued for processing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transcript"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTranscript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the transcript */
                transcript_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transcript resource */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transcript"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTranscript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the transcript */
                transcript_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted transcript response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transcript"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSubtitles: {
        parameters: {
            query?: {
                /** @description The maximum number of characters per caption */
                chars_per_caption?: number;
            };
            header?: never;
            path: {
                /** @description ID of the transcript */
                transcript_id: string;
                /** @description The format of the captions */
                subtitle_format: components["schemas"]["SubtitleFormat"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exported captions as text */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTranscriptSentences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the transcript */
                transcript_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Exported sentences */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentencesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTranscriptParagraphs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the transcript */
                transcript_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Exported paragraphs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParagraphsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    wordSearch: {
        parameters: {
            query: {
                /** @description Keywords to search for */
                words: string[];
            };
            header?: never;
            path: {
                /** @description ID of the transcript */
                transcript_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Word search response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WordSearchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRedactedAudio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the transcript */
                transcript_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The redacted audio object containing the status and URL to the redacted audio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedactedAudioResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
