/// Abbreviations and their expansions, matched both ways: a note that says
/// "approximate nearest neighbour" covers a phrase "ANN" and vice versa.
/// Expansions are written as a candidate would; they are normalised like
/// everything else before use.
enum Abbreviations {
  static let table: [(abbreviation: String, expansion: String)] = [
    ("ann", "approximate nearest neighbor"), ("knn", "k nearest neighbor"),
    ("ctr", "click through rate"), ("cvr", "conversion rate"),
    ("ndcg", "normalized discounted cumulative gain"), ("dcg", "discounted cumulative gain"),
    ("mrr", "mean reciprocal rank"), ("map", "mean average precision"),
    ("auc", "area under curve"), ("roc", "receiver operating characteristic"),
    ("gbdt", "gradient boosted decision tree"), ("gbdt", "gradient boosted tree"),
    ("gbdt", "gradient boosting"), ("dnn", "deep neural network"),
    ("cnn", "convolutional neural network"), ("rnn", "recurrent neural network"),
    ("gnn", "graph neural network"), ("llm", "large language model"),
    ("nlp", "natural language processing"), ("ocr", "optical character recognition"),
    ("asr", "automatic speech recognition"), ("qps", "queries per second"),
    ("qps", "query per second"), ("rps", "requests per second"), ("dau", "daily active user"),
    ("mau", "monthly active user"), ("sla", "service level agreement"),
    ("slo", "service level objective"), ("pii", "personally identifiable information"),
    ("nms", "non maximum suppression"), ("iou", "intersection over union"),
    ("ltr", "learning to rank"), ("mf", "matrix factorization"), ("cf", "collaborative filtering"),
    ("ne", "normalized entropy"), ("dcn", "deep cross network"), ("fm", "factorization machine"),
    ("ffm", "field aware factorization machine"), ("mtl", "multi task learning"),
    ("mmoe", "multi gate mixture of expert"), ("vit", "vision transformer"),
    ("ece", "expected calibration error"), ("psi", "population stability index"),
    ("kl", "kullback leibler"), ("ttl", "time to live"), ("ab test", "split test"),
    ("ab test", "online experiment"),
    ("ab test", "controlled experiment"), ("ab test", "bucket test"),
    ("etl", "extract transform load"), ("gpu", "graphics processing unit"),
    ("hnsw", "hierarchical navigable small world"), ("ivf", "inverted file"),
    ("pq", "product quantization"), ("tpr", "true positive rate"), ("fpr", "false positive rate"),
    ("ugc", "user generated content"), ("csam", "child sexual abuse material"),
    ("roi", "return on investment"), ("ltv", "lifetime value"),
    ("ecpm", "effective cost per mille"),
    ("cpm", "cost per mille"), ("cpc", "cost per click"), ("bce", "binary cross entropy"),
    ("sgd", "stochastic gradient descent"), ("ml", "machine learning"),
    ("pymk", "people you may know"), ("fof", "friend of friend"),
  ]
}
