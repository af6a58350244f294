// webpack imports .txt files as their text (asset/source); jest does the same through rawTextTransform.
declare module '*.txt' {
  const text: string;
  export default text;
}
