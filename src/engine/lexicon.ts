// The vocabulary of AI data terms: precompiled patterns for actors, uses, objects, purposes and modifiers.
// Pure: no imports. Patterns avoid nested quantifiers so matching stays linear in the sentence length.

export const CUSTOMER_SUBJECT =
  /\b(?:you|customers?|clients?|licensees?|subscribers?|users?|end users?|authori[sz]ed users?|publishers?)\b/i;
export const VENDOR_WORDS =
  /\b(?:we|us|our|provider|vendor|supplier|licensor|company|service provider|processor|its affiliates)\b/i;

/** Generic names for the customer's material; the contract's own defined terms are added per document. */
export const CUSTOMER_DATA =
  /\b(?:(?:customer|client|your|user|end[- ]user|subscriber)(?:['’]s|s['’])?\s+(?:personal\s+)?(?:data|content|information|materials?|inputs?|prompts?|files|documents|notes|communications|conversations|messages|submissions|uploads)|inputs?|outputs?|prompts?|uploads?|feedback|conversations|interactions|submissions|user content|personal (?:data|information)|content|materials?|files|messages|data|information|queries|recordings|transcripts|chats|profiles)\b/i;

export const STRONG_CUSTOMER_DATA =
  /\b(?:(?:customer|client|your|user|end[- ]user|subscriber)(?:['’]s|s['’])?\s+(?:personal\s+)?(?:data|content|information|materials?|inputs?|prompts?|files|documents|communications|conversations|messages|submissions|uploads)|inputs?|outputs?|prompts?|uploads?|user content|personal (?:data|information))\b/i;

export const TRAIN_VERB = /\b(?:training (?:data|datasets?|corpus|corpora|sets?)|train(?:s|ed|ing)?|re-?train(?:s|ed|ing)?|fine[- ]?tun(?:e|es|ed|ing)|distil(?:l|ls|led|ling)?)\b/i;
export const SELF_AI_VERB = /\b(?:fine[- ]?tun(?:e|es|ed|ing)|distil(?:l|ls|led|ling)|training (?:data|datasets?|corpus|corpora|sets?))\b/i;
export const MODEL_WORD =
  /\b(?:models?|machine[- ]learning|artificial intelligence|A\.?I\.?|ML|LLMs?|neural|generative|algorithms?|classifiers?|engines?|(?:speech|image|voice|pattern) recognition|recogni[sz]ers?|corpora|corpus)\b/i;
export const STRICT_AI =
  /\b(?:machine[- ]learning|artificial intelligence|AIs?|A\.I\.|ML|LLMs?|large language models?|neural networks?|generative models?|foundation models?|language models?|AI\/ML|AI models?|algorithms|(?:our|its|their|the underlying|underlying) (?:AI |ML |language |machine learning )?models)\b/i;
export const DEVELOP_VERB = /\b(?:teach(?:es|ing)?|development|improvement|develop(?:s|ed|ing)?|improv(?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|build(?:s|ing)?|creat(?:e|es|ing)|refin(?:e|es|ed|ing)|evaluat(?:e|es|ed|ing)|benchmark(?:s|ed|ing)?)\b/i;
export const IMPROVE_TARGET =
  /\b(?:make (?:it|them|the \w+|our \w+|its \w+) better|build(?:s|ing)? new|creat(?:e|es|ing) new|develop(?:s|ed|ing)?|improv(?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|refin(?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing))\b[^.;]{0,80}?\b(?:services?|products?|features?|offerings?|technolog(?:y|ies)|systems?|platform|software|tools?|models?|experience|quality|functionality)\b|\bmake (?:it|them|(?:the|our|its) \w+) better\b/i;
export const DEVELOPMENT_NOUN = /\b(?:product (?:and service )?development|research and development|development of (?:new )?(?:products|services|features))\b/i;

// A negated subject ("nothing herein permits Provider to ...") withholds the right as surely as "shall not".
// So does a negated data subject ("No Transaction Data will be used to train", "None of Customer's data may be processed"):
// the sentence forbids every use of that data it goes on to name. The lookahead requires a passive use verb so that
// phrases like "no data retention obligation" are not read as bans.
export const PROHIBITION =
  /\b(?:shall not|will not|may not|must not|does not|do not|did not|cannot|can['’]t|won['’]t|doesn['’]t|don['’]t|is not|are not|never|nor|refrain from|not to|no (?:customer |client |user |personal )?(?:data|content|information|inputs?|prompts?|outputs?)|make no use|(?:no|none of)\s+(?:[\w'’-]+\s+){0,4}?(?:data|content|information|inputs?|prompts?|outputs?|records|materials?|PHI|PII)\b(?=[^.;]{0,100}?\b(?:shall|will|may|must|can|is|are)\s+(?:\w+\s+)?(?:be\s+)?(?:used|utili[sz]ed|processed|shared|disclosed|accessed|incorporated|included|fed|analy[sz]ed|exploited)\b)|prohibited from|under no circumstances|in no event|(?:nothing|no (?:provision|term|part)) (?:herein|hereunder|contained herein|(?:in|of) (?:this|these|the) (?:agreement|terms|section|addendum|DPA|contract))[^.;]{0,40}?(?:permit(?:s|ting)?|allow(?:s|ing)?|authori[sz](?:es|ing)?|entitl(?:es|ing)|grant(?:s|ing)?|giv(?:es|ing)|confer(?:s|ring)?|licen[cs](?:es|ing)?)|(?:is|are|be|remains?) (?:excluded|exempt) from|not (?:be )?(?:used|utili[sz]ed|accessed|disclosed|shared|sold))\b/i;
export const PERMISSION_DOUBLE_NEGATIVE =
  /\b(?:nothing (?:herein|hereunder|contained herein|in (?:this|these|the) (?:agreement|terms|section|addendum|DPA|contract))[^.;]{0,40}?(?:prevents?|restricts?|limits?|prohibits?|precludes?)|(?:not|in no way) (?:be )?(?:restricted|limited|prevented|prohibited|precluded)|shall not prevent|does not (?:prevent|restrict|limit|prohibit))\b/i;
// An exception that only narrows the purpose to serving the customer ("other than in furtherance of the educational
// purpose", "except for a model used exclusively to provide the Services to Customer") keeps the use inside the
// customer's own engagement: the vendor gains nothing for itself, so the prohibition still stands (purpose limitation).
export const CUSTOMER_SERVING_EXCEPTION =
  /^\s*(?:(?:for|to)\s+)?(?:in furtherance of|for the (?:sole |exclusive )?benefit of|(?:as |to the extent )?(?:strictly )?(?:necessary|required) to (?:provide|perform|deliver|support)|to (?:provide|perform|deliver|support|operate|maintain)\b|for (?:the )?(?:provision|performance|delivery) of|for the (?:sole )?purpose of (?:providing|performing|delivering))|\b(?:exclusively|solely|only)\s+(?:(?:to|for)\s+)?(?:provide|perform|deliver|serve|support|(?:the )?(?:benefit|use) of|providing|performing|serving)\b/i;
// An exception that reopens use for the vendor's own ends ("except to improve the Services", "except for aggregated
// data used to develop models") is a grant in disguise, even when phrased as a purpose.
export const VENDOR_ENDS_EXCEPTION =
  /\b(?:train(?:s|ed|ing)?|re-?train\w*|fine[- ]?tun\w*|improv\w*|enhanc\w*|develop\w*|refin\w*|optimi[sz]\w*|research|aggregat\w*|de-?identif\w*|anonymi[sz]\w*|other customers|(?:its|our|their) own|any (?:other )?purpose|commerciali[sz]\w*|unless)\b/i;
export const EXCEPTION = /\b(?:except|unless|other than|save (?:for|as)|apart from|excluding|but may|however)\b/i;
export const CONSENT = /\b(?:consent|chos(?:e|en)|choose|elect(?:s|ed)? to|enabl(?:e|es|ed)|opt(?:s|ed)?[- ]?in(?:to)?|agree(?:s|d|ment)? in writing|authori[sz](?:e|es|ation)|permission|instruct(?:s|ion|ions)?|approv(?:al|e|es))\b/i;
export const SERVICE_PURPOSE =
  /\b(?:provid(?:e|ing)|perform(?:ing|ance of)?|deliver(?:ing)?|support(?:ing)?|operat(?:e|ing)|maintain(?:ing)?|comply(?:ing)?|compliance)\b/i;
export const PURPOSE_LIMIT =
  /\b(?:solely|only|exclusively|for no other purpose|for the sole purpose|for any purpose other than|for any purpose except|no use whatsoever|other than|except (?:to|as|for))\b/i;

// "Customer Data shall not be used" restricts the vendor, so a customer word followed by a data noun is not a subject.
export const CUSTOMER_RESTRICTION =
  /\b(?:you|customers?|clients?|licensees?|subscribers?|users?|developers?)\b(?!['’]?s?['’]?\s+(?:data|content|information|materials?|inputs?|prompts?|outputs?|files|personal|confidential))[^.;:]{0,40}?\b(?:may not|must not|shall not|will not|cannot|agrees? not to|won['’]t|are not permitted|is not permitted)\b|\bcompet(?:e|es|ing|itor|itive)\b|\breverse engineer|\bnot\s+use\s+(?:the\s+)?(?:API|APIs|Services?|Platform|Software)\s+to\b/i;

export const GRANT_VERB = /\b(?:grants?|granted|granting|gives?|giving|(?:are|is) licensed to|hereby (?:grants?|licenses?)|consents? to|agrees? that|authori[sz]es?|licenses? to|this licen[cs]e|the (?:above|foregoing) licen[cs]e)\b/i;
export const LICENSE_WORD = /\b(?:licen[cs](?:es?|ed)|rights? to (?:use|copy|adapt|modify|display|sublicense|distribute|publish|reproduce|exploit)|rights granted|all other rights)\b/i;
export const BREADTH_MODIFIER =
  /\b(?:perpetual|irrevocable|sub-?licensable|transferable|assignable|royalty[- ]free|fully[- ]paid(?:[- ]up)?|worldwide|world-? wide|for any purpose|unlimited)\b/gi;
export const STRONG_MODIFIER = /\b(?:perpetual|irrevocable|sub-?licensable|transferable|assignable|for any purpose|unlimited)\b/i;
// Redistribution rights make a licence broad even without adjectives like "worldwide".
export const WIDE_USE = /\b(?:re-?publish|re-?distribut(?:e|ion|ing)|adapt|licen[cs]e (?:\w+ ){0,3}to third parties|derivative works?|distribut(?:e|ion|ing)|publish(?:ing)?|publicly (?:display|perform)|syndicat(?:e|ion)|sub-?licens(?:e|able)|commerciali[sz]e|exploit)\b/i;
export const VENDOR_MATERIAL = /\b(?:object code|source code|software|tools|documentation|specifications?|deliverables|intellectual property rights? in the services)\b/i;

// What a user makes with a generative tool ("images you create with ...") is output, whoever owns it.
export const OUTPUT_WORD =
  /\b(?:outputs?|generated (?:content|text|material)|anything generated|results generated|completions?|responses generated|derivative works|deliverables|(?:AI|machine)[- ]generated|generated by|produced by the (?:Services?|Platform|AI|Assistant)|(?:content|designs?|code|suggestions|reports|analyses) (?:generated|produced|created)|(?:images?|pictures?|videos?|audio|text|content|designs?|code|artwork|media|works?) (?:that )?(?:you|users?|customers?|clients?) (?:create|generate|produce|make)\s+(?:with|using|through|via|in))\b/i;
// English-law "shall vest in" and a waiver of any right to reuse settle ownership as "owns" does.
export const OWNERSHIP = /\b(?:title [^.;]{0,60}?vests? in|(?:shall |will )?vests? in|waives? (?:any|all) (?:rights?|claims?) (?:to|in) (?:re-?use|use|exploit)|(?:remains?|is|are) (?:the )?(?:your|customer['’]s|client['’]s) (?:sole )?property|own(?:s|ed|ership)?|right,? title,? and interest|title to|assign(?:s|ed)? (?:to )?(?:you|customer)|retains? (?:all|any) rights|belong(?:s)? (?:exclusively |solely |entirely |wholly )?to|property of|claim(?:s)? (?:no|any) ownership)\b/i;
export const REUSE = /\b(?:re-?use|use)\b[^.;]{0,40}?\boutputs?\b|\boutputs?\b[^.;]{0,40}?\b(?:for other customers|to improve|to train)\b/i;

export const AGGREGATE =
  /\b(?:aggregat(?:e|ed|es|ing|ion)|de-?identif(?:y|ied|ies|ying|ication)|anonymi[sz](?:e|ed|es|ing|ation)|anonymous|pseudonymi[sz](?:e|ed|ation)|statistics|statistical|non-?personal(?:ly identifiable)? (?:data|information)|telemetry|usage data|service generated data|system data|diagnostic data|collective learnings)\b/i;
export const AGGREGATE_NOT_DATA = /\b(?:aggregate (?:liability|amount|fees|total|cap|damages|value)|in the aggregate|total aggregate|aggregate,? cumulative)\b/i;
export const AGGREGATE_USE =
  /\b(?:use[sd]?|using|may|own(?:s|ed)?|retain(?:s|ed)?|compile|analy[sz]e|process|exploit|belong|maintain|collect|obtain|apply|generat(?:e|es))\b/i;
export const SAFE_AGGREGATE = /\b(?:does not identify|do not identify|not (?:attempt to )?re-?identify|no longer be re-?identified|cannot be re-?identified|solely in (?:an )?aggregated)\b/i;

export const SURVIVE = /\bsurviv(?:e|es|ing|al)\b/i;
export const TERMINATION = /\b(?:terminat(?:e|es|ed|ion)|expir(?:y|ation|es|ed)|end of (?:the|this))\b/i;
export const RETAIN =
  /\b(?:retain(?:s|ed|ing)?|retention|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing)|continue to (?:use|hold|retain|store)|persists?|remains? in (?:our |its )?(?:backups?|back-ups?|systems|archives))\b/i;
// Retention with no end ("for an unspecified period thereafter") is open-ended whatever else the sentence promises.
export const LONG_RETENTION =
  /\b(?:indefinitely|as long as|for so long as|as needed|as (?:reasonably )?necessary|no obligation to (?:destroy|delete|return)|backup|back-up|archiv(?:e|es|ing)|after (?:termination|expiry|expiration)|following (?:termination|expiry|expiration)|lasts|after [^.;]{0,40}?\b(?:ends|terminat\w*|expir\w*|cancel\w*)|for (?:up to )?\w+ (?:\(\d+\) )?years|no (?:defined |fixed )?(?:end date|time limit)|(?:an? )?(?:unspecified|indefinite|undefined|unlimited|undetermined|open-ended) (?:period|time|duration))\b/i;
export const DELETE_VERB = /\b(?:delet(?:e|es|ed|ing)|destroy(?:s|ed)?|eras(?:e|es|ed)|purg(?:e|es|ed)|return(?:s|ed)? (?:all|any|the|your|customer)|securely dispose|remov(?:e|es|ed)\b[^.;]{0,40}?\bfrom (?:its|our|their|the|all) (?:systems|servers|databases|platform|backups))\b/i;

// Any outside supplier of AI processing ("external AI vendors") receives the data, whatever the contract calls it.
export const THIRD_PARTY =
  /\b(?:third[- ]part(?:y|ies)|sub-?processors?|model providers?|service providers?|AI providers?|partners|sub-?contractors?|(?:external|outside|third[- ]party) (?:AI |ML |model )?(?:vendors?|providers?|suppliers?)|AI (?:vendors?|suppliers?))\b/i;
export const NAMED_MODEL_PROVIDER =
  /\b(?:(?:processed|hosted|handled|run) by(?: our (?:partner|provider|subprocessor),?)?|uses?|using|powered by|provided by|leverag(?:e|es|ing)|relies on|through|via|from)\s+(?:OpenAI|Anthropic|Cohere|Mistral(?: AI)?|Perplexity|Google Gemini|Gemini|Azure OpenAI|Microsoft Azure OpenAI|Amazon Bedrock|Bedrock|Hugging Face)\b/;
export const SUBPROCESSOR = /\bsub-?processors?\b/i;
export const SHARE_VERB = /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transfer(?:s|red)?|send|provid(?:e|ed) to|engag(?:e|es)|leverag(?:e|es)|pass(?:es|ed)?|route|use(?:s)?)\b/i;

export const POLICY_CHANGE =
  /\b(?:as (?:may be )?(?:amended|updated|modified|revised|changed|supplemented)(?: by [\w’'.-]+)?(?: from time to time)?|from time to time|at (?:its|our) (?:sole )?discretion|(?:may|can|reserves? the right to) (?:modify|update|change|amend|revise)\b[^.;]{0,40}?\bat any time)\b/i;
export const POLICY_REF = /\b(?:polic(?:y|ies)|guidelines|statement|terms of (?:use|service)|notice|list|page|website|located at|available at|url)\b|https?:\/\//i;

// GDPR Art. 21 "you may object", leaving a dataset and unticking a box are opt-outs as much as "opt out" is.
export const OPT_OUT = /\b(?:opt(?:s|ed|ing)?[- ]?out|turn(?:s|ing)? (?:\w+ ){0,2}off|switch(?:es|ing)? off|disabl(?:e|es|ing)|withdraw(?:s|ing)? (?:your |its )?consent|exclude your|exclude\b[^.;]{0,60}?\bfrom (?:model |AI )?training|(?:choose|elect) not to (?:share|allow|have|contribute)|(?:stop|prevent) (?:us|\w+) from using|deactivat(?:e|es|ing)|(?:will|can|may) exclude|exclude\b[^.;]{0,60}?\bfrom (?:being used|use|the datasets)|(?:wish|want|prefer)\b[^.;]{0,60}?(?:excluded|not (?:to )?be used|not used)|not to participate|decline to participate|object to (?:our|the|its|\w+['’]s) (?:use|processing)|(?:may|can|right to) object\b(?![^.;]{0,60}?\b(?:sub-?processors?|appointment|changes?|amendments?|invoices?|fees|charges)\b)|(?:exclude|remove|withdraw)\b[^.;]{0,60}?\bfrom (?:the |our |any )?(?:training )?(?:datasets?|data ?sets?|training (?:data|sets?)|corpus)|(?:if|where|should) (?:you|the customer|customer|users?) (?:do not|does not|don['’]t|doesn['’]t) (?:want|wish) (?:us (?:to (?:use|process|share|keep)|using)|(?:your|their|its) (?:\w+ ){1,2}(?:to be )?(?:used|processed|shared|included))|un-?(?:tick|check)(?:s|ed|ing)?\b|clear(?:s|ing)? the (?:\w+ )?(?:box|checkbox))\b/i;
export const OPT_OUT_NEGATED = /\b(?:cannot|can['’]t|may not|not able to|unable to|no (?:ability|option|mechanism) to)\s+(?:opt|turn|switch|disable|exclude)/i;

export const CONFIDENTIAL = /\b(?:confidential(?:ity)?|trade secrets?|in (?:strict )?confidence)\b/i;
export const SECURITY =
  /\b(?:secur(?:e|ity)|safeguards?|restrict(?:s|ed)? access|access controls?|authentication|ISO ?27001|SOC ?2|unauthori[sz]ed (?:access|disclosure|use)|encrypt(?:ed|ion)?|protect(?:s|ed|ing)? (?:the )?(?:customer|client|your|personal)?\s*(?:data|content|information))\b/i;
export const NON_DISCLOSURE =
  /\b(?:(?:not|cannot|can['’]t|won['’]t) (?:\w+ ){0,8}(?:disclose|sell|share|access|view|lease|license)|make no (?:sale|use)|not be (?:sold|disclosed|shared))\b/i;

export const NO_OPT_OUT =
  /\b(?:no|not (?:offer|provide|have) an?|without an?)\s+(?:mechanism|way|option|ability|means|setting)\s+to\s+(?:exclude|opt[- ]out|prevent|turn off)[^.;]{0,60}?\btraining\b/i;
export const UNLIMITED_USE = /\b(?:however (?:we|it|they) (?:choose|chooses|see fit|wish)|for any (?:purpose|reason)|without (?:any )?restriction)\b/i;
export const NON_CUSTOMER_SOURCE = /\b(?:publicly available|public (?:data|sources|web)|licensed (?:data|datasets)|synthetic data|third-party datasets?)\b/i;
/** Training allowed only on the customer's say-so is an opt-in: a protection, not a grant. */
export const OPT_IN_CONDITION =
  /\b(?:(?:only |solely )?(?:if|when|where|after|once|provided that)\s+(?:you|the customer|customer|client|the client|users?|licensee)\s+(?:expressly |explicitly |first |affirmatively )?(?:opts?[- ]in|consents?|agrees?|enables?|chooses? to|elects? to|instructs?|authori[sz]es?)|(?:only |solely )?(?:with|subject to|upon) (?:your|the customer['’]s|customer['’]s|client['’]s|licensee['’]s) (?:prior |express |explicit |affirmative )*(?:written )?(?:consent|permission|opt[- ]in|authori[sz]ation|instruction))\b/i;
export const CLAIM_CONTEXT = /\b(?:indemnif\w*|infring\w*|third-party claim|violates)\b/i;
export const DATA_PROPERTY = /\b(?:is and shall remain|shall remain|remains?|is) (?:the (?:sole |exclusive |sole and exclusive )?property of)\b/i;

export const AUDIT =
  /\b(?:audit(?:s|ed|ing|or)?|inspect(?:ion|ions)?|transparen(?:t|cy)|SOC ?2|ISO ?27001|(?:reports?|records?|logs?) (?:of|on|about|describing) (?:its |the )?(?:use|processing))\b/i;
