// GENERATED FILE: DO NOT EDIT.
// Source: ../shared/assemblyai-spec/openapi.yml (AssemblyAI/assemblyai-api-spec, see SOURCE.md).
// Regenerate with `npm run gen:upstream-types` (scripts/generate-upstream-types.ts).
/* eslint-disable */

/** `components.schemas` of openapi.yml without prose and examples: JSON Schema 2020-12 for runtime validation. */
export const SPEC_SCHEMAS: Record<string, unknown> = {
 "TranscriptWebhookNotification": {
  "type": "object",
  "additionalProperties": false,
  "oneOf": [
   {
    "$ref": "#/components/schemas/TranscriptReadyNotification"
   },
   {
    "$ref": "#/components/schemas/RedactedAudioNotification"
   }
  ]
 },
 "TranscriptReadyNotification": {
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "transcript_id": {
    "type": "string",
    "format": "uuid"
   },
   "status": {
    "$ref": "#/components/schemas/TranscriptReadyStatus"
   }
  },
  "required": [
   "transcript_id",
   "status"
  ]
 },
 "RedactedAudioNotification": {
  "type": "object",
  "additionalProperties": false,
  "allOf": [
   {
    "$ref": "#/components/schemas/RedactedAudioResponse"
   }
  ]
 },
 "RedactedAudioResponse": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "status",
   "redacted_audio_url"
  ],
  "properties": {
   "status": {
    "$ref": "#/components/schemas/RedactedAudioStatus"
   },
   "redacted_audio_url": {
    "type": "string",
    "format": "url"
   }
  }
 },
 "RedactedAudioStatus": {
  "type": "string",
  "enum": [
   "redacted_audio_ready"
  ]
 },
 "SubtitleFormat": {
  "type": "string",
  "enum": [
   "srt",
   "vtt"
  ]
 },
 "WordSearchResponse": {
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "id": {
    "type": "string",
    "format": "uuid"
   },
   "total_count": {
    "type": "integer"
   },
   "matches": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/WordSearchMatch"
    }
   }
  },
  "required": [
   "id",
   "total_count",
   "matches"
  ]
 },
 "WordSearchMatch": {
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "text": {
    "type": "string"
   },
   "count": {
    "type": "integer"
   },
   "timestamps": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/WordSearchTimestamp"
    }
   },
   "indexes": {
    "type": "array",
    "items": {
     "type": "integer"
    }
   }
  },
  "required": [
   "text",
   "count",
   "timestamps",
   "indexes"
  ]
 },
 "WordSearchTimestamp": {
  "type": "array",
  "items": {
   "type": "integer"
  }
 },
 "Timestamp": {
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "start": {
    "type": "integer"
   },
   "end": {
    "type": "integer"
   }
  },
  "required": [
   "start",
   "end"
  ]
 },
 "TranscriptOptionalParams": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "speech_models"
  ],
  "properties": {
   "audio_end_at": {
    "type": "integer"
   },
   "audio_start_from": {
    "type": "integer"
   },
   "auto_chapters": {
    "type": "boolean",
    "default": false,
    "deprecated": true
   },
   "auto_highlights": {
    "type": "boolean",
    "default": false
   },
   "content_safety": {
    "type": "boolean",
    "default": false
   },
   "content_safety_confidence": {
    "type": "integer",
    "default": 50,
    "minimum": 25,
    "maximum": 100
   },
   "custom_spelling": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/TranscriptCustomSpelling"
    }
   },
   "disfluencies": {
    "type": "boolean",
    "default": false
   },
   "entity_detection": {
    "type": "boolean",
    "default": false
   },
   "filter_profanity": {
    "type": "boolean",
    "default": false
   },
   "format_text": {
    "type": "boolean",
    "default": true
   },
   "iab_categories": {
    "type": "boolean",
    "default": false
   },
   "keyterms_prompt": {
    "type": "array",
    "items": {
     "type": "string"
    }
   },
   "language_code": {
    "oneOf": [
     {
      "anyOf": [
       {
        "$ref": "#/components/schemas/TranscriptLanguageCode"
       },
       {
        "type": "string"
       }
      ]
     },
     {
      "type": "null"
     }
    ],
    "default": "en_us"
   },
   "language_codes": {
    "type": [
     "array",
     "null"
    ],
    "items": {
     "$ref": "#/components/schemas/TranscriptLanguageCode"
    }
   },
   "language_confidence_threshold": {
    "type": "number",
    "format": "float",
    "minimum": 0,
    "maximum": 1,
    "default": 0
   },
   "language_detection": {
    "type": "boolean",
    "default": false
   },
   "language_detection_options": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "expected_languages": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "fallback_language": {
      "type": "string",
      "default": "auto"
     },
     "code_switching": {
      "type": "boolean",
      "default": false
     },
     "code_switching_confidence_threshold": {
      "type": "number",
      "minimum": 0,
      "maximum": 1,
      "default": 0.3
     }
    }
   },
   "multichannel": {
    "type": "boolean",
    "default": false
   },
   "prompt": {
    "type": "string"
   },
   "punctuate": {
    "type": "boolean",
    "default": true
   },
   "redact_pii": {
    "type": "boolean",
    "default": false
   },
   "redact_pii_audio": {
    "type": "boolean",
    "default": false
   },
   "redact_pii_audio_options": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "return_redacted_no_speech_audio": {
      "type": "boolean",
      "default": false
     },
     "override_audio_redaction_method": {
      "type": "string",
      "enum": [
       "silence"
      ]
     }
    }
   },
   "redact_pii_audio_quality": {
    "default": "mp3",
    "$ref": "#/components/schemas/RedactPiiAudioQuality"
   },
   "redact_pii_policies": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/PiiPolicy"
    }
   },
   "redact_pii_sub": {
    "oneOf": [
     {
      "$ref": "#/components/schemas/SubstitutionPolicy"
     },
     {
      "type": "null"
     }
    ],
    "default": "hash"
   },
   "sentiment_analysis": {
    "type": "boolean",
    "default": false
   },
   "speaker_labels": {
    "type": "boolean",
    "default": false
   },
   "speaker_options": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "min_speakers_expected": {
      "type": "integer",
      "default": 1
     },
     "max_speakers_expected": {
      "type": "integer"
     }
    }
   },
   "speakers_expected": {
    "type": [
     "integer",
     "null"
    ],
    "default": null
   },
   "speech_models": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/SpeechModel"
    }
   },
   "speech_threshold": {
    "type": [
     "number",
     "null"
    ],
    "format": "float",
    "minimum": 0,
    "maximum": 1,
    "default": 0
   },
   "speech_understanding": {
    "type": "object",
    "properties": {
     "request": {
      "oneOf": [
       {
        "$ref": "#/components/schemas/TranslationRequestBody"
       },
       {
        "$ref": "#/components/schemas/SpeakerIdentificationRequestBody"
       },
       {
        "$ref": "#/components/schemas/CustomFormattingRequestBody"
       }
      ]
     }
    },
    "required": [
     "request"
    ]
   },
   "summarization": {
    "type": "boolean",
    "default": false,
    "deprecated": true
   },
   "summary_model": {
    "default": "informative",
    "deprecated": true,
    "$ref": "#/components/schemas/SummaryModel"
   },
   "summary_type": {
    "default": "bullets",
    "deprecated": true,
    "$ref": "#/components/schemas/SummaryType"
   },
   "remove_audio_tags": {
    "oneOf": [
     {
      "type": "string",
      "enum": [
       "all"
      ]
     },
     {
      "type": "null"
     }
    ],
    "default": null
   },
   "temperature": {
    "type": "number",
    "minimum": 0,
    "maximum": 1,
    "default": 0
   },
   "webhook_auth_header_name": {
    "type": [
     "string",
     "null"
    ],
    "default": null
   },
   "webhook_auth_header_value": {
    "type": [
     "string",
     "null"
    ],
    "default": null
   },
   "webhook_url": {
    "type": "string",
    "format": "url"
   },
   "custom_topics": {
    "type": "boolean",
    "default": false,
    "deprecated": true
   },
   "speech_model": {
    "oneOf": [
     {
      "$ref": "#/components/schemas/SpeechModel"
     },
     {
      "type": "null"
     }
    ],
    "deprecated": true
   },
   "topics": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "deprecated": true
   }
  }
 },
 "TranscriptParams": {
  "type": "object",
  "additionalProperties": false,
  "allOf": [
   {
    "type": "object",
    "required": [
     "audio_url"
    ],
    "properties": {
     "audio_url": {
      "type": "string",
      "format": "url"
     }
    },
    "additionalProperties": false
   },
   {
    "$ref": "#/components/schemas/TranscriptOptionalParams"
   }
  ]
 },
 "SummaryModel": {
  "type": "string",
  "enum": [
   "informative",
   "conversational",
   "catchy"
  ]
 },
 "SummaryType": {
  "type": "string",
  "enum": [
   "bullets",
   "bullets_verbose",
   "gist",
   "headline",
   "paragraph"
  ]
 },
 "TranscriptBoostParam": {
  "type": "string",
  "enum": [
   "low",
   "default",
   "high"
  ]
 },
 "TranscriptCustomSpelling": {
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "from": {
    "type": "array",
    "items": {
     "type": "string"
    }
   },
   "to": {
    "type": "string"
   }
  },
  "required": [
   "from",
   "to"
  ]
 },
 "TranscriptUtterance": {
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "confidence": {
    "type": "number",
    "format": "double",
    "minimum": 0,
    "maximum": 1
   },
   "start": {
    "type": "integer"
   },
   "end": {
    "type": "integer"
   },
   "text": {
    "type": "string"
   },
   "words": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/TranscriptWord"
    }
   },
   "channel": {
    "type": [
     "string",
     "null"
    ]
   },
   "speaker": {
    "type": "string"
   },
   "translated_texts": {
    "type": "object",
    "additionalProperties": {
     "type": "string"
    }
   }
  },
  "required": [
   "confidence",
   "start",
   "end",
   "text",
   "words",
   "speaker"
  ]
 },
 "SubstitutionPolicy": {
  "type": "string",
  "enum": [
   "entity_name",
   "hash"
  ]
 },
 "RedactPiiAudioQuality": {
  "type": "string",
  "enum": [
   "mp3",
   "wav"
  ]
 },
 "PiiPolicy": {
  "type": "string",
  "enum": [
   "account_number",
   "banking_information",
   "blood_type",
   "credit_card_cvv",
   "credit_card_expiration",
   "credit_card_number",
   "date",
   "date_interval",
   "date_of_birth",
   "drivers_license",
   "drug",
   "duration",
   "email_address",
   "event",
   "filename",
   "gender_sexuality",
   "healthcare_number",
   "injury",
   "ip_address",
   "language",
   "location",
   "marital_status",
   "medical_condition",
   "medical_process",
   "money_amount",
   "nationality",
   "number_sequence",
   "occupation",
   "organization",
   "passport_number",
   "password",
   "person_age",
   "person_name",
   "phone_number",
   "physical_attribute",
   "political_affiliation",
   "religion",
   "statistics",
   "time",
   "url",
   "us_social_security_number",
   "username",
   "vehicle_id",
   "zodiac_sign"
  ]
 },
 "SpeechModel": {
  "type": "string"
 },
 "TranscriptLanguageCode": {
  "type": "string",
  "enum": [
   "en",
   "en_au",
   "en_uk",
   "en_us",
   "es",
   "fr",
   "de",
   "it",
   "pt",
   "nl",
   "af",
   "sq",
   "am",
   "ar",
   "hy",
   "as",
   "az",
   "ba",
   "eu",
   "be",
   "bn",
   "bs",
   "br",
   "bg",
   "my",
   "ca",
   "zh",
   "hr",
   "cs",
   "da",
   "et",
   "fo",
   "fi",
   "gl",
   "ka",
   "el",
   "gu",
   "ht",
   "ha",
   "haw",
   "he",
   "hi",
   "hu",
   "is",
   "id",
   "ja",
   "jw",
   "kn",
   "kk",
   "km",
   "ko",
   "lo",
   "la",
   "lv",
   "ln",
   "lt",
   "lb",
   "mk",
   "mg",
   "ms",
   "ml",
   "mt",
   "mi",
   "mr",
   "mn",
   "ne",
   "no",
   "nn",
   "oc",
   "pa",
   "ps",
   "fa",
   "pl",
   "ro",
   "ru",
   "sa",
   "sr",
   "sn",
   "sd",
   "si",
   "sk",
   "sl",
   "so",
   "su",
   "sw",
   "sv",
   "tl",
   "tg",
   "ta",
   "tt",
   "te",
   "th",
   "bo",
   "tr",
   "tk",
   "uk",
   "ur",
   "uz",
   "vi",
   "cy",
   "yi",
   "yo"
  ]
 },
 "TranscriptStatus": {
  "type": "string",
  "enum": [
   "queued",
   "processing",
   "completed",
   "error"
  ]
 },
 "TranscriptReadyStatus": {
  "type": "string",
  "enum": [
   "completed",
   "error"
  ]
 },
 "Transcript": {
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "audio_channels": {
    "type": "integer"
   },
   "audio_duration": {
    "type": [
     "integer",
     "null"
    ]
   },
   "audio_end_at": {
    "type": [
     "integer",
     "null"
    ]
   },
   "audio_start_from": {
    "type": [
     "integer",
     "null"
    ]
   },
   "audio_url": {
    "type": "string",
    "format": "url"
   },
   "auto_chapters": {
    "type": [
     "boolean",
     "null"
    ],
    "deprecated": true
   },
   "auto_highlights": {
    "type": "boolean"
   },
   "auto_highlights_result": {
    "oneOf": [
     {
      "$ref": "#/components/schemas/AutoHighlightsResult"
     },
     {
      "type": "null"
     }
    ]
   },
   "chapters": {
    "type": [
     "array",
     "null"
    ],
    "items": {
     "$ref": "#/components/schemas/Chapter"
    }
   },
   "confidence": {
    "type": [
     "number",
     "null"
    ],
    "format": "double",
    "minimum": 0,
    "maximum": 1
   },
   "content_safety": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "content_safety_labels": {
    "oneOf": [
     {
      "$ref": "#/components/schemas/ContentSafetyLabelsResult"
     },
     {
      "type": "null"
     }
    ]
   },
   "custom_spelling": {
    "type": [
     "array",
     "null"
    ],
    "items": {
     "$ref": "#/components/schemas/TranscriptCustomSpelling"
    }
   },
   "disfluencies": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "entities": {
    "type": [
     "array",
     "null"
    ],
    "items": {
     "$ref": "#/components/schemas/Entity"
    }
   },
   "entity_detection": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "error": {
    "type": "string"
   },
   "filter_profanity": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "format_text": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "iab_categories": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "iab_categories_result": {
    "oneOf": [
     {
      "$ref": "#/components/schemas/TopicDetectionModelResult"
     },
     {
      "type": "null"
     }
    ]
   },
   "id": {
    "type": "string",
    "format": "uuid"
   },
   "keyterms_prompt": {
    "type": "array",
    "items": {
     "type": "string"
    }
   },
   "language_code": {
    "anyOf": [
     {
      "$ref": "#/components/schemas/TranscriptLanguageCode"
     },
     {
      "type": "string"
     }
    ]
   },
   "language_codes": {
    "type": [
     "array",
     "null"
    ],
    "items": {
     "$ref": "#/components/schemas/TranscriptLanguageCode"
    }
   },
   "language_confidence": {
    "type": [
     "number",
     "null"
    ],
    "format": "double",
    "minimum": 0,
    "maximum": 1
   },
   "language_confidence_threshold": {
    "type": [
     "number",
     "null"
    ],
    "format": "float",
    "minimum": 0,
    "maximum": 1
   },
   "language_detection": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "language_detection_options": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "expected_languages": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "fallback_language": {
      "type": "string",
      "default": "auto"
     },
     "code_switching": {
      "type": "boolean",
      "default": false
     },
     "code_switching_confidence_threshold": {
      "type": "number",
      "minimum": 0,
      "maximum": 1,
      "default": 0.3
     }
    }
   },
   "multichannel": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "prompt": {
    "type": "string"
   },
   "punctuate": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "redact_pii": {
    "type": "boolean"
   },
   "redact_pii_audio": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "redact_pii_audio_options": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "return_redacted_no_speech_audio": {
      "type": "boolean",
      "default": false
     },
     "override_audio_redaction_method": {
      "type": "string",
      "enum": [
       "silence"
      ]
     }
    }
   },
   "redact_pii_audio_quality": {
    "oneOf": [
     {
      "$ref": "#/components/schemas/RedactPiiAudioQuality"
     },
     {
      "type": "null"
     }
    ]
   },
   "redact_pii_policies": {
    "type": [
     "array",
     "null"
    ],
    "items": {
     "$ref": "#/components/schemas/PiiPolicy"
    }
   },
   "redact_pii_sub": {
    "$ref": "#/components/schemas/SubstitutionPolicy"
   },
   "sentiment_analysis": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "sentiment_analysis_results": {
    "type": [
     "array",
     "null"
    ],
    "items": {
     "$ref": "#/components/schemas/SentimentAnalysisResult"
    }
   },
   "speaker_labels": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "speakers_expected": {
    "type": [
     "integer",
     "null"
    ]
   },
   "speech_model_used": {
    "type": "string",
    "$ref": "#/components/schemas/SpeechModel"
   },
   "speech_models": {
    "type": [
     "array",
     "null"
    ],
    "items": {
     "$ref": "#/components/schemas/SpeechModel"
    }
   },
   "speech_threshold": {
    "type": [
     "number",
     "null"
    ],
    "minimum": 0,
    "maximum": 1,
    "format": "float"
   },
   "speech_understanding": {
    "type": "object",
    "properties": {
     "request": {
      "oneOf": [
       {
        "$ref": "#/components/schemas/TranslationRequestBody"
       },
       {
        "$ref": "#/components/schemas/SpeakerIdentificationRequestBody"
       },
       {
        "$ref": "#/components/schemas/CustomFormattingRequestBody"
       }
      ]
     },
     "response": {
      "oneOf": [
       {
        "$ref": "#/components/schemas/TranslationResponse"
       },
       {
        "$ref": "#/components/schemas/SpeakerIdentificationResponse"
       },
       {
        "$ref": "#/components/schemas/CustomFormattingResponse"
       }
      ]
     }
    }
   },
   "status": {
    "$ref": "#/components/schemas/TranscriptStatus"
   },
   "summarization": {
    "type": "boolean",
    "deprecated": true
   },
   "summary": {
    "type": [
     "string",
     "null"
    ],
    "deprecated": true
   },
   "summary_model": {
    "type": [
     "string",
     "null"
    ],
    "deprecated": true
   },
   "summary_type": {
    "type": [
     "string",
     "null"
    ],
    "deprecated": true
   },
   "remove_audio_tags": {
    "oneOf": [
     {
      "type": "string",
      "enum": [
       "all"
      ]
     },
     {
      "type": "null"
     }
    ]
   },
   "temperature": {
    "type": [
     "number",
     "null"
    ],
    "minimum": 0,
    "maximum": 1
   },
   "text": {
    "type": [
     "string",
     "null"
    ]
   },
   "throttled": {
    "type": [
     "boolean",
     "null"
    ]
   },
   "utterances": {
    "type": [
     "array",
     "null"
    ],
    "items": {
     "$ref": "#/components/schemas/TranscriptUtterance"
    }
   },
   "webhook_auth": {
    "type": "boolean"
   },
   "webhook_auth_header_name": {
    "type": [
     "string",
     "null"
    ]
   },
   "webhook_status_code": {
    "type": [
     "integer",
     "null"
    ]
   },
   "webhook_url": {
    "type": [
     "string",
     "null"
    ],
    "format": "url"
   },
   "words": {
    "type": [
     "array",
     "null"
    ],
    "items": {
     "$ref": "#/components/schemas/TranscriptWord"
    }
   },
   "acoustic_model": {
    "type": "string",
    "deprecated": true
   },
   "custom_topics": {
    "type": [
     "boolean",
     "null"
    ],
    "deprecated": true
   },
   "language_model": {
    "type": "string",
    "deprecated": true
   },
   "speech_model": {
    "oneOf": [
     {
      "$ref": "#/components/schemas/SpeechModel"
     },
     {
      "type": "null"
     }
    ],
    "deprecated": true
   },
   "speed_boost": {
    "type": [
     "boolean",
     "null"
    ],
    "deprecated": true
   },
   "topics": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "deprecated": true,
    "required": [
     "request"
    ]
   },
   "translated_texts": {
    "type": "object",
    "properties": {
     "language_code": {
      "type": "string"
     }
    }
   }
  },
  "required": [
   "id",
   "speech_model",
   "language_model",
   "acoustic_model",
   "status",
   "audio_url",
   "webhook_auth",
   "auto_highlights",
   "redact_pii",
   "summarization",
   "language_confidence_threshold",
   "language_confidence"
  ]
 },
 "TopicDetectionModelResult": {
  "type": "object",
  "required": [
   "status",
   "results",
   "summary"
  ],
  "properties": {
   "status": {
    "$ref": "#/components/schemas/AudioIntelligenceModelStatus"
   },
   "results": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/TopicDetectionResult"
    }
   },
   "summary": {
    "type": "object",
    "additionalProperties": {
     "type": "number",
     "format": "double",
     "minimum": 0,
     "maximum": 1
    }
   }
  }
 },
 "ContentSafetyLabelsResult": {
  "type": "object",
  "required": [
   "status",
   "results",
   "summary",
   "severity_score_summary"
  ],
  "properties": {
   "status": {
    "$ref": "#/components/schemas/AudioIntelligenceModelStatus"
   },
   "results": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/ContentSafetyLabelResult"
    }
   },
   "summary": {
    "type": "object",
    "additionalProperties": {
     "type": "number",
     "format": "double",
     "minimum": 0,
     "maximum": 1
    }
   },
   "severity_score_summary": {
    "type": "object",
    "additionalProperties": {
     "$ref": "#/components/schemas/SeverityScoreSummary"
    }
   }
  }
 },
 "Chapter": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "gist",
   "headline",
   "summary",
   "start",
   "end"
  ],
  "properties": {
   "gist": {
    "type": "string"
   },
   "headline": {
    "type": "string"
   },
   "summary": {
    "type": "string"
   },
   "start": {
    "type": "integer"
   },
   "end": {
    "type": "integer"
   }
  }
 },
 "Entity": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "entity_type",
   "text",
   "start",
   "end"
  ],
  "properties": {
   "entity_type": {
    "$ref": "#/components/schemas/EntityType"
   },
   "text": {
    "type": "string"
   },
   "start": {
    "type": "integer"
   },
   "end": {
    "type": "integer"
   }
  }
 },
 "EntityType": {
  "type": "string",
  "enum": [
   "account_number",
   "banking_information",
   "blood_type",
   "credit_card_cvv",
   "credit_card_expiration",
   "credit_card_number",
   "date",
   "date_interval",
   "date_of_birth",
   "drivers_license",
   "drug",
   "duration",
   "email_address",
   "event",
   "filename",
   "gender_sexuality",
   "healthcare_number",
   "injury",
   "ip_address",
   "language",
   "location",
   "marital_status",
   "medical_condition",
   "medical_process",
   "money_amount",
   "nationality",
   "number_sequence",
   "occupation",
   "organization",
   "passport_number",
   "password",
   "person_age",
   "person_name",
   "phone_number",
   "physical_attribute",
   "political_affiliation",
   "religion",
   "statistics",
   "time",
   "url",
   "us_social_security_number",
   "username",
   "vehicle_id",
   "zodiac_sign"
  ]
 },
 "SentimentAnalysisResult": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "text",
   "start",
   "end",
   "sentiment",
   "confidence",
   "speaker"
  ],
  "properties": {
   "text": {
    "type": "string"
   },
   "start": {
    "type": "integer"
   },
   "end": {
    "type": "integer"
   },
   "sentiment": {
    "$ref": "#/components/schemas/Sentiment"
   },
   "confidence": {
    "type": "number",
    "format": "double",
    "minimum": 0,
    "maximum": 1
   },
   "channel": {
    "type": [
     "string",
     "null"
    ]
   },
   "speaker": {
    "type": [
     "string",
     "null"
    ]
   }
  }
 },
 "Sentiment": {
  "enum": [
   "POSITIVE",
   "NEUTRAL",
   "NEGATIVE"
  ]
 },
 "TopicDetectionResult": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "text"
  ],
  "properties": {
   "text": {
    "type": "string"
   },
   "labels": {
    "type": "array",
    "items": {
     "type": "object",
     "additionalProperties": false,
     "required": [
      "relevance",
      "label"
     ],
     "properties": {
      "relevance": {
       "type": "number",
       "format": "double",
       "minimum": 0,
       "maximum": 1
      },
      "label": {
       "type": "string"
      }
     }
    }
   },
   "timestamp": {
    "$ref": "#/components/schemas/Timestamp"
   }
  }
 },
 "ContentSafetyLabel": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "label",
   "confidence",
   "severity"
  ],
  "properties": {
   "label": {
    "type": "string"
   },
   "confidence": {
    "type": "number",
    "format": "double",
    "minimum": 0,
    "maximum": 1
   },
   "severity": {
    "type": "number",
    "format": "double",
    "minimum": 0,
    "maximum": 1
   }
  }
 },
 "ContentSafetyLabelResult": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "text",
   "labels",
   "sentences_idx_start",
   "sentences_idx_end",
   "timestamp"
  ],
  "properties": {
   "text": {
    "type": "string"
   },
   "labels": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/ContentSafetyLabel"
    }
   },
   "sentences_idx_start": {
    "type": "integer"
   },
   "sentences_idx_end": {
    "type": "integer"
   },
   "timestamp": {
    "$ref": "#/components/schemas/Timestamp"
   }
  }
 },
 "SeverityScoreSummary": {
  "type": "object",
  "required": [
   "low",
   "medium",
   "high"
  ],
  "properties": {
   "low": {
    "type": "number",
    "format": "double",
    "minimum": 0,
    "maximum": 1
   },
   "medium": {
    "type": "number",
    "format": "double",
    "minimum": 0,
    "maximum": 1
   },
   "high": {
    "type": "number",
    "format": "double",
    "minimum": 0,
    "maximum": 1
   }
  }
 },
 "AutoHighlightsResult": {
  "type": "object",
  "required": [
   "status",
   "results"
  ],
  "properties": {
   "status": {
    "$ref": "#/components/schemas/AudioIntelligenceModelStatus"
   },
   "results": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/AutoHighlightResult"
    }
   }
  }
 },
 "AutoHighlightResult": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "count",
   "rank",
   "text",
   "timestamps"
  ],
  "properties": {
   "count": {
    "type": "integer"
   },
   "rank": {
    "type": "number",
    "format": "float",
    "minimum": 0,
    "maximum": 1
   },
   "text": {
    "type": "string"
   },
   "timestamps": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/Timestamp"
    }
   }
  }
 },
 "TranscriptWord": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "confidence",
   "start",
   "end",
   "text",
   "speaker"
  ],
  "properties": {
   "confidence": {
    "type": "number",
    "format": "double",
    "minimum": 0,
    "maximum": 1
   },
   "start": {
    "type": "integer"
   },
   "end": {
    "type": "integer"
   },
   "text": {
    "type": "string"
   },
   "channel": {
    "type": [
     "string",
     "null"
    ]
   },
   "speaker": {
    "type": [
     "string",
     "null"
    ]
   }
  }
 },
 "TranscriptSentence": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "text",
   "start",
   "end",
   "confidence",
   "words",
   "speaker"
  ],
  "properties": {
   "text": {
    "type": "string"
   },
   "start": {
    "type": "integer"
   },
   "end": {
    "type": "integer"
   },
   "confidence": {
    "type": "number",
    "format": "double",
    "minimum": 0,
    "maximum": 1
   },
   "words": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/TranscriptWord"
    }
   },
   "channel": {
    "type": [
     "string",
     "null"
    ]
   },
   "speaker": {
    "type": [
     "string",
     "null"
    ]
   }
  }
 },
 "SentencesResponse": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "id",
   "confidence",
   "audio_duration",
   "sentences"
  ],
  "properties": {
   "id": {
    "type": "string",
    "format": "uuid"
   },
   "confidence": {
    "type": "number",
    "format": "double",
    "minimum": 0,
    "maximum": 1
   },
   "audio_duration": {
    "type": "number"
   },
   "sentences": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/TranscriptSentence"
    }
   }
  }
 },
 "TranscriptParagraph": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "text",
   "start",
   "end",
   "confidence",
   "words"
  ],
  "properties": {
   "text": {
    "type": "string"
   },
   "start": {
    "type": "integer"
   },
   "end": {
    "type": "integer"
   },
   "confidence": {
    "type": "number",
    "format": "double",
    "minimum": 0,
    "maximum": 1
   },
   "words": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/TranscriptWord"
    }
   }
  }
 },
 "ParagraphsResponse": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "id",
   "confidence",
   "audio_duration",
   "paragraphs"
  ],
  "properties": {
   "id": {
    "type": "string",
    "format": "uuid"
   },
   "confidence": {
    "type": "number",
    "format": "double",
    "minimum": 0,
    "maximum": 1
   },
   "audio_duration": {
    "type": "number"
   },
   "paragraphs": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/TranscriptParagraph"
    }
   }
  }
 },
 "PageDetails": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "limit",
   "result_count",
   "current_url",
   "prev_url",
   "next_url"
  ],
  "properties": {
   "limit": {
    "type": "integer"
   },
   "result_count": {
    "type": "integer"
   },
   "current_url": {
    "type": "string",
    "format": "url"
   },
   "prev_url": {
    "type": [
     "string",
     "null"
    ],
    "format": "url"
   },
   "next_url": {
    "type": [
     "string",
     "null"
    ],
    "format": "url"
   }
  }
 },
 "ListTranscriptParams": {
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "limit": {
    "type": "integer",
    "minimum": 1,
    "maximum": 200,
    "default": 10
   },
   "status": {
    "$ref": "#/components/schemas/TranscriptStatus"
   },
   "created_on": {
    "type": "string",
    "format": "date"
   },
   "before_id": {
    "type": "string",
    "format": "uuid"
   },
   "after_id": {
    "type": "string",
    "format": "uuid"
   },
   "throttled_only": {
    "type": "boolean",
    "default": false
   }
  }
 },
 "TranscriptListItem": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "id",
   "resource_url",
   "status",
   "created",
   "completed",
   "audio_url",
   "error"
  ],
  "properties": {
   "id": {
    "type": "string",
    "format": "uuid"
   },
   "resource_url": {
    "type": "string",
    "format": "url"
   },
   "status": {
    "$ref": "#/components/schemas/TranscriptStatus"
   },
   "created": {
    "type": "string",
    "pattern": "^(?:(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?))$"
   },
   "completed": {
    "type": [
     "string",
     "null"
    ],
    "pattern": "^(?:(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?))$"
   },
   "audio_url": {
    "type": "string",
    "format": "url"
   },
   "error": {
    "type": [
     "string",
     "null"
    ]
   }
  }
 },
 "TranscriptList": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "page_details",
   "transcripts"
  ],
  "properties": {
   "page_details": {
    "$ref": "#/components/schemas/PageDetails"
   },
   "transcripts": {
    "type": "array",
    "items": {
     "$ref": "#/components/schemas/TranscriptListItem"
    }
   }
  }
 },
 "UploadedFile": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "upload_url"
  ],
  "properties": {
   "upload_url": {
    "type": "string",
    "format": "url"
   }
  }
 },
 "CreateRealtimeTemporaryTokenParams": {
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "expires_in": {
    "type": "integer",
    "minimum": 60
   }
  },
  "required": [
   "expires_in"
  ]
 },
 "RealtimeTemporaryTokenResponse": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "token"
  ],
  "properties": {
   "token": {
    "type": "string"
   }
  }
 },
 "AudioIntelligenceModelStatus": {
  "type": "string",
  "enum": [
   "success",
   "unavailable"
  ]
 },
 "PurgeLemurRequestDataResponse": {
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "request_id": {
    "type": "string",
    "format": "uuid"
   },
   "request_id_to_purge": {
    "type": "string",
    "format": "uuid"
   },
   "deleted": {
    "type": "boolean"
   }
  },
  "required": [
   "request_id",
   "request_id_to_purge",
   "deleted"
  ]
 },
 "LemurBaseResponse": {
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "request_id": {
    "type": "string",
    "format": "uuid"
   },
   "usage": {
    "$ref": "#/components/schemas/LemurUsage"
   }
  },
  "required": [
   "request_id",
   "usage"
  ]
 },
 "LemurStringResponse": {
  "type": "object",
  "allOf": [
   {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "response": {
      "type": "string"
     }
    },
    "required": [
     "response"
    ]
   },
   {
    "$ref": "#/components/schemas/LemurBaseResponse"
   }
  ]
 },
 "LemurTaskResponse": {
  "type": "object",
  "allOf": [
   {
    "$ref": "#/components/schemas/LemurStringResponse"
   }
  ]
 },
 "LemurSummaryResponse": {
  "type": "object",
  "allOf": [
   {
    "$ref": "#/components/schemas/LemurStringResponse"
   }
  ]
 },
 "LemurActionItemsResponse": {
  "type": "object",
  "allOf": [
   {
    "$ref": "#/components/schemas/LemurStringResponse"
   }
  ]
 },
 "LemurQuestionAnswerResponse": {
  "type": "object",
  "allOf": [
   {
    "$ref": "#/components/schemas/LemurBaseResponse"
   },
   {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "response": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/LemurQuestionAnswer"
      }
     }
    },
    "required": [
     "response"
    ]
   }
  ]
 },
 "LemurQuestionAnswer": {
  "type": "object",
  "additionalProperties": false,
  "properties": {
   "question": {
    "type": "string"
   },
   "answer": {
    "type": "string"
   }
  },
  "required": [
   "question",
   "answer"
  ]
 },
 "LemurResponse": {
  "type": "object",
  "oneOf": [
   {
    "$ref": "#/components/schemas/LemurStringResponse"
   },
   {
    "$ref": "#/components/schemas/LemurQuestionAnswerResponse"
   }
  ]
 },
 "LemurBaseParams": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "final_model"
  ],
  "properties": {
   "transcript_ids": {
    "type": "array",
    "items": {
     "type": "string",
     "format": "uuid"
    }
   },
   "input_text": {
    "type": "string"
   },
   "context": {
    "oneOf": [
     {
      "type": "string"
     },
     {
      "type": "object",
      "additionalProperties": true
     }
    ]
   },
   "final_model": {
    "default": "default",
    "anyOf": [
     {
      "$ref": "#/components/schemas/LemurModel"
     },
     {
      "type": "string"
     }
    ]
   },
   "max_output_size": {
    "type": "integer",
    "default": 2000
   },
   "temperature": {
    "type": "number",
    "format": "float",
    "default": 0,
    "minimum": 0,
    "maximum": 1
   }
  }
 },
 "LemurTaskParams": {
  "type": "object",
  "allOf": [
   {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "prompt": {
      "type": "string"
     },
     "transcript_ids": {
      "type": "array",
      "items": {
       "type": "string",
       "format": "uuid"
      }
     },
     "input_text": {
      "type": "string"
     },
     "final_model": {
      "default": "default",
      "oneOf": [
       {
        "$ref": "#/components/schemas/LemurModel"
       }
      ]
     },
     "max_output_size": {
      "type": "integer",
      "default": 2000
     },
     "temperature": {
      "type": "number",
      "format": "float",
      "default": 0,
      "minimum": 0,
      "maximum": 1
     }
    },
    "required": [
     "prompt",
     "final_model"
    ]
   }
  ]
 },
 "LemurSummaryParams": {
  "type": "object",
  "allOf": [
   {
    "$ref": "#/components/schemas/LemurBaseParams"
   },
   {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "answer_format": {
      "type": "string"
     }
    }
   }
  ]
 },
 "LemurQuestionAnswerParams": {
  "type": "object",
  "allOf": [
   {
    "$ref": "#/components/schemas/LemurBaseParams"
   },
   {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "questions": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/LemurQuestion"
      }
     }
    },
    "required": [
     "questions"
    ]
   }
  ]
 },
 "LemurQuestion": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "question"
  ],
  "properties": {
   "question": {
    "type": "string"
   },
   "context": {
    "oneOf": [
     {
      "type": "string"
     },
     {
      "type": "object",
      "additionalProperties": true
     }
    ]
   },
   "answer_format": {
    "type": "string"
   },
   "answer_options": {
    "type": "array",
    "items": {
     "type": "string"
    }
   }
  }
 },
 "LemurActionItemsParams": {
  "type": "object",
  "allOf": [
   {
    "$ref": "#/components/schemas/LemurBaseParams"
   },
   {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "answer_format": {
      "type": "string",
      "default": "Bullet Points"
     }
    }
   }
  ]
 },
 "LemurModel": {
  "type": "string",
  "enum": [
   "anthropic/claude-sonnet-4-20250514",
   "anthropic/claude-opus-4-20250514",
   "anthropic/claude-3-7-sonnet-20250219",
   "anthropic/claude-3-5-sonnet",
   "anthropic/claude-3-5-haiku-20241022",
   "anthropic/claude-3-opus",
   "anthropic/claude-3-haiku"
  ]
 },
 "LemurUsage": {
  "type": "object",
  "additionalProperties": false,
  "required": [
   "input_tokens",
   "output_tokens"
  ],
  "properties": {
   "input_tokens": {
    "type": "integer",
    "minimum": 0
   },
   "output_tokens": {
    "type": "integer",
    "minimum": 0
   }
  }
 },
 "Error": {
  "type": "object",
  "additionalProperties": true,
  "required": [
   "error"
  ],
  "properties": {
   "error": {
    "type": "string"
   },
   "status": {
    "type": "string",
    "const": "error"
   }
  }
 },
 "TranslationRequestBody": {
  "type": "object",
  "properties": {
   "translation": {
    "type": "object",
    "properties": {
     "target_languages": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "formal": {
      "type": "boolean",
      "default": true
     },
     "match_original_utterance": {
      "type": "boolean",
      "default": false
     }
    },
    "required": [
     "target_languages"
    ]
   }
  },
  "required": [
   "translation"
  ]
 },
 "SpeakerIdentificationRequestBody": {
  "type": "object",
  "properties": {
   "speaker_identification": {
    "type": "object",
    "properties": {
     "speaker_type": {
      "type": "string",
      "enum": [
       "role",
       "name"
      ]
     },
     "known_values": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "speakers": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "role": {
         "type": "string"
        },
        "name": {
         "type": "string"
        },
        "description": {
         "type": "string"
        }
       },
       "additionalProperties": true
      }
     }
    },
    "required": [
     "speaker_type"
    ]
   }
  },
  "required": [
   "speaker_identification"
  ]
 },
 "CustomFormattingRequestBody": {
  "type": "object",
  "properties": {
   "custom_formatting": {
    "type": "object",
    "properties": {
     "date": {
      "type": "string"
     },
     "phone_number": {
      "type": "string"
     },
     "email": {
      "type": "string"
     }
    }
   }
  },
  "required": [
   "custom_formatting"
  ]
 },
 "TranslationResponse": {
  "type": "object",
  "properties": {
   "translation": {
    "type": "object",
    "properties": {
     "status": {
      "type": "string"
     }
    }
   }
  }
 },
 "SpeakerIdentificationResponse": {
  "type": "object",
  "properties": {
   "speaker_identification": {
    "type": "object",
    "properties": {
     "mapping": {
      "type": "object",
      "additionalProperties": {
       "type": "string"
      }
     },
     "status": {
      "type": "string"
     }
    }
   }
  }
 },
 "CustomFormattingResponse": {
  "type": "object",
  "properties": {
   "custom_formatting": {
    "type": "object",
    "properties": {
     "mapping": {
      "type": "object",
      "additionalProperties": {
       "type": "string"
      }
     },
     "formatted_text": {
      "type": "string"
     }
    }
   }
  }
 }
}
