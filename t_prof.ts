import { readFileSync, readdirSync } from 'node:fs';
import { normalizeText } from './shared/text/normalize';
import { toSimplified } from './shared/text/simplify';
import { scanQuantities } from './shared/facts/scan';
import { extractFacts } from './shared/facts/extract';
const d='/work/shared/seeds/'; let t=''; while (t.length<1_000_000) for (const f of readdirSync(d)) t+=readFileSync(d+f,'utf8')+'\n\n';
const T=(n:string,f:()=>any)=>{const a=performance.now(); f(); console.log(n,(performance.now()-a).toFixed(0),'ms');};
extractFacts(t.slice(0,50000));
for (let r=0;r<2;r++){
T('simplify',()=>toSimplified(t));
let n:any; T('normalize',()=>{n=normalizeText(t)});
T('scan',()=>scanQuantities(n.text));
T('extract',()=>extractFacts(t));
}
